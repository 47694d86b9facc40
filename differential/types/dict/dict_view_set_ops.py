# Keys and items views behave like sets; values views do not.
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "z": 3, "w": 4}
ka, kb = a.keys(), b.keys()
print(ka & kb, ka | kb, ka - kb, ka ^ kb)
print(sorted(ka & kb), sorted(ka | kb))
print(ka & {"x", "q"}, ka | ["q"], ka - ("x",), ka ^ {"x": 0})
print({"y", "q"} & ka, ["q", "x"] - ka if False else {"q", "x"} - ka)
ia, ib = a.items(), b.items()
print(ia & ib, ia - ib, sorted(ia ^ ib))
print(ia | {("new", 0)})
print(ka == {"x", "y", "z"}, ka == ["x", "y", "z"], ka != {"x"})
print(ka < {"x", "y", "z", "q"}, ka <= {"x", "y", "z"}, ka > {"x"}, ka >= ka)
print(ia == {("x", 1), ("y", 2), ("z", 3)}, ia < set(ia) | {("q", 0)})
print(ka.isdisjoint({"q"}), ka.isdisjoint(["x"]), ia.isdisjoint({("x", 2)}))
print("x" in ka, ("x", 1) in ia, ("x", 2) in ia, 1 in a.values(), 5 in a.values())
print(type(ka & kb).__name__, type(ia | ib).__name__)
va = a.values()
print(va == va, va == a.values(), len(va), list(reversed(va)))
for op in ["&", "|", "-"]:
    try:
        if op == "&":
            print(va & {1})
        elif op == "|":
            print(ka | 5)
        else:
            print(ia - None)
    except TypeError as e:
        print("TypeError", e)
try:
    print(ia & [[1, 2]])
except TypeError as e:
    print("TypeError", e)
print(list(reversed(ka)), list(reversed(ia)))
del a["y"]
print(ka, ia, va, len(ka))
