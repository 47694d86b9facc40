n = 5
s = "text"
lst = [1, 2]
d = {"k": 1}
things = [n, s, lst, d, None, 2.5, (1,)]
for t in things:
    try:
        t()
    except TypeError as e:
        print("TypeError", e)
try:
    lst[0]()
except TypeError as e:
    print("TypeError", e)
try:
    d["k"](1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    n[0]
except TypeError as e:
    print("TypeError", e)
try:
    n[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    for x in n:
        pass
except TypeError as e:
    print("TypeError", e)
try:
    len(n)
except TypeError as e:
    print("TypeError", e)
try:
    "a" in n
except TypeError as e:
    print("TypeError", e)
try:
    d[lst] = 1
except TypeError as e:
    print("TypeError", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError", e)
try:
    sum([1, "b"])
except TypeError as e:
    print("TypeError", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print("TypeError", e)
try:
    max(5)
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(1, "int")
except TypeError as e:
    print("TypeError", e)
