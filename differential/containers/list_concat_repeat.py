a = [1, 2]
b = [3]
print(a + b, b + a, a + [], [] + [])
print(a * 3, 3 * a, a * 0, a * -1, [] * 5)
c = a + b
c.append(4)
print(a, b, c)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid2 = []
for i in range(2):
    grid2.append([0] * 3)
grid2[0][0] = 1
print(grid2)
t = (1, 2) + (3,)
print(t, t * 2, () * 3, (0,) * 4)
try:
    print([1] + (2,))
except TypeError as e:
    print("TypeError", e)
try:
    print((1,) + [2])
except TypeError as e:
    print("TypeError", e)
try:
    print([1] + "a")
except TypeError as e:
    print("TypeError", e)
try:
    print([1] * 1.5)
except TypeError as e:
    print("TypeError", e)
try:
    print([1] * [2])
except TypeError as e:
    print("TypeError", e)
try:
    print([1] - [1])
except TypeError as e:
    print("TypeError", e)
x = [1]
y = x
x = x + [2]
print(x, y)
x = y
x += [3]
print(x, y)
x += "ab"
print(x)
x += range(2)
print(x)
try:
    x + range(2)
except TypeError as e:
    print("TypeError", e)
tt = (1,)
tt *= 3
print(tt)
