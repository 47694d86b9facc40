print(int("42"))
print(int("-42"))
print(int("  +17  "))
print(int("1_000_000"))
print(int("ff", 16))
print(int("FF", 16))
print(int("0xff", 16))
print(int("0xff", 0))
print(int("0o17", 0))
print(int("0b1011", 0))
print(int("1011", 2))
print(int("777", 8))
print(int("z", 36))
print(int("ZZ", 36))
print(int("-0b11", 0))
print(int("10", 3))
print(int("0", 0))
print(int("123456789012345678901234567890"))
print(int("-ffffffffffffffff", 16))
print(int("1" * 64, 2))
bad = [("", 10), ("abc", 10), ("12a", 10), ("1__0", 10), ("_1", 10), ("2", 2), ("0x", 16), ("08", 0), ("9", 8), ("1.5", 10), (" ", 10), ("+", 10)]
for s, base in bad:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError", e)
try:
    print(int("10", 1))
except ValueError as e:
    print("ValueError", e)
try:
    print(int("10", 37))
except ValueError as e:
    print("ValueError", e)
try:
    print(int(10, 2))
except TypeError as e:
    print("TypeError", e)
print(int("0010"))
print(int("00", 0))
print(int(" -  5".replace(" ", "")))
print(int("१२३"))
