try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    range("5")
except TypeError as e:
    print("TypeError", e)
try:
    range()
except TypeError as e:
    print("TypeError", e)
try:
    range(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
try:
    range(0, 5.0)
except TypeError as e:
    print("TypeError", e)
r = range(5)
try:
    r[5]
except IndexError as e:
    print("IndexError", e)
try:
    r[-6]
except IndexError as e:
    print("IndexError", e)
try:
    r[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    r["a"]
except TypeError as e:
    print("TypeError", e)
try:
    r + r
except TypeError as e:
    print("TypeError", e)
try:
    r * 2
except TypeError as e:
    print("TypeError", e)
try:
    del r[0]
except TypeError as e:
    print("TypeError", e)
try:
    range(3) < range(4)
except TypeError as e:
    print("TypeError", e)
print(r[1:3], r[::-1], r[10:], len(r[::2]))
