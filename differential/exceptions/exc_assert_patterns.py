def checked_sqrt(x):
    assert x >= 0, "cannot take sqrt of " + str(x)
    r = x ** 0.5
    assert abs(r * r - x) < 1e-9 * max(1, x), "precision"
    return r

def checked_div(a, b):
    assert b != 0, ("division", a, b)
    return a / b

for v in [4, 2, 0, -1, 1e10]:
    try:
        print(v, checked_sqrt(v))
    except AssertionError as e:
        print(v, "AssertionError:", e)
for a, b in [(1, 2), (5, 0)]:
    try:
        print(checked_div(a, b))
    except AssertionError as e:
        print("AssertionError args:", e.args, "str:", e)
def invariant_loop(items):
    total = 0
    for i, x in enumerate(items):
        total += x
        assert total >= 0, f"total went negative at index {i}: {total}"
    return total
print(invariant_loop([1, 2, 3]))
try:
    invariant_loop([5, -3, -4, 10])
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert isinstance("x", int), repr(["nested", ("msg",)])
except AssertionError as e:
    print(e)
try:
    assert 1 == 2
except AssertionError as e:
    print("no-message assertion:", repr(e), e.args, str(e) == "")
ok = 0
for v in range(10):
    try:
        assert v % 3, v
        ok += 1
    except AssertionError as e:
        print("failed for", e.args[0])
print("ok", ok)
