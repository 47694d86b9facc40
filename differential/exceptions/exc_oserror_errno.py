# OSError: errno-driven subclass choice, attributes, args trimming and str().
for errno in [1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 108, 110, 111, 114, 115, 0, 5, 999, -2]:
    e = OSError(errno, "message")
    print(errno, type(e).__name__, e.errno, e.strerror, str(e))

print(type(OSError(True, "x")).__name__, type(OSError("2", "x")).__name__)
print(type(OSError(2)).__name__, type(OSError(2, "x", "f", None, "g", 6)).__name__)
print(type(FileNotFoundError(13, "x")).__name__, type(ConnectionError(2, "x")).__name__)

cases = [
    (),
    ("just a message",),
    (2,),
    (2, "No such file or directory"),
    (2, "No such file or directory", "data.txt"),
    (2, "No such file or directory", "data.txt", None),
    (2, "No such file or directory", "a.txt", None, "b.txt"),
    (2, "No such file or directory", None, None, "b.txt"),
    (13, "Permission denied", 42),
    (None, "odd"),
    (None, None),
    ("a", "b", "c"),
    (1, 2, 3, 4, 5, 6),
]
for args in cases:
    e = OSError(*args)
    print(type(e).__name__, e.args, repr(e))
    print("   ", repr(str(e)), e.errno, e.strerror, e.filename, e.filename2)

b = BlockingIOError(11, "busy", 5)
print(b.args, b.characters_written, b.filename, str(b))
b = OSError(11, "busy", 7)
print(type(b).__name__, b.args, b.characters_written)
try:
    print(BlockingIOError(11, "busy").characters_written)
except AttributeError as e:
    print("AttributeError", e)
try:
    BlockingIOError(11, "busy", 2.5)
except TypeError as e:
    print("TypeError", e)
print(BlockingIOError(11, "busy", "name.txt").filename)

try:
    OSError(2, "x", filename="f")
except TypeError as e:
    print(e)
try:
    FileNotFoundError(filename="f")
except TypeError as e:
    print(e)

def open_config(path):
    raise OSError(2, "No such file or directory", path)

try:
    open_config("settings.ini")
except FileNotFoundError as e:
    print("caught", type(e).__name__, e.errno, e.filename, e)
except OSError:
    print("wrong handler")

def retry(op):
    for attempt in range(3):
        try:
            return op(attempt)
        except (BlockingIOError, InterruptedError) as e:
            print("retrying after", type(e).__name__, e)
    return "gave up"

def flaky(n):
    if n < 2:
        raise OSError([11, 4][n], "try again")
    return "ok on attempt " + str(n)

print(retry(flaky))
