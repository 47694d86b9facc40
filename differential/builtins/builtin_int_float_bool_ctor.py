print(int(), float(), bool(), str(), list(), tuple(), dict())
print(int("+0"), int("-0"), int(" 12 "), int("0_1"), int(3.99), int(-3.99), int(True))
print(float("-0"), float("+1.5"), float(" 2e3 "), float(7), float(False), float("1_0"))
print(bool(0), bool(0.0), bool(-0.0), bool(""), bool(" "), bool([]), bool([[]]), bool(None), bool(range(0)), bool(range(0, 1)))
print(int(float("1e18")), int(1e19), float(int("9" * 20)))
print(int("-" + "1" * 30))
print(int(" \t42\n"), float("\n3.5\t"))
print(int("١٢٣٤"), float("٣.٥"))
print(isinstance(int("5"), int), isinstance(float("5"), float), isinstance(bool(5), bool))
for s in ["0b11", "0o7", "0xA", "11", "z"]:
    try:
        print(s, int(s, 0))
    except ValueError as e:
        print(s, "ValueError", e)
for s in ["10", "-10", "1e2", "0x10"]:
    try:
        print(s, int(s), float(s))
    except ValueError as e:
        print(s, "ValueError", e)
for v in [[], (), {}, None]:
    try:
        print(float(v))
    except TypeError as e:
        print("TypeError", e)
print(int(9.2e18), int(-9.2e18))
