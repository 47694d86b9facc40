s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith(""), s.startswith(s), s.startswith(s + "x"))
print(s.endswith(".gz"), s.endswith(".tar"), s.endswith(""), s.endswith("gz"))
print(s.startswith(("a", "f")), s.startswith(("x", "y")), s.endswith((".zip", ".gz")), s.endswith(()))
print(s.startswith("name", 4), s.startswith("name", 4, 7), s.startswith("name", 4, 8))
print(s.endswith("tar", 0, 12), s.endswith("tar", 0, 11), s.endswith("file", -100, 4))
print(s.startswith("gz", -2), s.endswith("file", 0, -11))
print("".startswith(""), "".endswith("a"), "a".startswith(("", "b")))
print("中文字".startswith("中"), "a😀".endswith("😀"))
try:
    print(s.startswith(["file"]))
except TypeError as e:
    print("TypeError", e)
try:
    print(s.endswith(1))
except TypeError as e:
    print("TypeError", e)
try:
    print(s.startswith(("a", 1)))
except TypeError as e:
    print("TypeError", e)
files = ["main.py", "README.md", "test_main.py", "setup.cfg", "notes.txt", "test_util.py"]
for f in files:
    kind = "other"
    if f.startswith("test_") and f.endswith(".py"):
        kind = "test"
    elif f.endswith((".py", ".cfg")):
        kind = "code"
    elif f.endswith((".md", ".txt")):
        kind = "doc"
    print(f, kind)
