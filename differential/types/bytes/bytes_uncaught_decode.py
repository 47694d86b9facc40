# An uncaught UnicodeDecodeError prints CPython's traceback and message.
def parse(data):
    return data.decode("utf-8")


print(parse(b"ok"))
print(parse(b"bad \xc3\x28 byte"))
