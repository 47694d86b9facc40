# An exception raised inside a generator expression escapes through the
# consumer; the traceback shows the genexpr frame.

def parse_all(texts):
    return list(int(t) for t in texts)


def total(texts):
    return sum(parse_all(texts))


print(total(["1", "2", "3"]))
try:
    total(["4", "x"])
except ValueError as e:
    print("caught", e)
print(total(["10", "2", "ten"]))
