def diamond(n):
    lines = []
    for i in range(n):
        lines.append(" " * (n - i - 1) + "*" * (2 * i + 1))
    for i in range(n - 2, -1, -1):
        lines.append(" " * (n - i - 1) + "*" * (2 * i + 1))
    return "\n".join(lines)

print(diamond(4))
print(diamond(1))
def box(words):
    width = 0
    for w in words:
        if len(w) > width:
            width = len(w)
    out = ["+" + "-" * (width + 2) + "+"]
    for w in words:
        out.append("| " + w.ljust(width) + " |")
    out.append(out[0])
    return "\n".join(out)
print(box(["short", "a much longer line", "mid"]))
print(box([""]))
def checker(n):
    rows = []
    for r in range(n):
        row = ""
        for c in range(n):
            row += "#" if (r + c) % 2 == 0 else "."
        rows.append(row)
    return rows
for row in checker(5):
    print(row)
s = ""
for i in range(1, 6):
    s += str(i) * i + "\n"
print(s, end="")
print("=" * 10 + ">" + "<" + "=" * 10)
