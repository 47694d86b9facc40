def double(x):
    return x * 2

def square(x):
    return x * x

def negate(x):
    return -x

def describe(x):
    return "<" + str(x) + ">"

pipeline = [double, square, negate, describe]
value = 3
for f in pipeline:
    value = f(value)
    print(value)

def apply_all(funcs, x):
    out = []
    for f in funcs:
        out.append(f(x))
    return out

print(apply_all([double, square, negate, abs, str, float, bool], -4))
print(apply_all([len, sorted, list, max, min], "hello"))

def compose_apply(f, g, x):
    return f(g(x))

print(compose_apply(double, square, 5), compose_apply(square, double, 5))
alias = square
print(alias(9), alias == square, alias is square, double == square)
funcs = [double] * 3
v = 1
for f in funcs:
    v = f(v)
print(v)
table = []
for f in [double, square, negate]:
    row = []
    for x in range(-2, 3):
        row.append(f(x))
    table.append(row)
print(table)
def pick(index):
    return pipeline[index]
print(pick(0)(21), pick(-1)(None))
builtin_funcs = [abs, len, str, int, round]
args = [-5, "four", 3.5, "12", 2.675]
for i in range(len(builtin_funcs)):
    print(builtin_funcs[i](args[i]))
