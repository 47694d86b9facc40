samples = [("a,b,c", ","), ("a,,b,", ","), (",", ","), ("", ","), ("abc", ","), ("a--b--c", "--"), ("a---b", "--"), ("xyxyx", "xy"), ("中,文,😀", ","), ("a b  c", " ")]
for s, sep in samples:
    print(repr(s), repr(sep), s.split(sep))
print("a,b,c,d".split(",", 1), "a,b,c,d".split(",", 2), "a,b,c,d".split(",", 0), "a,b,c,d".split(",", -1), "a,b,c,d".split(",", 10))
print("k=v=w".split("=", 1))
print("a,b,c".split(sep=","), "a,b,c".split(",", maxsplit=1))
try:
    print("abc".split(""))
except ValueError as e:
    print("ValueError", e)
try:
    print("abc".split(1))
except TypeError as e:
    print("TypeError", e)
try:
    print("abc".split(",", "1"))
except TypeError as e:
    print("TypeError", e)
csv = "name,age,city\nann,30,paris\nbob,25,rome"
rows = []
for line in csv.split("\n"):
    rows.append(line.split(","))
print(rows)
header = rows[0]
for r in rows[1:]:
    rec = {}
    for i in range(len(header)):
        rec[header[i]] = r[i]
    print(rec)
path = "/usr/local/bin/python"
print(path.split("/"), path.split("/")[-1])
print("1.2.3".split("."), "1..3".split("."))
