# + - * / with complex, int, float and bool operands; unary operators.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


a = 1 + 2j
b = 3 - 4j
vals = [a, b, 2j, -1.5 + 0.5j, 0j, 1e300 + 1e300j, 1e-300j]
others = [a, b, 3, -2, 0, 2.5, True, False, 1e308, 2 ** 60]
for x in vals:
    for y in others:
        t(f"{x!r} + {y!r} =", lambda: x + y)
        t(f"{y!r} - {x!r} =", lambda: y - x)
        t(f"{x!r} * {y!r} =", lambda: x * y)
        t(f"{x!r} / {y!r} =", lambda: x / y)
        t(f"{y!r} / {x!r} =", lambda: y / x)
print(-a, +a, -(0j), +(-0j), -complex(0, -0.0))
t("~", lambda: ~a)
t("big", lambda: a + 2 ** 2000)
t("big", lambda: 2 ** 2000 * a)
t("div0", lambda: a / 0)
t("div0", lambda: a / 0.0)
t("div0", lambda: a / 0j)
t("div0", lambda: 1 / 0j)
t("div0", lambda: 0j / 0j)
t("div0", lambda: 1.5 / complex(0.0, -0.0))
inf = float("inf")
nan = float("nan")
t("inf", lambda: complex(inf, 1) * 2)
t("inf", lambda: complex(inf, 0) * complex(inf, 0))
t("inf", lambda: complex(1, 1) / complex(inf, 1))
t("nan", lambda: complex(nan, 1) / complex(1, nan))
t("nan", lambda: complex(1, 1) / complex(nan, 0))
t("tiny", lambda: complex(1e-310, 1e-310) / complex(1e-310, 2e-310))
t("huge", lambda: complex(1e308, 1e308) / complex(1e308, 1e308))
z = 1 + 1j
z += 1
z *= 2j
z -= 0.5
z /= 2
print(z)
s = 0
for k in range(5):
    s += complex(k, -k)
print(s, sum([1j, 2, 3.5]), sum([], 0j))
