# gc.collect() returns the number of unreachable objects it found. With
# automatic collection off, each count below is exact and deterministic.
import gc

gc.disable()
gc.collect()


def report(label):
    print(label, gc.collect())


report("nothing")

a = []
a.append(a)
del a
report("self list")

a = []
b = [a]
a.append(b)
del a, b
report("two lists")

t = ([],)
t[0].append(t)
del t
report("list in tuple")

d = {}
d["self"] = d
del d
report("self dict")

d = {"x": []}
d["x"].append(d)
del d
report("dict and list")

a = []
a.append(a)
a.append([1, 2])
a.append({"k": [3]})
del a
report("cycle with hangers-on")

a = []
a.append(a.append)
del a
report("bound method")

a = []
a.append(iter(a))
del a
report("list iterator")

d = {}
d["keys"] = d.keys()
del d
report("dict view")

a = []
a.append(slice(a))
del a
report("slice")



def in_set():
    s = set()

    def member():
        return s

    s.add(member)
    return member


in_set()
report("set")


def in_frozenset():
    def member():
        return box

    box = frozenset([member])
    return member


in_frozenset()
report("frozenset")

e = ValueError([])
e.args[0].append(e)
del e
report("exception")


def make():
    def inner():
        return inner

    return inner


make()
report("closure")


def pair():
    def ping():
        return pong

    def pong():
        return ping

    return ping


p = pair()
print(p()() is p)
del p
report("two closures")


def gen(x):
    yield x


a = []
a.append(gen(a))
del a
report("unstarted generator")

a = []
b = [a, a, a]
a.append(b)
a.append(b)
del a, b
report("repeated references")

keep = []
a = []
a.append(a)
keep.append(a)
del a
report("reachable")
keep.clear()
report("released")

x = [[]]
for i in range(10):
    x = [x]
    x[0].append(x)
del x
report("nested")
