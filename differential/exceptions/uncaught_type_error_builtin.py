samples = ["abc", [1, 2], (3,), {"k": "v"}, range(4)]
for s in samples:
    print(repr(s), len(s))
try:
    len(3.5)
except TypeError as e:
    print("caught:", e)
print("processing batches")
def lengths(items):
    out = []
    for it in items:
        out.append(len(it))
    return out

def describe(items):
    ls = lengths(items)
    return "lengths: " + str(ls)

print(describe(["ab", [1, 2, 3], (), {"k": 1}]))
print(describe(["ok", 42]))
