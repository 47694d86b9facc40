def replaced():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("replacement")

try:
    replaced()
except KeyError as e:
    print("caught replacement", e)
except ValueError as e:
    print("caught original", e)

def finally_return_hides():
    try:
        raise IndexError("hidden")
    finally:
        return "returned normally"

print(finally_return_hides())

def else_not_protected():
    try:
        x = 1
    except ValueError:
        return "handler for try body only"
    else:
        raise ValueError("raised in else")

try:
    else_not_protected()
except ValueError as e:
    print("else exception escapes:", e)

def handler_exception_not_caught_by_sibling():
    try:
        raise TypeError("first")
    except TypeError:
        raise ValueError("from handler")
    except ValueError:
        return "sibling handler"

try:
    handler_exception_not_caught_by_sibling()
except ValueError as e:
    print("escaped sibling:", e)

def order_log():
    log = []
    try:
        try:
            log.append("a")
            raise RuntimeError("r")
        finally:
            log.append("b")
    except RuntimeError:
        log.append("c")
    finally:
        log.append("d")
    log.append("e")
    return log

print(order_log())
