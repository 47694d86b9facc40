# Arithmetic on bools gives ints (or floats); bitwise & | ^ between bools gives bools.
def t(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


T, F = True, False
for a in [T, F]:
    for b in [T, F, 2, -1, 2.5, 0.0, 2 ** 70]:
        t(f"{a} + {b}", lambda: a + b)
        t(f"{a} - {b}", lambda: a - b)
        t(f"{a} * {b}", lambda: a * b)
        t(f"{a} / {b}", lambda: a / b)
        t(f"{a} // {b}", lambda: a // b)
        t(f"{a} % {b}", lambda: a % b)
        t(f"{a} ** {b}", lambda: a ** b)
        t(f"{a} & {b}", lambda: a & b)
        t(f"{a} | {b}", lambda: a | b)
        t(f"{a} ^ {b}", lambda: a ^ b)
        t(f"{a} << {b}", lambda: a << b)
        t(f"{a} >> {b}", lambda: a >> b)
    t(f"-{a}", lambda: -a)
    t(f"+{a}", lambda: +a)
    t(f"abs({a})", lambda: abs(a))
    t(f"not {a}", lambda: not a)
print(T & T, T | F, T ^ T, F ^ F, F | F, T & F, type(T & T).__name__, type(T | 1).__name__)
print(sum([T, T, F, T]), sum([T, 0.5]), max(T, F), min([T, 2, -1]), divmod(T, 2))
x = True
x += 1
y = False
y |= True
z = True
z &= 1
w = True
w ^= True
print(x, y, z, w, type(y).__name__, type(z).__name__, type(w).__name__)
print(T * "ab", [0] * T, (1, 2) * F, "abc"[T], [10, 20][F], T == 1, F == 0, T is True)
print(1 + 2j * T, complex(T, F), T / 3, round(T, 2), pow(T, 5, 3), hash(T), hash(F))
