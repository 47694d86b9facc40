# Implicit chaining never builds a cycle; re-raising the active exception keeps its context.
def reraise_same():
    try:
        raise ValueError("one")
    except ValueError as e:
        try:
            raise TypeError("two")
        except TypeError:
            raise e


try:
    reraise_same()
except ValueError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))


def swap_back():
    try:
        raise KeyError("a")
    except KeyError as a:
        try:
            raise IndexError("b")
        except IndexError as b:
            try:
                raise a
            except KeyError as again:
                return again, again.__context__, b.__context__


again, ctx, bctx = swap_back()
print(repr(again), repr(ctx), repr(bctx), bctx is again)


def explicit_self_cause():
    err = RuntimeError("self")
    try:
        raise err from err
    except RuntimeError as e:
        return e.__cause__ is e, e.__suppress_context__


print(explicit_self_cause())


def chain_lengths():
    try:
        try:
            try:
                raise OSError("first")
            except OSError:
                raise LookupError("second")
        except LookupError:
            raise ArithmeticError("third")
    except ArithmeticError as e:
        chain = []
        while e is not None:
            chain.append(type(e).__name__)
            e = e.__context__
        return chain


print(chain_lengths())

try:
    raise ValueError("outer")
except ValueError:
    try:
        raise TypeError("inner") from None
    except TypeError as t:
        print(repr(t.__cause__), repr(t.__context__), t.__suppress_context__)
        t.__suppress_context__ = False
        print(t.__suppress_context__)
try:
    ValueError().__cause__ = 5
except TypeError as e:
    print("TypeError", e)
try:
    ValueError().__context__ = "x"
except TypeError as e:
    print("TypeError", e)
