# A global shadows a builtin; deleting it brings the builtin back.
print(len("abc"))
globals()["len"] = lambda s: "patched"
print(len("abc"))
del globals()["len"]
print(len("abc"))


def max(*args):
    return "mine"


print(max(1, 2))
del max
print(max(1, 2))
globals()["print"] = lambda *a: None
print("hidden")
del globals()["print"]
print("visible again")
