import sys

sample = "k = v"
key, value = sample.split("=", 1)
print(repr(key.strip()), repr(value.strip()))
print("lines:", "a=1\nb=2".splitlines())
print("a=1".split("=", 1), "x".split("=", 1), "=" in "no equals")
def load_config(text):
    conf = {}
    for line in text.splitlines():
        if "=" not in line:
            sys.exit("config error: line without '=': " + repr(line))
        k, v = line.split("=", 1)
        conf[k.strip()] = v.strip()
    return conf

print(load_config("a = 1\nb = two"))
print("loading second config")
print(load_config("x = 1\nbroken line\ny = 2"))
print("not reached")
