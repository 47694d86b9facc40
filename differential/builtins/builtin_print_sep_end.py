print()
print("a")
print("a", "b")
print("a", "b", sep="")
print("a", "b", sep="::")
print("a", "b", sep=None)
print("a", "b", end=None)
print("x", end="")
print("y", end="\n\n")
print("z", end="--")
print()
print(1, 2.0, None, True, "s", [1], (2,), {"k": 3}, sep=" | ")
print("multi\nline", "args")
print("")
print("", "")
print(" ", " ", sep="_")
print("tab", "end", end="\t|\n")
print("é", "中", "😀", sep="·")
for i in range(3):
    print(i, end=" ")
print()
for i in range(3):
    print(i, end=",\n" if i < 2 else ".\n")
print("sep only", sep="!")
print("no-star")
words = ["alpha", "beta", "gamma"]
line = ""
for w in words:
    line += w + " "
print(line.strip())
print(repr("quoted"), "plain", sep=" vs ")
print(100000000000000000000, -0.0, 1e-10, float("nan"))
