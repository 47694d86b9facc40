# Cyclic list structures: doubly linked lists and graphs built from lists,
# freed only by the cycle collector. Counts are printed with automatic
# collection off; the long loops run with it on and print only results.
import gc

gc.disable()
gc.collect()

# A doubly linked list of 100 nodes [prev, value, next].
head = [None, 0, None]
node = head
for i in range(1, 100):
    new = [node, i, None]
    node[2] = new
    node = new
total = 0
node = head
while node is not None:
    total = total + node[1]
    node = node[2]
print("sum", total)
back = 0
while node is None or node[0] is not None:
    node = new if node is None else node[0]
    back = back + 1
print("walked back", back)
del head, node, new
print("doubly linked", gc.collect())

# A ring: each node points to the next, the last to the first.
ring = []
for i in range(50):
    ring.append([i])
for i in range(50):
    ring[i].append(ring[(i + 1) % 50])
first = ring[0]
del ring
print("ring held", gc.collect(), first[0], first[1][1][1][0])
del first
print("ring", gc.collect())

# A complete graph of 10 nodes, each listing all others.
nodes = []
for i in range(10):
    nodes.append([])
for a in nodes:
    for b in nodes:
        if a is not b:
            a.append(b)
print("edges", sum(len(n) for n in nodes))
del nodes, a, b
print("complete graph", gc.collect())

# A survivor: garbage that refers to a live list leaves it intact.
live = [1, 2, 3]
trash = [live]
trash.append(trash)
del trash
print("with live", gc.collect(), live)

# Automatic collection on: many short-lived cycles.
gc.enable()


def churn(n):
    acc = 0
    for i in range(n):
        a = [i, None]
        b = [a]
        a[1] = b
        acc = (acc + a[0] + len(b)) % 1000003
    return acc


print("churn", churn(200000))
print("left", gc.collect() >= 0)
gc.disable()
print("after", gc.collect())
