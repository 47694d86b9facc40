import math

def show(label, r):
    print(label, "->", repr(r))

def fail(label, e):
    print(label, "->", type(e).__name__ + ":", e)

# isclose: a and b may be named; rel_tol and abs_tol are keyword-only.
cases = 0
while cases < 22:
    label = "isclose case " + str(cases)
    try:
        if cases == 0:
            r = math.isclose(1.0, 1.0 + 1e-10)
        elif cases == 1:
            r = math.isclose(a=1.0, b=1.1)
        elif cases == 2:
            r = math.isclose(b=1.0, a=1.0)
        elif cases == 3:
            r = math.isclose(1.0, b=1.05, rel_tol=0.1)
        elif cases == 4:
            r = math.isclose(1.0, 1.05, rel_tol=0.01)
        elif cases == 5:
            r = math.isclose(0.0, 1e-10, abs_tol=1e-9)
        elif cases == 6:
            r = math.isclose(0.0, 1e-10, abs_tol=1e-11)
        elif cases == 7:
            r = math.isclose(100, 101, rel_tol=0.01, abs_tol=0)
        elif cases == 8:
            r = math.isclose(100, 102, abs_tol=1, rel_tol=0.01)
        elif cases == 9:
            r = math.isclose(1, 2, rel_tol=-1)
        elif cases == 10:
            r = math.isclose(1, 2, abs_tol=-0.5)
        elif cases == 11:
            r = math.isclose(1, 2, rel_tol="x")
        elif cases == 12:
            r = math.isclose(1, 2, tol=0.1)
        elif cases == 13:
            r = math.isclose(1, a=1)
        elif cases == 14:
            r = math.isclose(1, 2, 0.5)
        elif cases == 15:
            r = math.isclose(1, rel_tol=0.5)
        elif cases == 16:
            r = math.isclose(rel_tol=0.5, abs_tol=0.1)
        elif cases == 17:
            r = math.isclose(1, 2, rel_tol=0.5, abs_tol=0.1, a=3)
        elif cases == 18:
            r = math.isclose(math.inf, math.inf, rel_tol=0.0)
        elif cases == 19:
            r = math.isclose(math.inf, -math.inf, abs_tol=math.inf)
        elif cases == 20:
            r = math.isclose(math.nan, math.nan, abs_tol=math.inf)
        else:
            r = math.isclose(True, False, abs_tol=True)
        show(label, r)
    except Exception as e:
        fail(label, e)
    cases += 1

# prod: start is keyword-only.
case = 0
while case < 16:
    label = "prod case " + str(case)
    try:
        if case == 0:
            r = math.prod([1, 2, 3], start=10)
        elif case == 1:
            r = math.prod([], start=5)
        elif case == 2:
            r = math.prod([], start=2.5)
        elif case == 3:
            r = math.prod([2, 3], start=0.5)
        elif case == 4:
            r = math.prod([2, 3], start="ab")
        elif case == 5:
            r = math.prod([2.0, 3], start=True)
        elif case == 6:
            r = math.prod(range(1, 6), start=-1)
        elif case == 7:
            r = math.prod([1, 2], 3)
        elif case == 8:
            r = math.prod(iterable=[1, 2])
        elif case == 9:
            r = math.prod([1, 2], begin=3)
        elif case == 10:
            r = math.prod([1, 2], start=None)
        elif case == 11:
            r = math.prod([], start=None)
        elif case == 12:
            r = math.prod([True, True, True])
        elif case == 13:
            r = math.prod((4, 5), start=2)
        elif case == 14:
            r = math.prod({2: "a", 3: "b"}, start=1)
        else:
            r = math.prod([3, [1, 2]], start=1)
        show(label, r)
    except Exception as e:
        fail(label, e)
    case += 1

# nextafter: steps is keyword-only.
steps_values = [None, 0, 1, 2, 10, 2 ** 70, True, False, -1, 1.0, "3"]
for s in steps_values:
    label = "nextafter(1.0, 2.0, steps=" + repr(s) + ")"
    try:
        show(label, math.nextafter(1.0, 2.0, steps=s))
    except Exception as e:
        fail(label, e)
for x, y, s in [(0.0, 1.0, 3), (0.0, -1.0, 3), (-5e-324, 5e-324, 1), (-5e-324, 5e-324, 2),
                (-5e-324, 5e-324, 5), (1.0, 1.0, 5), (1.0, math.nan, 2), (math.nan, 1.0, 0),
                (math.inf, 0.0, 1), (1.7976931348623157e308, math.inf, 1), (1.0, 0.0, 2 ** 53),
                (1.0, 0.0, 2 ** 64)]:
    label = "nextafter(" + repr(x) + ", " + repr(y) + ", steps=" + str(s) + ")"
    try:
        show(label, math.nextafter(x, y, steps=s))
    except Exception as e:
        fail(label, e)
for label_code in range(5):
    label = "nextafter bad " + str(label_code)
    try:
        if label_code == 0:
            r = math.nextafter(1.0, 2.0, 3)
        elif label_code == 1:
            r = math.nextafter(x=1.0, y=2.0)
        elif label_code == 2:
            r = math.nextafter(1.0, 2.0, step=1)
        elif label_code == 3:
            r = math.nextafter(1.0, y=2.0)
        else:
            r = math.nextafter("a", 2.0, steps=-1)
        show(label, r)
    except Exception as e:
        fail(label, e)

# Keywords are refused by every positional-only function.
names = ["sqrt", "floor", "ceil", "trunc", "log", "log2", "pow", "atan2", "copysign",
         "fmod", "ldexp", "gcd", "lcm", "factorial", "comb", "perm", "hypot", "dist",
         "fsum", "sumprod", "isqrt", "frexp", "modf", "ulp", "remainder", "degrees"]
for name in names:
    fn = getattr(math, name)
    try:
        show(name + "(x=1)", fn(x=1))
    except Exception as e:
        fail(name + "(x=1)", e)
    try:
        show(name + "(1, x=1)", fn(1, x=1))
    except Exception as e:
        fail(name + "(1, x=1)", e)
