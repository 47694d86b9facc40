lst = [10, 20, 30, 40, 50]
for i in [0, 1, 4, -1, -5, 2, -3]:
    print(i, lst[i])
for i in [5, -6, 100, -100]:
    try:
        print(lst[i])
    except IndexError as e:
        print("IndexError", e)
try:
    lst[5] = 1
except IndexError as e:
    print("IndexError", e)
try:
    print([][0])
except IndexError as e:
    print("IndexError", e)
try:
    print(lst["1"])
except TypeError as e:
    print("TypeError", e)
try:
    print(lst[1.0])
except TypeError as e:
    print("TypeError", e)
try:
    print(lst[None])
except TypeError as e:
    print("TypeError", e)
lst[0] = 11
lst[-1] = 55
lst[True] = 22
print(lst)
t = (1, 2, 3)
try:
    print(t[3])
except IndexError as e:
    print("IndexError", e)
try:
    print(t["a"])
except TypeError as e:
    print("TypeError", e)
r = range(3)
try:
    print(r[3])
except IndexError as e:
    print("IndexError", e)
print(r[-1], r[0])
grid = [[1, 2], [3, 4]]
try:
    print(grid[1][2])
except IndexError as e:
    print("IndexError", e)
print(grid[-1][-2])
