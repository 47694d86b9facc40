# dict methods' corner cases: fromkeys sharing its value, setdefault and
# pop defaults, popitem order and emptiness, update's argument forms.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


shared = dict.fromkeys("abc", [])
shared["a"].append(1)
print(shared, dict.fromkeys([]), dict.fromkeys((1, 2)), {}.fromkeys("xy", 0))
t("fromkeys unhashable", lambda: dict.fromkeys([[1]]))
t("fromkeys args", lambda: dict.fromkeys())
d = {"a": 1}
t("setdefault", lambda: (d.setdefault("a", 5), d.setdefault("b"), d.setdefault("c", []), d))
t("setdefault args", lambda: d.setdefault())
t("setdefault unhashable", lambda: d.setdefault({}, 1))
t("pop default", lambda: (d.pop("zz", None), d.pop("zz", "dflt"), d.pop("b")))
t("pop missing", lambda: d.pop("zz"))
t("pop args", lambda: d.pop())
t("pop many", lambda: d.pop(1, 2, 3))
e = {1: "a", 2: "b", 3: "c"}
t("popitem", lambda: (e.popitem(), e.popitem(), e))
t("popitem empty", lambda: {}.popitem())
t("get args", lambda: ({}.get(1), {}.get(1, 2), {1: None}.get(1, 3)))
t("get none", lambda: {}.get())
t("update kwargs", lambda: (lambda x: (x.update({"a": 1}, b=2), x.update(c=3), x)[2])({}))
t("update two", lambda: {}.update({}, {}))
t("update pairs", lambda: (lambda x: (x.update([(1, 2)]), x)[1])({}))
t("update bad", lambda: {}.update([1]))
t("update str pair", lambda: (lambda x: (x.update(["ab"]), x)[1])({}))
t("keys ops", lambda: ({1: 0, 2: 0}.keys() & {2, 3}, {1: 0}.keys() | [5], {1: 0}.keys() - {1}))
t("items ops", lambda: {1: 2}.items() & {(1, 2), (3, 4)})
t("values eq", lambda: {1: 2}.values() == {1: 2}.values())
t("copy independent", lambda: (lambda x: (x.copy().update(z=1), x)[1])({"a": 1}))
t("clear args", lambda: {}.clear(1))
t("numeric keys", lambda: {1: "a", 1.0: "b", True: "c"})
