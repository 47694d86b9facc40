# map, filter and iter(callable, sentinel).
def square(x):
    return x * x


def is_even(x):
    return x % 2 == 0


nums = [1, 2, 3, 4, 5, 6]
print(list(map(square, nums)), list(filter(is_even, nums)), list(filter(None, [0, 1, "", "a", [], [0]])))
print(list(map(pow, [2, 3, 4], [3, 2])), list(map(str, range(3))), sum(map(square, range(10))))
print(sorted(map(abs, [-3, 1, -2])), list(zip(map(str, nums), filter(is_even, nums))))
print(type(map(len, [])), type(filter(None, [])))
stack = [0, 3, 2, 1]
print(list(iter(stack.pop, 0)), stack)
m = map(square, [1, 2, 3])
print(next(m), next(m), next(m), next(m, "done"))
for code in range(6):
    try:
        if code == 0:
            r = map(square)
        elif code == 1:
            r = list(map(1, [1]))
        elif code == 2:
            r = map(square, 5)
        elif code == 3:
            r = filter(None)
        elif code == 4:
            r = list(filter(5, [1]))
        else:
            r = iter(5, 0)
        print(r)
    except TypeError as e:
        print(code, e)
