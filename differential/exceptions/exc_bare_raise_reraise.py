def risky(n):
    if n < 0:
        raise ValueError("negative: " + str(n))
    return n * 2

def wrapper(n):
    try:
        return risky(n)
    except ValueError:
        print("wrapper saw error, re-raising")
        raise

def outer(n):
    try:
        return wrapper(n)
    except ValueError as e:
        return "outer handled: " + str(e)

print(outer(5))
print(outer(-3))

def log_and_reraise(x):
    try:
        return 10 / x
    except ZeroDivisionError as e:
        print("logging", type(e).__name__, e)
        raise

try:
    log_and_reraise(0)
except ZeroDivisionError as e:
    print("caught at top", e)

def selective(v):
    try:
        return {"a": 1}[v]
    except KeyError as e:
        if v == "retry":
            return "default"
        raise

print(selective("a"), selective("retry"))
try:
    selective("other")
except KeyError as e:
    print("KeyError propagated", e)

def reraise_in_finally_context():
    try:
        try:
            raise IndexError("deep")
        finally:
            print("inner finally")
    except IndexError:
        print("caught deep, re-raise")
        raise

try:
    reraise_in_finally_context()
except LookupError as e:
    print("as LookupError:", type(e).__name__, e)
