a = [1, 2, 3, 4]
a[0] += 10
a[1] -= 5
a[2] *= 3
a[3] //= 3
print(a)
a[-1] **= 10
a[-2] %= 4
print(a)
a[0] <<= 2
a[1] |= 8
a[2] &= 5
a[3] ^= 1
print(a)
s = ["x", "y"]
s[0] += "z"
s[1] *= 3
print(s)
nested = [[1, 2], [3, 4]]
nested[0][1] += 100
nested[1][0] -= nested[0][1]
print(nested)
d = {"n": 0, "s": "", "l": []}
for i in range(5):
    d["n"] += i
    d["s"] += str(i)
    d["l"] += [i]
print(d)
counts = [0] * 5
for v in [1, 3, 3, 0, 4, 4, 4]:
    counts[v] += 1
print(counts)
idx = 0
arr = [10, 20, 30]
arr[idx] += arr[idx + 1]
idx += 1
arr[idx] += arr[idx + 1]
print(arr, idx)
try:
    arr[5] += 1
except IndexError as e:
    print("IndexError", e)
try:
    d["missing"] += 1
except KeyError as e:
    print("KeyError", e)
f = [1.5, 2.5]
f[0] /= 2
f[1] += 1
print(f)
tup_list = [(1, 2)]
tup_list[0] += (3,)
print(tup_list)
