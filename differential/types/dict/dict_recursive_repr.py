# repr of self-referencing dicts and lists, and of nested containers.
d = {"name": "root"}
d["self"] = d
print(d)
lst = [1, 2]
lst.append(lst)
print(lst, repr(lst), str(lst))
both = {"list": lst}
lst.append(both)
print(both)
print(lst)
t = (lst, d)
print(t)
a = []
b = [a]
a.append(b)
print(a, b)
print({1: {2: {3: {}}}}, [[[[]]]], ((((),),),))
print({(1, 2): [3, {4: (5,)}], None: -0.0, "q": "it's"})
print(repr({"a": 'x"y', "b": "x'y", "c": "\n\t\\"}))
e = {}
e[1] = e.keys()
print(e)
f = {}
f["v"] = f.values()
print(f)
g = {}
g["i"] = g.items()
print(g)
