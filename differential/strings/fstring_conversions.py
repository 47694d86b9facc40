name = "Zoë"
n = 42
f = 2.5
lst = [1, "two", 3.0]
d = {"k": "v"}
e = "中文😀"
print(f"{name}")
print(f"{name!r}")
print(f"{name!s}")
print(f"{name!a}")
print(f"{e!a}")
print(f"{e!r}")
print(f"{n!r} {n!s} {n!a}")
print(f"{f!r} {f!s}")
print(f"{lst}")
print(f"{lst!r}")
print(f"{lst!a}")
print(f"{d!s}")
print(f"{None!r} {True!s} {False!a}")
print(f"{name + chr(9)!r}")
print(f"{n + 1} {n * 2} {n // 5} {n % 5} {n ** 2}")
print(f"{name.upper()} {name[::-1]} {len(name)}")
print(f"{d['k']} {lst[1]} {lst[-1]}")
print(f"{'nested'} {f'{n}'}")
print(f"{{literal braces}} {{{n}}}")
print(f"n={n}")
print(f"{'é'!a:>10}|")
print(f"{name!r:>10}|{name!s:<6}|")
print(f"")
print(f"plain")
x = 3
y = 4
print(f"{x}+{y}={x + y}", f"{x}*{y}={x * y}")
print(f"{x if x > y else y}")
print(f"{[x, y]} {(x, y)} {x, y}")
