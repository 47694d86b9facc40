a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = [10, 20, 30]
print(x, y, z)
p, q = "hi"
print(p, q)
(m, n) = (5, 6)
print(m, n)
[r, s] = (7, 8)
print(r, s)
k1, k2, k3 = {"one": 1, "two": 2, "three": 3}
print(k1, k2, k3)
i1, i2 = range(2)
print(i1, i2)
t = 1, 2, 3
u, v, w = t
print(t, u + v + w)
single, = [42]
print(single)
(only,) = "z"
print(only)
def stats(nums):
    return min(nums), max(nums), sum(nums) / len(nums)
lo, hi, avg = stats([3, 8, 1, 6])
print(lo, hi, avg)
first, second = sorted([9, 4])
print(first, second)
q1, r1 = divmod(100, 7)
print(q1, r1)
key, value = list({"k": "v"}.items())[0]
print(key, value)
a = b = 0
a, b = a + 1, a + 2
print(a, b)
lst = [0, 0, 0]
lst[0], lst[2] = "first", "third"
print(lst)
d = {}
d["x"], d["y"] = 1, 2
print(d)
fib_a, fib_b = 0, 1
for i in range(10):
    fib_a, fib_b = fib_b, fib_a + fib_b
print(fib_a, fib_b)
