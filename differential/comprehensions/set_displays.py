# Set displays and set comprehensions, with starred items and errors.
print({3, 1, 2}, {*"abc", 1} == {"a", "b", "c", 1}, {x % 4 for x in range(10)})
print(set(), {(1, 2), (1, 2)}, {n for n in []})
try:
    print({[1]})
except TypeError as e:
    print(e)
try:
    print({x for x in [[1]]})
except TypeError as e:
    print(e)
print(sorted({w.lower() for w in "A b B a c".split()}))
print({*range(3), *[2, 3]})
