def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

for m in range(3):
    row = []
    for n in range(5):
        row.append(ackermann(m, n))
    print(m, row)
print(ackermann(3, 3))

def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z

print(tak(12, 8, 4), tak(6, 3, 0))

def mccarthy(n):
    if n > 100:
        return n - 10
    return mccarthy(mccarthy(n + 11))

vals = []
for n in [1, 50, 99, 100, 101, 150]:
    vals.append(mccarthy(n))
print(vals)

def catalan(n, memo):
    if n <= 1:
        return 1
    if n in memo:
        return memo[n]
    s = 0
    for i in range(n):
        s += catalan(i, memo) * catalan(n - 1 - i, memo)
    memo[n] = s
    return s

cm = {}
out = []
for i in range(20):
    out.append(catalan(i, cm))
print(out)
print(catalan(60, cm))
