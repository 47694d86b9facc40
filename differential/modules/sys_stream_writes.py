import sys

sys.stdout.write("plain write\n")
sys.stdout.write("no newline; ")
sys.stdout.write("same line\n")
count = sys.stdout.write("abc")
sys.stdout.write("\n")
print("returned", count)
sys.stderr.write("error stream line\n")
parts = ["one", "two", "three"]
for p in parts:
    sys.stdout.write(p)
    sys.stdout.write(",")
sys.stdout.write("\n")
sys.stdout.write("unicode é中😀\n")
n = sys.stderr.write("warning: 😀\n")
print("stderr returned", n)
print("mixing print", end=" ")
sys.stdout.write("and write\n")
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError", e)
sys.stdout.write("")
sys.stdout.write("final\n")
