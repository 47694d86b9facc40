# Closures over mutable state with `nonlocal`, each call making new cells.

def make_counter(start=0, step=1):
    count = start

    def increment():
        nonlocal count
        count += step
        return count

    def reset(value=start):
        nonlocal count
        old, count = count, value
        return old

    return increment, reset


inc_a, reset_a = make_counter()
inc_b, reset_b = make_counter(100, 10)
print(inc_a(), inc_a(), inc_b(), inc_a(), inc_b())
print(reset_a(), inc_a(), reset_b(5), inc_b())


def accumulate(items):
    total = 0
    seen = []

    def add(x):
        nonlocal total
        total += x
        seen.append(x)

    for item in items:
        add(item)
    return total, seen


print(accumulate([1, 2, 3, 4]))
print(accumulate([]))


def nested_levels():
    a = 1

    def level1():
        b = 2

        def level2():
            nonlocal a, b
            a += 10
            b += 20
            return a + b

        return level2() + level2()

    r = level1()
    return r, a


print(nested_levels())
