print(pow(2, 0), pow(2, 1), pow(2, 64), pow(-2, 63), pow(2, -2), pow(2.5, 2), pow(4, 0.5), pow(0, 0), pow(0.0, 0))
print(pow(3, 4, 5), pow(-3, 4, 5), pow(3, 4, -5), pow(10, -1, 7), pow(2, 1000, 10 ** 9 + 7))
print(pow(True, 5), pow(2, True), pow(-1, 0.5 * 2))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.4999), round(3.5001))
print(round(1.23456, 2), round(1.23456, 4), round(-1.23456, 1), round(1234.5, -2), round(1250, -2), round(1350, -2))
print(round(0.285, 2), round(0.125, 2), round(0.375, 2), round(2.5, 0), round(-2.5, 0))
print(round(10 ** 20 + 0.0), round(123456789, -4), round(-123456789, -4), round(5, 0), round(5, 3))
for nd in [-3, -1, 0, 1, 3, 10]:
    print(nd, round(9876.54321, nd), round(98765, nd))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2, 0.5, 3)
except TypeError as e:
    print("TypeError", e)
try:
    round(None)
except TypeError as e:
    print("TypeError", e)
try:
    pow("2", 2)
except TypeError as e:
    print("TypeError", e)
