# Reference cycles: 1 million self-referencing lists, then 1 million
# closure cycles (a nested function whose cell refers to the function).
# Reference counting alone frees none of them; peak memory stays small only
# if the cycle collector runs as they pile up.


def self_lists(n):
    total = 0
    for i in range(n):
        a = [i]
        a.append(a)
        total = total + len(a[1])
    return total


def make_closure(i):
    def again():
        return again

    return again


def closures(n):
    same = 0
    for i in range(n):
        f = make_closure(i)
        if f() is f:
            same = same + 1
    return same


print(self_lists(1000000))
print(closures(1000000))
