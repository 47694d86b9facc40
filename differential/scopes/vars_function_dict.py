# vars(f) is the function's attribute dict, shared with attribute access.
def f():
    return "f"


d = vars(f)
print(d)
d["marker"] = 1
f.other = 2
print(f.marker, sorted(vars(f)))
del f.marker
print(vars(f))
try:
    f.marker
except AttributeError as e:
    print(type(e).__name__, e)
print(vars(lambda: 0), vars(len) if False else "skip")
