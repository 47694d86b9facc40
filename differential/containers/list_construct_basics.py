a = []
b = [1, 2, 3]
c = list(range(5))
d = list("abc")
e = list((1, 2))
f = list({"x": 1, "y": 2})
g = list()
h = [1, "two", 3.0, None, [4], (5,), {"six": 6}]
print(a, b, c, d, e, f, g)
print(h, len(h))
print(list(range(10, 0, -3)), list(range(0)), list(""))
print(list({"k": 1}.values()), list({"k": 1}.items()))
print([0] * 5, [[]] * 3, [1, 2] * 0, [None] * 2)
print(list(b) == b, list(b) is b)
print(list(reversed(b)), list(enumerate("ab")), list(zip([1, 2], "xy")))
try:
    print(list(5))
except TypeError as e:
    print("TypeError", e)
try:
    print(list(None))
except TypeError as e:
    print("TypeError", e)
try:
    print(list(1, 2))
except TypeError as e:
    print("TypeError", e)
nested = [[1, 2], [3, [4, [5, []]]]]
print(nested, len(nested), nested[1][1][1])
print(bool([]), bool([[]]), len([[], []]))
big = list(range(1000))
print(len(big), big[500], big[-1], sum(big))
