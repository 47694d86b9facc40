def two(a, b):
    return a + b

def with_default(a, b=1):
    return a * b

def none():
    return "none"
try:
    two(1)
except TypeError as e:
    print("TypeError", e)
try:
    two()
except TypeError as e:
    print("TypeError", e)
try:
    two(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    with_default()
except TypeError as e:
    print("TypeError", e)
try:
    with_default(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    none(1)
except TypeError as e:
    print("TypeError", e)
try:
    none(x=1)
except TypeError as e:
    print("TypeError", e)
try:
    two(1, a=2)
except TypeError as e:
    print("TypeError", e)
try:
    two(1, c=2)
except TypeError as e:
    print("TypeError", e)
try:
    with_default(b=2)
except TypeError as e:
    print("TypeError", e)
print(two(1, 2), two("a", b="b"), with_default(3), with_default(3, b=3), none())
try:
    len()
except TypeError as e:
    print("TypeError", e)
try:
    abs(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    divmod(1)
except TypeError as e:
    print("TypeError", e)
try:
    ord()
except TypeError as e:
    print("TypeError", e)
try:
    len(x=[1])
except TypeError as e:
    print("TypeError", e)
f = two
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
def three(a, b, c):
    return a
try:
    three(1)
except TypeError as e:
    print("TypeError", e)
