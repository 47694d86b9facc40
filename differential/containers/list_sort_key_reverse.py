a = [5, 2, 9, 1, 5, 6, -3, 0]
b = a[:]
b.sort()
print(b, a)
b.sort(reverse=True)
print(b)
def neg(x):
    return -x
def mod3(x):
    return x % 3
c = a[:]
c.sort(key=neg)
print(c)
c.sort(key=mod3)
print(c)
c.sort(key=mod3, reverse=True)
print(c)
c.sort(key=abs)
print(c)
print(c.sort(), c)
words = ["kiwi", "Banana", "apple", "fig", "Cherry", "date"]
words.sort()
print(words)
words.sort(key=len)
print(words)
def lowered(s):
    return s.lower()
words.sort(key=lowered, reverse=True)
print(words)
words.sort(key=lowered)
print(words)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a"), (0, "m")]
pairs.sort()
print(pairs)
def second(p):
    return p[1]
pairs.sort(key=second)
print(pairs)
floats = [2.5, -1.0, float("inf"), 0.0, -0.0, 1e-9, -float("inf")]
floats.sort()
print(floats)
nested = [[3, 1], [1, 2, 3], [1, 2], [], [3]]
nested.sort()
print(nested)
nested.sort(key=len, reverse=True)
print(nested)
empty = []
empty.sort()
print(empty)
bools = [True, False, 1, 0, 2, -1]
bools.sort()
print(bools)
