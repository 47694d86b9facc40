# sys.setrecursionlimit() is honoured, with CPython's checks and depth counting.
import sys


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


print(sys.getrecursionlimit())
for limit in [50, 120, 1000, 33]:
    sys.setrecursionlimit(limit)
    print(limit, sys.getrecursionlimit(), depth(1))


def wrapper(k):
    if k == 0:
        return depth(1)
    return wrapper(k - 1)


sys.setrecursionlimit(80)
print(wrapper(0), wrapper(5), wrapper(20))
print([depth(1) for _ in range(2)])


def gen_depth():
    yield depth(1)


print(list(gen_depth()))

for bad in [0, -1, "100", 2.5, 2**40, None]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(bad), type(e).__name__, e)
print(sys.getrecursionlimit())
sys.setrecursionlimit(True + 9)
print(sys.getrecursionlimit())
sys.setrecursionlimit(100)


def nest(n):
    if n == 0:
        try:
            sys.setrecursionlimit(10)
        except RecursionError as e:
            print("RecursionError:", e)
        sys.setrecursionlimit(50)
        print("lowered to", sys.getrecursionlimit())
        return 0
    return nest(n - 1) + 1


print(nest(20))
for call in [lambda: sys.setrecursionlimit(), lambda: sys.setrecursionlimit(1, 2),
             lambda: sys.getrecursionlimit(1), lambda: sys.setrecursionlimit(limit=5)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

sys.setrecursionlimit(1000)


def count_down(n):
    if n == 0:
        return "done"
    return count_down(n - 1)


try:
    count_down(5000)
except RecursionError as e:
    print("5000 deep:", e)
sys.setrecursionlimit(6000)
print("5000 deep with a higher limit:", count_down(5000))


def mutual_a(n):
    return mutual_b(n + 1)


def mutual_b(n):
    try:
        return mutual_a(n + 1)
    except RecursionError:
        return n


sys.setrecursionlimit(200)
print("mutual:", mutual_a(0))
