# Calls through closures: counters, adders and composed functions that
# read and write variables of enclosing scopes.


def make_adder(k):
    def add(x):
        return x + k

    return add


def make_counter():
    count = 0

    def step(by):
        nonlocal count
        count += by
        return count

    return step


def compose(f, g):
    def h(x):
        return f(g(x))

    return h


def run(n):
    add3 = make_adder(3)
    add5 = make_adder(5)
    both = compose(add3, add5)
    counter = make_counter()
    total = 0
    for i in range(n):
        total += both(i) - add3(i)
        counter(1)
    return total + counter(0)


print(run(2000000))
