import sys

print("stdout line 1")
print("stderr line 1", file=sys.stderr)
print("stdout", "with", "sep", sep="-")
print("stderr", "with", "sep", sep="+", file=sys.stderr)
print("stderr no newline", end="", file=sys.stderr)
print(" ...continued", file=sys.stderr)
sys.stdout.write("write to stdout\n")
sys.stderr.write("write to stderr\n")
n = sys.stdout.write("counted\n")
print("write returned", n)
m = sys.stderr.write("é中😀\n")
print("stderr write returned", m)
for i in range(3):
    if i % 2:
        print("odd", i, file=sys.stderr)
    else:
        print("even", i)
print("flush test", flush=True)
print("stderr flush", file=sys.stderr, flush=True)
print("final stdout")
