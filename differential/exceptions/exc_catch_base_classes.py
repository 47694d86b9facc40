def trigger(kind):
    if kind == "zero":
        return 1 // 0
    if kind == "overflow":
        return 2.0 ** 5000
    if kind == "index":
        return [][1]
    if kind == "key":
        return {}["k"]
    if kind == "value":
        return int("x")
    if kind == "type":
        return 1 + "a"
    if kind == "name":
        return undefined_thing
    if kind == "assert":
        assert False, "assert failed"
    if kind == "recursion":
        return trigger_forever(0)
    return "no error"

def trigger_forever(n):
    return trigger_forever(n + 1)

kinds = ["zero", "overflow", "index", "key", "value", "type", "name", "assert", "recursion", "none"]
for k in kinds:
    try:
        r = trigger(k)
        print(k, "ok", r)
    except ArithmeticError as e:
        print(k, "ArithmeticError ->", type(e).__name__)
    except LookupError as e:
        print(k, "LookupError ->", type(e).__name__)
    except RuntimeError as e:
        print(k, "RuntimeError ->", type(e).__name__)
    except Exception as e:
        print(k, "Exception ->", type(e).__name__)

for k in kinds:
    try:
        trigger(k)
    except (ValueError, TypeError) as e:
        print(k, "value-or-type", type(e).__name__)
    except (ZeroDivisionError, IndexError, KeyError):
        print(k, "zero-index-key")
    except BaseException as e:
        print(k, "base", type(e).__name__)
    else:
        print(k, "no exception")
try:
    trigger("name")
except NameError as e:
    print("NameError", e)
try:
    trigger("key")
except Exception as e:
    print("Exception catches KeyError", repr(e))
