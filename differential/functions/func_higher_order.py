def apply_n(f, n, x):
    for i in range(n):
        x = f(x)
    return x

def my_map(f, items):
    out = []
    for item in items:
        out.append(f(item))
    return out

def my_filter(pred, items):
    out = []
    for item in items:
        if pred(item):
            out.append(item)
    return out

def my_reduce(f, items, init):
    acc = init
    for item in items:
        acc = f(acc, item)
    return acc

def inc(x):
    return x + 1

def halve(x):
    return x / 2

def is_even(x):
    return x % 2 == 0

def add(a, b):
    return a + b

def mul(a, b):
    return a * b

def longer(a, b):
    return a if len(a) >= len(b) else b

print(apply_n(inc, 10, 0), apply_n(halve, 3, 100), apply_n(str, 2, 5))
nums = list(range(1, 11))
print(my_map(inc, nums))
print(my_filter(is_even, nums))
print(my_reduce(add, nums, 0), my_reduce(mul, nums, 1))
print(my_reduce(longer, ["a", "abc", "ab", "xyz"], ""))
print(my_map(len, ["", "a", "ab"]), my_map(abs, [-1, 2, -3]))
print(my_filter(bool, [0, 1, "", "x", None, [], [0]]))
print(my_reduce(add, my_map(inc, my_filter(is_even, nums)), 0))
def fixed_point(f, x, limit):
    for i in range(limit):
        nx = f(x)
        if nx == x:
            return x, i
        x = nx
    return x, limit
def collatz_step(n):
    if n == 1:
        return 1
    return n // 2 if n % 2 == 0 else 3 * n + 1
print(fixed_point(collatz_step, 27, 1000))
def cos_like(x):
    return (x + 2 / x) / 2
print(fixed_point(cos_like, 1.0, 100))
