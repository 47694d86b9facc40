vals = [0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e-5, 123.456, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 9007199254740993.0, 0.1 + 0.2, 1e23, 4.35, 2.675]
ok = 0
for v in vals:
    r = repr(v)
    back = float(r)
    if back == v:
        ok += 1
    print(r, len(r), back == v)
print("roundtrip ok", ok, "of", len(vals))
x = 0.0
steps = []
for i in range(10):
    x += 0.1
    steps.append(repr(x))
print(steps)
y = 1.0
halvings = []
for i in range(8):
    y /= 10
    halvings.append(str(y))
print(halvings)
print(float("0.1") == 0.1, float("0.10000000000000001") == 0.1, float("0.1000000000000001") == 0.1)
print(repr(float("1.00000000000000011")), repr(float("1.0000000000000002")))
