print("ab".ljust(5) + "|", "ab".ljust(1) + "|")
def format_row(label, value, width):
    return label.ljust(width) + str(value)

def render(rows):
    out = []
    for r in rows:
        out.append(format_row(r[0], r[1], 10))
    return out

def render_bad(rows):
    out = []
    for r in rows:
        out.append(format_row(r[0], r[1]))
    return out

for line in render([("alpha", 1), ("beta", 2.5)]):
    print(line)
for line in render_bad([("gamma", 3)]):
    print(line)
