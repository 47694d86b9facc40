# Errors raised in else clauses are not caught by the same try; finally still runs.
def run(x):
    log = []
    try:
        try:
            log.append("try")
            value = 10 // x
        except ZeroDivisionError:
            log.append("except")
            value = None
        else:
            log.append("else")
            if value > 5:
                raise ValueError(f"too big {value}")
        finally:
            log.append("finally")
    except ValueError as e:
        log.append(f"outer caught {e}, context {e.__context__!r}")
    return log


for x in [0, 1, 5]:
    print(run(x))


def else_return_vs_finally():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("finally after else return")


print(else_return_vs_finally())


def loop_else_in_try():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
        except KeyError:
            out.append(("caught", i))
            continue
        else:
            out.append(("else", i))
        out.append(("end", i))
    return out


print(loop_else_in_try())


def handler_error_context():
    try:
        try:
            raise TypeError("first")
        except TypeError:
            {}["missing"]
        else:
            print("not reached")
    except KeyError as e:
        return repr(e), repr(e.__context__)


print(handler_error_context())
