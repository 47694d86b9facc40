limit = 3
print("stack limit", limit)
try:
    assert limit > 5
except AssertionError as e:
    print("caught assertion", repr(e))
assert limit == 3, "limit changed"
print("limit verified")
def invariant(stack):
    assert len(stack) <= 3
    return len(stack)

def push(stack, item):
    stack.append(item)
    invariant(stack)
    return stack

s = []
for i in range(5):
    push(s, i)
    print("pushed", i, s)
