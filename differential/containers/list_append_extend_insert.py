a = []
a.append(1)
a.append("two")
a.append([3])
a.append(None)
print(a, len(a))
a.extend([4, 5])
a.extend("ab")
a.extend((6,))
a.extend(range(7, 9))
a.extend({"d": 1})
a.extend([])
print(a)
b = [1, 2]
b.append(b[:])
print(b)
b.extend(b)
print(b)
c = [1, 2, 3]
c.insert(0, "start")
c.insert(len(c), "end")
c.insert(2, "mid")
c.insert(-1, "before end")
c.insert(100, "far end")
c.insert(-100, "far start")
print(c)
print(c.append(0), c.extend([]), c.insert(0, 0))
try:
    c.extend(5)
except TypeError as e:
    print("TypeError", e)
try:
    c.append()
except TypeError as e:
    print("TypeError", e)
try:
    c.append(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    c.insert(1)
except TypeError as e:
    print("TypeError", e)
try:
    c.insert("0", 1)
except TypeError as e:
    print("TypeError", e)
squares = []
for i in range(10):
    squares.append(i * i)
print(squares)
evens = []
odds = []
for n in squares:
    if n % 2:
        odds.append(n)
    else:
        evens.append(n)
print(evens, odds)
evens.extend(odds)
print(evens, len(evens))
