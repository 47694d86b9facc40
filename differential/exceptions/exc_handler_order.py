def classify(exc_kind):
    try:
        if exc_kind == 1:
            raise ZeroDivisionError("zd")
        if exc_kind == 2:
            raise OverflowError("of")
        if exc_kind == 3:
            raise ArithmeticError("ae")
        if exc_kind == 4:
            raise KeyError("ke")
        if exc_kind == 5:
            raise Exception("ex")
        return "none"
    except ZeroDivisionError:
        return "first: ZeroDivisionError"
    except ArithmeticError as e:
        return "second: ArithmeticError(" + type(e).__name__ + ")"
    except LookupError as e:
        return "third: LookupError(" + type(e).__name__ + ")"
    except Exception as e:
        return "fourth: Exception(" + type(e).__name__ + ")"

for k in range(6):
    print(k, classify(k))

def broad_first(k):
    try:
        if k:
            raise IndexError("i")
        raise ValueError("v")
    except Exception as e:
        return "broad " + type(e).__name__
    except IndexError:
        return "never reached"

print(broad_first(0), broad_first(1))

def unmatched():
    try:
        raise TypeError("no handler matches")
    except (ValueError, KeyError):
        return "wrong"

try:
    unmatched()
except TypeError as e:
    print("propagated", e)

def handler_raises():
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")

try:
    handler_raises()
except KeyError as e:
    print("got", repr(e))
except ValueError as e:
    print("not this", e)
