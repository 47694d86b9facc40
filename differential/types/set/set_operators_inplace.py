# The operators | & - ^ and their in-place forms.
a = set([1, 2, 3])
b = set([3, 4])
f = frozenset([2, 3, 9])
print(a | b, a & b, a - b, a ^ b)
print(b | a, b & a, b - a, b ^ a)
print(a | f, a & f, a - f, a ^ f)
print(f | a, f & a, f - a, f ^ a)
print(f | f, f & f, f - f, f ^ f)
print(a | set(), a & set(), a - set(), a ^ set())
print(type(a | f).__name__, type(f | a).__name__, type(f - f).__name__)
print(a, b, f)

# In-place operators keep the same object for a set.
s = set([1, 2, 3])
t = s
s |= set([10, 11])
print(s, s is t)
s &= frozenset([1, 2, 10, 99])
print(s, s is t)
s -= set([2])
print(s, s is t)
s ^= set([1, 50])
print(s, s is t)
s |= s
print(s, s is t)
s ^= s
print(s, s is t)
s = set([1, 2])
t = s
s -= s
print(s, s is t)
s = set([1, 2])
s &= s
print(s)

# A frozenset's in-place operators build a new frozenset.
g = frozenset([1, 2])
h = g
g |= set([3])
print(g, h, g is h, type(g).__name__)
g &= frozenset([1, 3])
print(g, h)
g -= set([1])
print(g, h)
g ^= set([7])
print(g, h)

# Operands that are not sets.
ops = ["|", "&", "-", "^"]
others = [[1], (1,), "a", {1: 2}, 5, None, range(2)]


def apply(op, x, y):
    if op == "|":
        return x | y
    if op == "&":
        return x & y
    if op == "-":
        return x - y
    return x ^ y


def apply_inplace(op, x, y):
    if op == "|":
        x |= y
    elif op == "&":
        x &= y
    elif op == "-":
        x -= y
    else:
        x ^= y
    return x


for op in ops:
    for o in others:
        try:
            print(apply(op, set([1]), o))
        except TypeError as e:
            print(type(e).__name__, e)
        try:
            print(apply(op, o, frozenset([1])))
        except TypeError as e:
            print(type(e).__name__, e)
        try:
            print(apply_inplace(op, set([1]), o))
        except TypeError as e:
            print(type(e).__name__, e)
        try:
            print(apply_inplace(op, frozenset([1]), o))
        except TypeError as e:
            print(type(e).__name__, e)

for expr in ["+", "*", "/", "%", "<<"]:
    try:
        if expr == "+":
            set([1]) + set([2])
        elif expr == "*":
            set([1]) * 2
        elif expr == "/":
            set([1]) / set([1])
        elif expr == "%":
            set([1]) % set([1])
        else:
            frozenset([1]) << 1
    except TypeError as e:
        print(type(e).__name__, e)
try:
    -set([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~frozenset()
except TypeError as e:
    print(type(e).__name__, e)

# Chains and precedence.
x = set([1, 2, 3, 4])
y = set([3, 4, 5])
z = set([4, 5, 6])
print(x | y & z, (x | y) & z, x - y - z, x ^ y ^ z, x & y | z)
print(x - (y - z), (x | y | z) - (x & y & z))
acc = set()
for i in range(20):
    acc |= set([i % 7, i % 5])
    acc -= set([i % 3])
    acc ^= set([i])
    print(i, acc)
