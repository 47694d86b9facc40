print("parsing numbers")
for text in ["10", "2.5", "-7", "1e3"]:
    try:
        print(text, int(text))
    except ValueError:
        print(text, float(text))
def parse(text):
    try:
        return int(text)
    except ValueError:
        return float(text)

def parse_all(items):
    out = []
    for it in items:
        out.append(parse(it))
    return out

print(parse_all(["1", "2.5", "-3"]))
print(parse_all(["4", "five"]))
