a = [10, 20, 30, 40, 50]
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-2), a)
print(a.pop(1), a)
print(a.pop(), a)
try:
    a.pop()
except IndexError as e:
    print("IndexError", e)
b = [1, 2, 3]
try:
    b.pop(3)
except IndexError as e:
    print("IndexError", e)
try:
    b.pop(-4)
except IndexError as e:
    print("IndexError", e)
try:
    b.pop("0")
except TypeError as e:
    print("TypeError", e)
c = ["a", "b", "a", "c", "a"]
c.remove("a")
print(c)
c.remove("a")
print(c)
print(c.remove("c"), c)
try:
    c.remove("z")
except ValueError as e:
    print("ValueError", e)
d = [1, 1.0, True]
d.remove(True)
print(d)
e = [[1], [2], [1]]
e.remove([1])
print(e)
stack = []
for ch in "abcde":
    stack.append(ch)
out = ""
while stack:
    out += stack.pop()
print(out)
queue = list(range(5))
order = []
while queue:
    order.append(queue.pop(0))
print(order)
try:
    [].remove(None)
except ValueError as e:
    print("ValueError", e)
