def fail(kind, msg):
    if kind == "value":
        raise ValueError(msg)
    if kind == "type":
        raise TypeError(msg)
    if kind == "key":
        raise KeyError(msg)
    if kind == "index":
        raise IndexError(msg)
    if kind == "runtime":
        raise RuntimeError(msg)
    if kind == "assert":
        raise AssertionError(msg)
    if kind == "zero":
        raise ZeroDivisionError(msg)
    if kind == "overflow":
        raise OverflowError(msg)
    if kind == "name":
        raise NameError(msg)
    if kind == "notimpl":
        raise NotImplementedError(msg)
    raise Exception(msg)

kinds = ["value", "type", "key", "index", "runtime", "assert", "zero", "overflow", "name", "notimpl", "other"]
for k in kinds:
    try:
        fail(k, "msg-" + k)
    except LookupError as e:
        print("lookup", type(e).__name__, e)
    except ArithmeticError as e:
        print("arith", type(e).__name__, e)
    except RuntimeError as e:
        print("runtime", type(e).__name__, e)
    except (ValueError, TypeError, NameError) as e:
        print("vtn", type(e).__name__, e)
    except Exception as e:
        print("generic", type(e).__name__, e)

def first_success(funcs_and_args):
    errors = []
    for kind, msg in funcs_and_args:
        try:
            if kind == "ok":
                return msg, errors
            fail(kind, msg)
        except Exception as e:
            errors.append(type(e).__name__)
    return None, errors

print(first_success([("value", "a"), ("key", "b"), ("ok", "winner"), ("type", "c")]))
print(first_success([("zero", "a"), ("index", "b")]))
