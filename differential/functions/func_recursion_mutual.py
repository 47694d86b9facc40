def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

for n in [0, 1, 2, 7, 10, 99]:
    print(n, is_even(n), is_odd(n))

def hofstadter_f(n):
    if n == 0:
        return 1
    return n - hofstadter_m(hofstadter_f(n - 1))

def hofstadter_m(n):
    if n == 0:
        return 0
    return n - hofstadter_f(hofstadter_m(n - 1))

fs = []
ms = []
for i in range(15):
    fs.append(hofstadter_f(i))
    ms.append(hofstadter_m(i))
print(fs)
print(ms)

def parse_list(tokens, pos):
    out = []
    pos += 1
    while tokens[pos] != "]":
        item, pos = parse_item(tokens, pos)
        out.append(item)
    return out, pos + 1

def parse_item(tokens, pos):
    if tokens[pos] == "[":
        return parse_list(tokens, pos)
    return int(tokens[pos]), pos + 1

toks = "[ 1 [ 2 3 ] [ ] [ [ 4 ] ] 5 ]".split()
print(parse_item(toks, 0))
