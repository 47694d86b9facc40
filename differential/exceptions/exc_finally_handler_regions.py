# Which handler protects which code: try bodies, else clauses, finally
# bodies run on return/break/continue, and exceptions raised inside them.

def return_through_raising_finally():
    try:
        return "value"
    finally:
        raise KeyError("from finally")


try:
    return_through_raising_finally()
except KeyError as e:
    print("finally raise replaced return:", repr(e))


def break_through_finally(items):
    out = []
    for i in items:
        try:
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(-i)
    return out


print(break_through_finally([1, 2, 3, 4]))


def continue_raises_in_finally():
    seen = []
    for i in range(4):
        try:
            try:
                continue
            finally:
                if i % 2:
                    raise ValueError(i)
        except ValueError as e:
            seen.append(("caught", e.args[0]))
    return seen


print(continue_raises_in_finally())


def else_raises():
    try:
        pass
    except ValueError:
        return "wrong handler"
    else:
        raise ValueError("from else")


try:
    print(else_raises())
except ValueError as e:
    print("else escaped:", e)


def unmatched_then_outer():
    try:
        try:
            raise IndexError("inner")
        except KeyError:
            return "not me"
    except LookupError as e:
        return "outer caught " + type(e).__name__ + " " + str(e)


print(unmatched_then_outer())


def handler_after_unmatched():
    results = []
    for exc in (KeyError("k"), IndexError("i"), ZeroDivisionError("z")):
        try:
            try:
                raise exc
            except KeyError:
                results.append("key")
            finally:
                results.append("fin")
        except IndexError:
            results.append("index outside")
        except ArithmeticError:
            results.append("arith outside")
    return results


print(handler_after_unmatched())


def nested_finally_order():
    log = []
    try:
        try:
            try:
                raise RuntimeError("deep")
            finally:
                log.append(1)
        finally:
            log.append(2)
    except RuntimeError as e:
        log.append(str(e))
    finally:
        log.append(3)
    return log


print(nested_finally_order())


def finally_swallows_with_return(n):
    for i in range(n):
        try:
            raise ValueError(i)
        finally:
            if i < n - 1:
                continue
            return "swallowed at " + str(i)


print(finally_swallows_with_return(3))


def exception_after_handled():
    try:
        raise ValueError("first")
    except ValueError:
        pass
    try:
        raise TypeError("second")
    except TypeError as e:
        return repr(e) + " context=" + repr(e.__context__)


print(exception_after_handled())
