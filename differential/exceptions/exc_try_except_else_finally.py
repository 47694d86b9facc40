def attempt(x):
    log = []
    try:
        log.append("try")
        r = 10 // x
        log.append("computed " + str(r))
    except ZeroDivisionError as e:
        log.append("except " + str(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

print(attempt(2))
print(attempt(0))

def nested_flow(v):
    out = []
    try:
        try:
            out.append("inner try")
            if v == 1:
                raise ValueError("v1")
            if v == 2:
                raise KeyError("v2")
        except ValueError as e:
            out.append("inner caught " + str(e))
        else:
            out.append("inner else")
        finally:
            out.append("inner finally")
        out.append("after inner")
    except KeyError as e:
        out.append("outer caught " + str(e))
    finally:
        out.append("outer finally")
    return out

for v in [0, 1, 2]:
    print(v, nested_flow(v))

try:
    pass
except Exception:
    print("never")
else:
    print("else runs when no exception")
finally:
    print("finally always")

try:
    x = int("12")
except ValueError:
    print("bad")
else:
    print("parsed", x)

for s in ["5", "x", "0"]:
    try:
        n = int(s)
        q = 100 // n
    except ValueError as e:
        print(s, "ValueError", e)
    except ZeroDivisionError as e:
        print(s, "ZeroDivisionError", e)
    else:
        print(s, "ok", q)
    finally:
        print(s, "done")
