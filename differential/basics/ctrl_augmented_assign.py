x = 5
x += 3
print(x)
x -= 10
print(x)
x *= -7
print(x)
x //= 3
print(x)
x %= 5
print(x)
x **= 10
print(x)
x >>= 3
print(x)
x <<= 2
print(x)
x &= 0xFFFFF
print(x)
x |= 0x100
print(x)
x ^= 0x1FF
print(x)
f = 1.5
f += 1
f *= 2
f /= 4
f -= 0.25
print(f)
s = "ab"
s += "cd"
s *= 3
print(s)
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
lst *= 2
print(lst, alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
d = {"a": 1, "b": [1]}
d["a"] += 10
d["a"] *= 3
d["b"] += [2, 3]
d["c"] = 0
d["c"] -= 5
print(d)
arr = [1, 2, 3, 4]
i = 0
while i < len(arr):
    arr[i] *= 2
    arr[i] += i
    i += 1
print(arr)
arr[-1] **= 2
arr[0] //= 2
arr[1] %= 3
print(arr)
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
grid[0][1] -= 2
print(grid)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
n = 0
for k in range(100):
    n += k
print(n)
