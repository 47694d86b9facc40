print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print("no newline", end="")
print(" <- continued")
print(sep="-")
print("x", sep="IGNORED")
print(1, 2, 3, sep="\n")
print("tab", "sep", sep="\t")
print("flushed", flush=True)
print(end="only end\n")
print("pipe", "joined", sep="|")
items = [3, -1, 2]
print(sorted(items, key=abs, reverse=True), sorted(items, reverse=False))
print(max(items, key=abs), min(items, default=0), max([], default="none"))
print(int("z", base=36), int("7", 8))
print(round(2.5), round(2.675, ndigits=1))
print(sum([1, 2, 3], start=10), sum([0.5, 0.25], 1))
print(pow(2, 10, mod=1000), pow(3, 3))
print(list(enumerate("ab", start=5)), list(enumerate("ab", 1)))
print(list(zip("ab", [1, 2, 3])))
try:
    print("x", bogus=1)
except TypeError as e:
    print("TypeError", e)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError", e)
