# Deeply nested containers: repr raises RecursionError, freeing them never overflows the stack.
a = []
for i in range(100000):
    a = [a]
try:
    s = repr(a)
    print(len(s))
except RecursionError as e:
    print("RecursionError", e)
b = {}
for i in range(100000):
    b = {"k": b}
try:
    print(len(str(b)))
except RecursionError as e:
    print("RecursionError", e)
try:
    print(a == a)
except RecursionError as e:
    print("RecursionError", e)
