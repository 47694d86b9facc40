def raise_class():
    raise ValueError

def raise_instance():
    raise ValueError("with message")

def raise_empty_instance():
    raise ValueError()

for f in [raise_class, raise_instance, raise_empty_instance]:
    try:
        f()
    except ValueError as e:
        print(repr(e), "|", str(e), "|", e.args)

try:
    raise KeyError
except KeyError as e:
    print(repr(e), e.args)
try:
    raise IndexError
except LookupError as e:
    print(repr(e))
try:
    raise ZeroDivisionError
except ArithmeticError as e:
    print(repr(e), str(e) == "")
try:
    raise RuntimeError
except RuntimeError as e:
    print(repr(e))
try:
    raise NotImplementedError("todo")
except RuntimeError as e:
    print("NotImplementedError is RuntimeError:", repr(e))
try:
    raise Exception
except Exception as e:
    print(repr(e))
kind = ValueError
try:
    raise kind("via variable")
except ValueError as e:
    print(repr(e))
table = {"v": ValueError, "k": KeyError, "t": TypeError}
for code in "vkt":
    try:
        raise table[code]("code " + code)
    except Exception as e:
        print(type(e).__name__, e)
