# A function can rebind `vars` as a module global; then calls use that.
def install():
    global vars
    vars = lambda *a: ("replacement", a)


print(sorted(vars(install)))
install()
print(vars())
print(vars(1, 2))
del vars
print(vars(install))
