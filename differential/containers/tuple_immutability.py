t = (1, [2, 3], "four")
try:
    t[0] = 10
except TypeError as e:
    print("TypeError", e)
try:
    t[1:2] = (5,)
except TypeError as e:
    print("TypeError", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
t[1].append(4)
print(t)
t[1][0] = 20
print(t)
try:
    t[1] += [5]
except TypeError as e:
    print("TypeError", e)
print(t)
u = t
t = t + (5,)
print(t, u)
v = (0,)
w = v
v += (1,)
print(v, w)
try:
    t[2][0] = "F"
except TypeError as e:
    print("TypeError", e)
keys = {}
keys[(1, 2)] = "pair"
keys[(1, (2, 3))] = "nested"
print(keys)
try:
    keys[(1, [2])] = "bad"
except TypeError as e:
    print("TypeError", e)
