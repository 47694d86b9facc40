a = list(range(10))
print(a[:], a[2:5], a[5:2], a[-3:], a[:-3], a[::2], a[1::2], a[::-1], a[::-3])
print(a[8:2:-2], a[2:8:-1], a[-1:-4:-1], a[100:], a[-100:2], a[3:100:3])
print(a[None:None:None], a[None:5], a[5:None:-1])
for start in [None, 0, 3, -2, 20]:
    for stop in [None, 5, -5, -20]:
        for step in [None, 1, 2, -1, -3]:
            print(start, stop, step, a[start:stop:step])
s = a[2:6]
s[0] = 99
print(a[2], s)
t = tuple(a)
print(t[1:4], t[::-4], t[5:5])
r = range(0, 20, 2)
print(r[2:5], r[::-1], r[1::3], list(r[::-2]))
try:
    print(a[::0])
except ValueError as e:
    print("ValueError", e)
try:
    print(a["a":])
except TypeError as e:
    print("TypeError", e)
try:
    print(a[1.5:3])
except TypeError as e:
    print("TypeError", e)
print(a[True:3], a[:-False or 4])
