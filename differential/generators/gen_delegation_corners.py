# Delegation corners: GeneratorExit through yield from, sub-generators that
# finish by handling a thrown exception, PEP 479 inside a delegate, and
# throwing an existing exception instance back in.

def g():
    try:
        yield 1
    except ValueError:
        yield "v"
    yield 2
x = g()
print(next(x), x.throw(ValueError), next(x), next(x, "e"))
def sub():
    try:
        yield 1
    except GeneratorExit:
        print("sub exit")
        raise
def dele():
    try:
        yield from sub()
    except GeneratorExit:
        print("dele exit")
        raise
d = dele(); next(d); d.close()
def sub2():
    yield 1
    return "r"
def dele2():
    r = yield from sub2()
    yield r
d = dele2(); print(next(d), d.send(None))
# throw into delegating generator where subgen finished via throw return
def sub3():
    try:
        yield 1
    except KeyError:
        return "handled"
def dele3():
    r = yield from sub3()
    yield "dele got " + r
d = dele3(); next(d); print(d.throw(KeyError))
# yield from generator that raises StopIteration manually -> RuntimeError in sub
def sub4():
    yield 1
    raise StopIteration("x")
def dele4():
    try:
        yield from sub4()
    except RuntimeError as e:
        yield "dele caught " + str(e)
print(list(dele4()))
# generator in a class-free recursion
def walk(n):
    if n > 0:
        yield n
        yield from walk(n - 2)
        yield from walk(n - 1)
print(list(walk(4)))
# send to yield from iterator (non-generator) None works
def d5():
    yield from iter([1, 2])
z = d5(); print(next(z), z.send(None))
# gen close inside except
def ge():
    try:
        yield
    finally:
        print("fin", end=" ")
try:
    gg = ge(); next(gg)
    raise ValueError
except ValueError:
    gg.close()
    print("closed in except")
# throw with traceback
def tb():
    yield
t = tb(); next(t)
try:
    raise KeyError("orig")
except KeyError as e:
    err = e
try:
    t.throw(err)
except KeyError as e2:
    print(e2 is err)
# generator expression with if referencing outer var changed later
n = 1
gx = (i for i in range(5) if i > n)
n = 3
print(list(gx))
# yield inside try/finally with return
def rf():
    try:
        return (yield 1)
    finally:
        print("rf finally")
r = rf(); next(r)
try:
    r.send("sent")
except StopIteration as e:
    print(e.value)
