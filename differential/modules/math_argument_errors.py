import math

def report(label, fn, args):
    try:
        if len(args) == 0:
            r = fn()
        elif len(args) == 1:
            r = fn(args[0])
        elif len(args) == 2:
            r = fn(args[0], args[1])
        else:
            r = fn(args[0], args[1], args[2])
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

unary = [
    ("acos", math.acos), ("acosh", math.acosh), ("asin", math.asin), ("asinh", math.asinh),
    ("atan", math.atan), ("atanh", math.atanh), ("cbrt", math.cbrt), ("cos", math.cos),
    ("cosh", math.cosh), ("degrees", math.degrees), ("erf", math.erf), ("erfc", math.erfc),
    ("exp", math.exp), ("exp2", math.exp2), ("expm1", math.expm1), ("fabs", math.fabs),
    ("frexp", math.frexp), ("gamma", math.gamma), ("isfinite", math.isfinite),
    ("isinf", math.isinf), ("isnan", math.isnan), ("lgamma", math.lgamma),
    ("log1p", math.log1p), ("modf", math.modf), ("radians", math.radians), ("sin", math.sin),
    ("sinh", math.sinh), ("sqrt", math.sqrt), ("tan", math.tan), ("tanh", math.tanh),
    ("ulp", math.ulp), ("log2", math.log2), ("log10", math.log10),
    ("ceil", math.ceil), ("floor", math.floor), ("trunc", math.trunc),
]
bad = [("'s'", "s"), ("None", None), ("[1, 2]", [1, 2]), ("(1,)", (1,)), ("{}", {}),
       ("10**400", 10 ** 400), ("-10**400", -(10 ** 400)), ("True", True), ("False", False),
       ("0.5", 0.5), ("3", 3)]
for name, fn in unary:
    report(name + "()", fn, ())
    for text, value in bad:
        report(name + "(" + text + ")", fn, (value,))
    report(name + "(1, 2)", fn, (1, 2))

binary = [("atan2", math.atan2), ("copysign", math.copysign), ("fmod", math.fmod),
          ("remainder", math.remainder), ("pow", math.pow), ("ldexp", math.ldexp),
          ("nextafter", math.nextafter), ("isclose", math.isclose), ("log", math.log)]
pairs = [("'a', 1", ("a", 1)), ("1, 'b'", (1, "b")), ("None, None", (None, None)),
         ("1.5, 2", (1.5, 2)), ("10**400, 1", (10 ** 400, 1)), ("1, 10**400", (1, 10 ** 400)),
         ("2, 2.0", (2, 2.0)), ("True, False", (True, False)), ("-1, 'x'", (-1, "x"))]
for name, fn in binary:
    report(name + "()", fn, ())
    report(name + "(1)", fn, (1,))
    report(name + "(1, 2, 3)", fn, (1, 2, 3))
    for text, args in pairs:
        report(name + "(" + text + ")", fn, args)

ints = [("factorial", math.factorial), ("isqrt", math.isqrt), ("gcd", math.gcd),
        ("lcm", math.lcm), ("perm", math.perm)]
int_bad = [("2.0", 2.0), ("'7'", "7"), ("None", None), ("[3]", [3]), ("-1", -1),
           ("True", True), ("False", False), ("-10**30", -(10 ** 30)), ("10**30", 10 ** 30)]
for name, fn in ints:
    report(name + "()", fn, ())
    for text, value in int_bad:
        report(name + "(" + text + ")", fn, (value,))
for name, fn in [("gcd", math.gcd), ("lcm", math.lcm), ("comb", math.comb), ("perm", math.perm)]:
    report(name + "(6, 4.0)", fn, (6, 4.0))
    report(name + "(6.0, 4)", fn, (6.0, 4))
    report(name + "('6', 4)", fn, ("6", 4))
    report(name + "(6, None)", fn, (6, None))
    report(name + "(-6, 4)", fn, (-6, 4))
    report(name + "(6, -4)", fn, (6, -4))
    report(name + "(6, 4, 2)", fn, (6, 4, 2))
report("gcd(1, 2, 'x')", math.gcd, (1, 2, "x"))
report("lcm(0, 2, 2.5)", math.lcm, (0, 2, 2.5))
report("comb()", math.comb, ())
report("comb(5)", math.comb, (5,))

iterables = [("fsum", math.fsum), ("prod", math.prod)]
it_bad = [("5", 5), ("None", None), ("2.5", 2.5), ("[1, 'a']", [1, "a"]), ("['a']", ["a"]),
          ("[1, None]", [1, None]), ("'ab'", "ab"), ("[]", []), ("(2, 3.5)", (2, 3.5)),
          ("[[1], 2]", [[1], 2]), ("[10**400]", [10 ** 400]), ("[1e308, 1e308]", [1e308, 1e308])]
for name, fn in iterables:
    report(name + "()", fn, ())
    for text, value in it_bad:
        report(name + "(" + text + ")", fn, (value,))
report("hypot('a')", math.hypot, ("a",))
report("hypot(3, None)", math.hypot, (3, None))
report("hypot(10**400, 1)", math.hypot, (10 ** 400, 1))
report("hypot([3, 4])", math.hypot, ([3, 4],))
report("dist(1, 2)", math.dist, (1, 2))
report("dist([1], 2)", math.dist, ([1], 2))
report("dist([1, 2], [1])", math.dist, ([1, 2], [1]))
report("dist(['a'], [1])", math.dist, (["a"], [1]))
report("dist([1], ['b'])", math.dist, ([1], ["b"]))
report("dist('ab', 'cd')", math.dist, ("ab", "cd"))
report("dist((1, 2), [4, 6])", math.dist, ((1, 2), [4, 6]))
report("dist([1, 2])", math.dist, ([1, 2],))
report("sumprod(1, [2])", math.sumprod, (1, [2]))
report("sumprod([1], 2)", math.sumprod, ([1], 2))
report("sumprod([1, 2], [3])", math.sumprod, ([1, 2], [3]))
report("sumprod([1], [3, 4])", math.sumprod, ([1], [3, 4]))
report("sumprod(['a'], [3])", math.sumprod, (["a"], [3]))
report("sumprod(['a'], ['b'])", math.sumprod, (["a"], ["b"]))
report("sumprod([None], [1.5])", math.sumprod, ([None], [1.5]))
report("sumprod([1])", math.sumprod, ([1],))
