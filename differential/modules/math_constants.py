import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(repr(math.pi), str(math.e))
print(math.tau == 2 * math.pi, math.inf == float("inf"), math.nan == math.nan)
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(math.pi))
print(round(math.pi, 4), round(math.e, 10), f"{math.pi:.20f}", f"{math.e:.3e}")
print(math.pi * 2 == math.tau, math.pi / 2, math.pi ** 2, math.e ** 2)
print(int(math.pi * 1e15), int(math.e * 10 ** 15))
area = math.pi * 3 ** 2
circ = math.tau * 3
print(area, circ, round(area / circ, 12))
print(math.inf > 10 ** 400, -math.inf < -(10 ** 400), math.inf - math.inf)
print(str(math.pi)[:10], len(repr(math.e)))
def circle(r):
    return round(math.pi * r * r, 6), round(math.tau * r, 6)
for r in [0, 1, 2.5, 10]:
    print(r, circle(r))
print(math.e ** math.pi > math.pi ** math.e, round(math.e ** math.pi - math.pi ** math.e, 12))
print(math.inf * 0 != math.inf * 0, math.isnan(math.inf * 0))
