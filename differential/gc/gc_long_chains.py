# Long chains and long cycles: freeing them must not recurse once per link
# (a million nested lists freed by reference counting, a 300000-node ring
# broken by the collector).
import gc

gc.disable()
gc.collect()

a = []
for i in range(1000000):
    a = [a]
depth = 0
while a:
    a = a[0]
    depth = depth + 1
print("depth", depth)

a = []
for i in range(1000000):
    a = [a]
del a
print("nested freed", gc.collect())

first = [0]
node = first
for i in range(1, 300000):
    new = [i]
    node.append(new)
    node = new
node.append(first)
print("ring end", node[0], node[1][0])
del first, node, new
print("ring", gc.collect())

d = {}
head = d
for i in range(100000):
    d["next"] = {"prev": d}
    d = d["next"]
d["next"] = head
del d, head
print("dict ring", gc.collect())
