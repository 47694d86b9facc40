trace = []

def inner(mode):
    try:
        trace.append("inner try")
        if mode == "raise":
            raise ValueError("inner error")
        if mode == "return":
            return "inner returned"
    finally:
        trace.append("inner finally")
    trace.append("inner end")
    return "inner fell through"

def middle(mode):
    try:
        trace.append("middle try")
        r = inner(mode)
        trace.append("middle got " + r)
        return r
    except ValueError as e:
        trace.append("middle caught " + str(e))
        raise
    finally:
        trace.append("middle finally")

def outer(mode):
    try:
        return middle(mode)
    except ValueError:
        trace.append("outer caught")
        return "outer recovered"
    finally:
        trace.append("outer finally")

for mode in ["normal", "return", "raise"]:
    trace = []
    result = outer(mode)
    print(mode, "->", result)
    for t in trace:
        print("   ", t)
