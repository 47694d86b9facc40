def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", "Yo", "?"))
print(greet("Di", punct="..."))
print(greet("Ed", greeting="Hey"))
print(greet(name="Flo"))
print(greet(punct="!!", name="Gus", greeting="Sup"))

def power(base, exp=2, mod=None):
    if mod is None:
        return base ** exp
    return pow(base, exp, mod)

print(power(5), power(5, 3), power(5, 3, 7), power(2, exp=10), power(2, mod=3), power(base=3, exp=4, mod=5))

def make_range(stop, start=0, step=1):
    out = []
    i = start
    while (step > 0 and i < stop) or (step < 0 and i > stop):
        out.append(i)
        i += step
    return out

print(make_range(5), make_range(10, 2, 3), make_range(-5, 0, -2), make_range(3, step=2))

def describe(x, label="value", width=10, fill="."):
    return label.ljust(width, fill) + str(x)

print(describe(42))
print(describe(3.5, "pi-ish"))
print(describe("s", width=4, label="str"))
print(describe(None, fill="_"))

def defaults_types(a=0, b=0.0, c="", d=None, e=True, f=(), g=-1):
    return [a, b, c, d, e, f, g]

print(defaults_types())
print(defaults_types(1, 2, 3, 4, 5, 6, 7))
print(defaults_types(g=100, a=-100))
