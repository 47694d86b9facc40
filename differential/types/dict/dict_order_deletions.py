# Insertion order survives deletions and re-insertions; updates keep the slot.
d = {}
for i in range(10):
    d[i] = i * i
for i in range(0, 10, 3):
    del d[i]
print(d)
d[0] = "back"
d[4] = "updated in place"
print(list(d), d[4])
d.pop(5)
d[5] = "appended"
print(list(d.items())[-2:])
for k in list(d):
    if k % 2:
        del d[k]
print(d)
d.update([(100, 1), (2, "two"), (101, 2)])
print(d)
d.setdefault(2, "ignored")
d.setdefault(7, "seven")
print(d)
print(d.popitem(), d.popitem(), list(d))
e = dict(d)
print(e == d, list(e) == list(d))
big = {i: i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:])
for i in range(0, 1000, 2):
    big[i] = -i
print(list(big)[495:505])
try:
    for k in big:
        del big[k]
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for k in big:
        big[-1] = 0
except RuntimeError as e:
    print("RuntimeError", e)
