nan = float("nan")
inf = float("inf")
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= 0)
print(inf == inf, inf > 1e308, -inf < -1e308, inf > 10 ** 1000, -inf < -(10 ** 1000))
print(inf + inf, inf - inf, inf * 0, inf * -1, inf / 1e308)
print(0.0 == -0.0, 0.0 < -0.0, -0.0 < 0.0)
print(1 / inf, -1 / inf)
vals = [3.0, nan, 1.0, 2.0]
print(nan in [1.0], vals[1] == vals[1])
print(max(1.0, 2.0), min(-0.0, 0.0), max(0.0, -0.0))
print(max(inf, 5), min(-inf, -5))
print(1.0 < 2 < 3.5 < 10 ** 20)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(1e16 == 1e16 + 1, 2.0 ** 53 == 2.0 ** 53 + 1)
print(2 ** 53 + 1 == float(2 ** 53 + 1))
print(float(2 ** 53 + 1) == 2 ** 53)
print(0.5 == 1 / 2, 1.0 == True, 0.0 == False)
x = nan
if x == x:
    print("equal")
else:
    print("nan not equal to itself")
if x:
    print("nan is truthy")
if not 0.0:
    print("0.0 falsy")
if not -0.0:
    print("-0.0 falsy")
if 1e-300:
    print("tiny truthy")
print(bool(nan), bool(inf), bool(0.0))
print(sorted([3.5, -1.0, 2, 0, -0.5]))
print(1.5 > 1, 1.5 < 2, 1.0 >= 1, 0.9999999999999999 < 1)
