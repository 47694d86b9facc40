calls = []
def v(name, x):
    calls.append(name)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < v("b", 5) < 10, calls)
calls.clear()
print(v("a", 1) < v("b", 0) < v("c", 10), calls)
calls.clear()
print(v("a", 1) < v("b", 2) < v("c", 3) < v("d", 4), calls)
calls.clear()
print(v("a", 5) > v("b", 4) > v("c", 6) > v("d", 1), calls)
calls.clear()
x = 5
print(0 <= x <= 10, 0 <= x < 5, x in [5] in [[5]])
print(1 < 2 > 0, 2 > 1 < 5, 1 != 2 != 1)
print("a" < "b" < "c", "b" < "a" < "c")
print(1 < 2.5 < 3 <= 3.0)
print(None is None is not False)
lst = [1, 2]
print(1 in lst == True)
print((1 in lst) == True)
print(1 in lst in [lst])
for n in range(-2, 13, 3):
    if 0 < n < 10:
        print(n, "single digit positive")
    elif n >= 10:
        print(n, "two digits")
    else:
        print(n, "non-positive")
try:
    print(1 < 2 < "x")
except TypeError as e:
    print("TypeError", e)
print(1 > 2 < "x")
a = b = c = 4
print(a == b == c, a != c)
