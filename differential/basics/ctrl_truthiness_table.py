values = [0, 1, -1, 0.0, -0.0, 0.5, float("nan"), "", " ", "0", "False", [], [[]], [0], (), ((),), {}, {"": 0}, None, True, False, range(0), range(3), 2 ** 100, -(2 ** 100)]
for v in values:
    if v:
        t = "T"
    else:
        t = "F"
    print(repr(v), t, bool(v), not v)
count = 0
for v in values:
    if v:
        count += 1
print("truthy count", count)
n = 5
while n:
    n -= 2 if n > 1 else 1
    print("n", n)
s = "abc"
while s:
    print(s)
    s = s[1:]
lst = [1, 2, 3]
while lst:
    print("pop", lst.pop())
print(lst or "empty")
