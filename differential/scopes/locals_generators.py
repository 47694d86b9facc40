# locals() inside generators sees the generator frame's variables.
def gen(n):
    total = 0
    for i in range(n):
        total += i
        yield sorted(locals().items())


for snapshot in gen(3):
    print(snapshot)


def gen_same_dict():
    first = locals()
    yield 1
    second = locals()
    yield first is second


print(list(gen_same_dict()))
