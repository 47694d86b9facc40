def check(n):
    assert n >= 0, "n must be non-negative"
    assert n < 100
    return n * 2

print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError", e, e.args)
try:
    check(500)
except AssertionError as e:
    print("AssertionError", repr(str(e)), e.args)
assert True
assert 1, "never"
assert [0]
try:
    assert [], "empty list"
except AssertionError as e:
    print("caught", e)
try:
    assert 0 == 1, "math is " + "broken"
except AssertionError as e:
    print("caught", e)
try:
    assert None
except AssertionError as e:
    print("caught bare", repr(e))
try:
    assert False, 42
except AssertionError as e:
    print("caught int msg", e.args, e.args[0] + 1)
try:
    assert False, ("tuple", "msg")
except AssertionError as e:
    print("caught tuple msg", e.args, str(e))
count = 0
def side():
    global count
    count += 1
    return "msg"
assert True, side()
print("count", count)
try:
    assert False, side()
except AssertionError as e:
    print("count", count, e)
try:
    assert 1 > 2
except Exception as e:
    print(type(e).__name__, repr(e))
