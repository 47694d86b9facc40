def box(width, height, depth=1, unit="cm"):
    return f"{width}x{height}x{depth} {unit} = {width * height * depth}"

print(box(2, 3))
print(box(2, 3, 4))
print(box(width=2, height=3))
print(box(height=3, width=2))
print(box(2, height=5, unit="in"))
print(box(1, 1, unit="m", depth=9))

def order(a, b, c):
    return [a, b, c]

print(order(1, 2, 3), order(1, 2, c=3), order(1, c=3, b=2), order(c=3, a=1, b=2))
try:
    order(1, 2, a=5)
except TypeError as e:
    print("TypeError", e)
try:
    order(1, 2, d=4)
except TypeError as e:
    print("TypeError", e)
try:
    order(1, b=2)
except TypeError as e:
    print("TypeError", e)
try:
    order(b=2, c=3)
except TypeError as e:
    print("TypeError", e)
try:
    box(1, 2, 3, "cm", "extra")
except TypeError as e:
    print("TypeError", e)
print(sorted([3, 1, 2], reverse=True), max([1, 5, 3], key=abs), int("ff", base=16))
print(round(2.567, ndigits=2), print("sep", "demo", sep="-", end="|\n"))
values = [5, 3, 8]
print(min(values, default=None), min([], default="empty"), max([], default=0))
def kw_only_style(x, scale=1, offset=0):
    return x * scale + offset
results = []
for s in [1, 2, 3]:
    results.append(kw_only_style(10, scale=s, offset=-s))
print(results)
