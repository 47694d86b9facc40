import sys

args = sys.argv
print(isinstance(args, list), len(args) >= 1)
print(isinstance(args[0], str), len(args[1:]))
extra = sys.argv[1:]
print(extra)
for i, a in enumerate(extra):
    print(i, a)
flags = {}
for a in extra:
    if a.startswith("--"):
        k, s, v = a[2:].partition("=")
        flags[k] = v if s else True
print(flags)
name = args[0]
print(name.endswith(".py") or len(name) > 0)
positional = []
for a in extra:
    if not a.startswith("-"):
        positional.append(a)
print(positional, len(positional) == len(extra) - len(flags))
