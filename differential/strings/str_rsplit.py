print("a,b,c,d".rsplit(","))
print("a,b,c,d".rsplit(",", 1))
print("a,b,c,d".rsplit(",", 2))
print("a,b,c,d".rsplit(",", 0))
print("a,b,c,d".rsplit(",", -1))
print(",a,".rsplit(","))
print("".rsplit(","), "".rsplit())
print("aaa".rsplit("aa"), "aaa".split("aa"))
print("aaaa".rsplit("aa", 1), "aaaaa".rsplit("aa"))
print("path/to/file.tar.gz".rsplit(".", 1))
print("path/to/file.tar.gz".rsplit("/", 1)[-1])
print("  a  b  c  ".rsplit(None, 1))
print("  a  b  c  ".rsplit(maxsplit=2))
print("x😀y😀z".rsplit("😀", 1))
try:
    print("abc".rsplit(""))
except ValueError as e:
    print("ValueError", e)
try:
    print("abc".rsplit(None, "x"))
except TypeError as e:
    print("TypeError", e)
def ext(name):
    parts = name.rsplit(".", 1)
    if len(parts) == 1:
        return ""
    return parts[1]
for n in ["a.py", "archive.tar.gz", "README", ".hidden", "trailing."]:
    print(repr(n), repr(ext(n)))
