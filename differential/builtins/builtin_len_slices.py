s = "abcdefghijklmnopqrstuvwxyz"
l = list(range(26))
r = range(26)
for start, stop, step in [(0, 26, 1), (0, 26, 2), (5, 20, 3), (-5, None, 1), (None, None, -1), (20, 5, -2), (3, 3, 1), (100, 200, 1), (None, -30, 1), (25, -27, -5)]:
    a = s[start:stop:step]
    b = l[start:stop:step]
    c = r[start:stop:step]
    print(start, stop, step, len(a), len(b), len(c), a, len(a) == len(b) == len(c))
print(len(s[::7]), len(l[1::7]), len(r[2::7]))
t = tuple(l)
print(len(t[::-3]), t[::-3][:3], len(t[30:]))
lengths = []
for k in range(1, 8):
    lengths.append(len(s[::k]))
print(lengths)
def slice_len(n, start, stop, step):
    return len(range(n)[start:stop:step])
checks = 0
for st in [None, 0, 5, -5]:
    for sp in [None, 10, -10]:
        for k in [1, 2, -1, -3]:
            if len(s[st:sp:k]) == slice_len(26, st, sp, k):
                checks += 1
print("consistent", checks)
