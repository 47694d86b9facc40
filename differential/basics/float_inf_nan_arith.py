inf = float("inf")
nan = float("nan")
ops = [inf + 1, inf - 1, inf * 2, inf / 2, -inf * -1, inf + inf, inf - inf, inf * 0, 0 * -inf, inf / inf, 1 / inf, -1 / inf, inf % 3]
for v in ops:
    print(v)
print(nan + 1, nan * 0, nan - nan, -nan)
print(inf > 0, -inf < 0, inf == inf + 1)
print(max(nan, 1), max(1, nan), min(nan, 1), min(1, nan))
print(abs(-inf), abs(nan))
print(inf ** 0, nan ** 0, 1 ** nan, 1 ** inf)
print(2 ** inf, 0.5 ** inf, 2 ** -inf)

try:
    print(inf // 1)
except Exception as e:
    print(type(e).__name__, e)
print(divmod(5.0, inf), divmod(-5.0, inf))
print(round(inf, 1), round(-inf, 3))
print(str(inf), str(-inf), str(nan), repr(-inf))
print([inf, nan, -inf])
print(float("INF") == inf, float("-Inf") == -inf)
print(1e308 * 10 == inf, -1e308 * 10 == -inf)
print(inf - 1e308 == inf)
