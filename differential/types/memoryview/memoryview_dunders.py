# memoryview's special methods: buffer equality only (orderings are
# NotImplemented), item access and assignment, hashing of read-only views.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


m = memoryview(b"abc")
t("len", lambda: (m.__len__(), memoryview(b"").__len__()))
t("getitem", lambda: (m.__getitem__(0), m.__getitem__(-1), bytes(m.__getitem__(slice(1, 3)))))
t("getitem range", lambda: m.__getitem__(3))
t("iter", lambda: list(m.__iter__()))
for other in [b"abc", bytearray(b"abc"), memoryview(b"abc"), b"abd", "abc", 1]:
    print(type(other).__name__, [getattr(m, n)(other) for n in ["__eq__", "__ne__", "__lt__"]])
t("lt op", lambda: m < m)
t("hash", lambda: m.__hash__() == hash(b"abc"))
w = memoryview(bytearray(b"xyz"))
t("setitem", lambda: (w.__setitem__(0, 65), bytes(w)))
t("setitem slice", lambda: (w.__setitem__(slice(1, 3), b"BC"), bytes(w)))
t("setitem size", lambda: w.__setitem__(slice(0, 2), b"q"))
t("setitem ro", lambda: m.__setitem__(0, 1))
t("delitem", lambda: w.__delitem__(0))
t("hash writable", lambda: w.__hash__())
t("unbound", lambda: memoryview.__len__(m))
t("unbound wrong", lambda: memoryview.__len__(b"ab"))
m.release()
t("released len", lambda: m.__len__())
t("released eq", lambda: m.__eq__(m))
