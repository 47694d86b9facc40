s = "banana split"
print(s.index("a"), s.index("a", 2), s.index("an", 2), s.index("split"), s.index(""))
print(s.index("n", -8), s.index("l", -4))
for sub in ["x", "Banana", "split!", "aa"]:
    try:
        print(s.index(sub))
    except ValueError as e:
        print("ValueError", e)
try:
    print(s.index("b", 1))
except ValueError as e:
    print("ValueError", e)
try:
    print(s.index("a", 2, 3))
except ValueError as e:
    print("ValueError", e)
try:
    print("".index("a"))
except ValueError as e:
    print("ValueError", e)
try:
    print(s.index(None))
except TypeError as e:
    print("TypeError", e)
def safe_index(text, sub):
    try:
        return text.index(sub)
    except ValueError:
        return -1
for sub in ["ana", "nan", "q", "t"]:
    print(sub, safe_index(s, sub), s.find(sub))
positions = []
start = 0
while True:
    try:
        i = s.index("a", start)
    except ValueError:
        break
    positions.append(i)
    start = i + 1
print(positions)
