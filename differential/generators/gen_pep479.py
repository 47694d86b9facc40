# PEP 479: StopIteration escaping a generator becomes RuntimeError whose
# __cause__ is the original StopIteration.

def explicit_raise():
    yield 1
    raise StopIteration("explicit")


def leaked_next():
    it = iter([1])
    while True:
        yield next(it)


def raise_subclass_instance():
    yield "x"
    raise StopIteration


for make in (explicit_raise, leaked_next, raise_subclass_instance):
    g = make()
    out = []
    try:
        for v in g:
            out.append(v)
    except RuntimeError as e:
        cause = e.__cause__
        print(make.__name__, out, type(e).__name__, e)
        print("  cause", type(cause).__name__, cause.args, e.__context__ is cause, e.__suppress_context__)
    print("  afterwards", next(g, "exhausted"))


def return_is_fine():
    yield 1
    return "value"


print(list(return_is_fine()))


def caught_inside():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught inside is fine"


print(list(caught_inside()))
gen_expr = (next(iter([])) for _ in range(1))
try:
    list(gen_expr)
except RuntimeError as e:
    print("genexpr", e, type(e.__cause__).__name__)


def stop_from_throw():
    yield 1


g = stop_from_throw()
next(g)
try:
    g.throw(StopIteration(42))
except RuntimeError as e:
    print("thrown", e, e.__cause__.args)


def stop_in_send():
    x = yield
    if x:
        raise StopIteration(x)
    yield


g = stop_in_send()
next(g)
try:
    g.send("boom")
except RuntimeError as e:
    print("send", e, e.__cause__.value)


def delegates():
    yield from explicit_raise()


try:
    list(delegates())
except RuntimeError as e:
    print("delegated", e, repr(e.__cause__), repr(e.__context__))
