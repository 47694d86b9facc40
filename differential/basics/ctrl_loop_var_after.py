for i in range(5):
    pass
print(i)
for i in range(10, 20, 4):
    print("i", i)
print("after", i)
j = "unchanged"
for j in []:
    pass
print(j)
for ch in "xyz":
    last = ch
print(ch, last)
k = 0
for k in range(3):
    k = k * 100
    print("modified k", k)
print("final k", k)
n = 3
for x in range(n):
    n = 100
    print("x", x)
print("n", n)
items = [1, 2, 3]
for item in items:
    item = item * 10
print(items, item)
for a, b in [(1, 2), (3, 4)]:
    pass
print(a, b)
total = 0
for idx in range(1, 6):
    total += idx
print(idx, total)
word = "py"
for word in ["a", "b", "c"]:
    pass
print(word)
def loop_in_func():
    for q in range(4):
        pass
    return q
print(loop_in_func())
def loop_empty():
    for q in range(0):
        pass
    return "no q"
print(loop_empty())
