nums = [0, 7, -7, 1234567, 0.0, 1.0, -2.5, 3.14159, 1e-7, 1e22, 123456.789, float("inf")]
for n in nums:
    print(str(n), repr(n), f"{n}", "{}".format(n), str(n) == repr(n))
print(str(1.0) + str(1), str(2 ** 0.5)[:6], len(str(1 / 7)))
print(str(100 / 10), str(100 // 10), str(-100 // 3), str(-100 / 3))
print(str(10 ** 15 * 1.0), str(10 ** 16 * 1.0), str(0.0001), str(0.00001))
print(str(123e-5), str(1.5e300 * 1.5e10), str(-1e-320))
print(str(float("12345678901234567890")), str(float(2 ** 53)), str(float(2 ** 53 + 1)))
print(str(True + 0.5), str(3 * 1.1), str(1.1 + 2.2 - 3.3))
ints = [0, 5, -5, 10 ** 18, -(2 ** 63)]
for i in ints:
    s = str(i)
    print(s, len(s), s.lstrip("-").isdigit(), int(s) == i)
floats = [0.5, 2.0, -1.25, 1e16, 1e-4]
for f in floats:
    s = repr(f)
    print(s, "e" in s, "." in s, float(s) == f)
print(str(7) * 3, str(7.0) * 2, str(-0.0).startswith("-"))
joined = ""
for v in [1, 2.5, -3]:
    joined += str(v) + ";"
print(joined)
