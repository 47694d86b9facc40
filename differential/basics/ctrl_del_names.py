x = 10
print(x)
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
x = 20
print(x)
a = 1
b = 2
del a, b
try:
    print(a)
except NameError as e:
    print("NameError", e)
try:
    print(b)
except NameError as e:
    print("NameError", e)
lst = [0, 1, 2, 3, 4, 5, 6, 7]
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
try:
    del lst[10]
except IndexError as e:
    print("IndexError", e)
try:
    del x
    del x
except NameError as e:
    print("NameError", e)
def f():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError " + str(e)
print(f())
nested = [[1, 2], [3, 4]]
del nested[0][1]
print(nested)
t = (1, 2, 3)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print("TypeError", e)
