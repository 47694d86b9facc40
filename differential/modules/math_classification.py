import math

vals = [0.0, -0.0, 1.0, -1e308, 1e308 * 10, -1e308 * 10, float("nan"), 5e-324, 2 ** 1000, 7, True]
for v in vals:
    print(repr(v), math.isfinite(v), math.isinf(v), math.isnan(v))
def classify(x):
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "+inf" if x > 0 else "-inf"
    if x == 0:
        return "-zero" if math.copysign(1, x) < 0 else "+zero"
    if abs(x) < 2.2250738585072014e-308:
        return "subnormal"
    return "normal"
for v in [0.0, -0.0, 1.5, -2.5, 1e-310, -5e-324, math.inf, -math.inf, math.nan, 2.2250738585072014e-308]:
    print(repr(v), classify(v))
try:
    math.isnan("nan")
except TypeError as e:
    print("TypeError", e)
try:
    math.isinf(None)
except TypeError as e:
    print("TypeError", e)
try:
    math.isfinite(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
