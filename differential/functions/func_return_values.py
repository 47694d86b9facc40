def nothing():
    pass

def explicit_none():
    return None

def bare_return(x):
    if x:
        return
    return "falsy"

def multi():
    return 1, "two", [3]

def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1

def classify(n):
    if n < 0:
        return "negative"
    if n == 0:
        return "zero"
    return "positive"

def returns_func(flag):
    if flag:
        return len
    return abs

print(nothing(), explicit_none(), bare_return(1), bare_return(0))
r = multi()
print(r, len(r))
a, b, c = multi()
print(a, b, c)
print(early(10), early(100), early(1), early(0))
print(classify(-5), classify(0), classify(5))
f = returns_func(True)
g = returns_func(False)
print(f("hello"), g(-7))

def find(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            return i, items[i]
        i += 1
    return None

print(find([5, 6, 7], 6), find([5, 6, 7], 9))
res = find("abc", "c")
if res is not None:
    idx, val = res
    print("found", idx, val)

def returns_in_finally_like(x):
    try:
        if x > 0:
            return "positive path"
        return "non-positive path"
    finally:
        print("cleanup for", x)

print(returns_in_finally_like(1))
print(returns_in_finally_like(-1))
def chain(x):
    return classify(x - 10) + "/" + classify(x)
print(chain(5), chain(10), chain(20))
