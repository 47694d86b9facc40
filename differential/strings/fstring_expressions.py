items = {"apple": 1.25, "banana": 0.5, "cherry": 12.0}
names = ["apple", "banana", "cherry"]
qty = [3, 12, 1]
total = 0.0
for i in range(len(names)):
    n = names[i]
    line = items[n] * qty[i]
    total += line
    print(f"{i + 1:>2}. {n.title():<10} {qty[i]:>3} x {items[n]:>6.2f} = {line:>7.2f}")
print(f"{'TOTAL':<10}{total:>22.2f}")
print(f"{total / len(names):.3f} average, max {max(items.values())}, min item {min(items, key=len)}")
x = 10
print(f"{x} squared is {x ** 2}, halved is {x / 2}, negated is {-x}")
print(f"{'yes' if x > 5 else 'no'} {x > 5} {x and 'truthy'}")
print(f"{names[0][0].upper()}{names[0][1:]}")
print(f"{len(names)} items: {', '.join(names)}")
print(f"{str(x) * 3} {[x] * 2}")
print(f"{x:>10}|{x:<10}|")
print(f"{{}} {{x}} {{{x}}}")
d = {"a": {"b": [1, 2, {"c": "deep"}]}}
print(f"{d['a']['b'][2]['c']}")
print(f"{3.0 * 2:g} {7 // 2} {7 % 3} {divmod(17, 5)}")
print(f"{'multi' + 'ple'} {'x'.join('abc')}")
def greet(name, punct="!"):
    return f"Hello, {name}{punct}"
print(f"{greet('Ann')} {greet('Bob', punct='?')}")
print(f"{sum(qty)} {sorted(qty, reverse=True)} {list(reversed(names))}")
print(f"{'😀' * 3} {'中文'[::-1]} {len('😀')}")
