try:
    print("{} {}".format(1))
except IndexError as e:
    print("IndexError", e)
try:
    print("{0} {3}".format(1, 2))
except IndexError as e:
    print("IndexError", e)
try:
    print("{name}".format(nom="x"))
except KeyError as e:
    print("KeyError", e)
try:
    print("{0} {}".format(1, 2))
except ValueError as e:
    print("ValueError", e)
try:
    print("{} {0}".format(1, 2))
except ValueError as e:
    print("ValueError", e)
try:
    print("{".format(1))
except ValueError as e:
    print("ValueError", e)
try:
    print("}".format(1))
except ValueError as e:
    print("ValueError", e)
try:
    print("{:d}".format("x"))
except ValueError as e:
    print("ValueError", e)
try:
    print("{:d}".format(1.5))
except ValueError as e:
    print("ValueError", e)
try:
    print("{!z}".format(1))
except ValueError as e:
    print("ValueError", e)
try:
    print("{0[5]}".format([1, 2]))
except IndexError as e:
    print("IndexError", e)
try:
    print("{0[k]}".format({"j": 1}))
except KeyError as e:
    print("KeyError", e)
try:
    print("{:=5}".format("abc"))
except ValueError as e:
    print("ValueError", e)
try:
    print("{:+}".format("abc"))
except ValueError as e:
    print("ValueError", e)
try:
    print("{:,}".format("abc"))
except ValueError as e:
    print("ValueError", e)
print("{:5}".format(12), "{:5}".format("12"))
print("ok")
