# The clauses of a comprehension run left to right, as nested for/if
# statements would; later clauses see earlier targets.

trace = []


def t(tag, value=True):
    trace.append(tag)
    return value


result = [
    (a, b)
    for a in t("A", range(3))
    if t(f"a{a}", a != 1)
    for b in t(f"B{a}", range(a))
    if t(f"b{a}{b}", (a + b) % 2 == 0)
]
print(result)
print(trace)
trace.clear()
equivalent = []
for a in t("A", range(3)):
    if t(f"a{a}", a != 1):
        for b in t(f"B{a}", range(a)):
            if t(f"b{a}{b}", (a + b) % 2 == 0):
                equivalent.append((a, b))
print(equivalent == result, trace)
trace.clear()
print([x for x in range(10) if t("even", x % 2 == 0) if t("big", x > 4)], trace)
trace.clear()
print({t(f"k{k}", k): t(f"v{k}", k * k) for k in range(3)}, trace)
trace.clear()
triples = [(a, b, c) for c in range(1, 20) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
print([[i for i in range(j) if i % 2] for j in range(6) if j % 3])
print([y for x in [[1, [2, 3]], [4, [5]]] for y in x[1] if y != x[0]])
print([(i, j, k) for i in "ab" for j in "cd" if j != "d" or i != "a" for k in range(2) if (i, k) != ("b", 1)])
print(sorted({a % b for a in range(10) for b in range(1, a) if a % b}))
primes = [n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
print([w for w in "the cat sat on the mat".split() if w[0] in "tcm" if len(w) == 3 if w != "the"])
