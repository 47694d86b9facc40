def parse_color(s):
    s = s.strip().lstrip("#")
    if len(s) == 3:
        s = s[0] * 2 + s[1] * 2 + s[2] * 2
    if len(s) != 6:
        raise ValueError("bad color length: " + repr(s))
    return (int(s[0:2], 16), int(s[2:4], 16), int(s[4:6], 16))

def to_hex(rgb):
    out = "#"
    for c in rgb:
        c = max(0, min(255, c))
        out += hex(c)[2:].zfill(2)
    return out

def blend(a, b, t):
    out = []
    for x, y in zip(a, b):
        out.append(round(x + (y - x) * t))
    return tuple(out)

for s in ["#ff0000", "00FF00", "#00f", " #123456 ", "#abc", "#fff"]:
    rgb = parse_color(s)
    print(repr(s), rgb, to_hex(rgb))
for bad in ["#12345", "#gg0000", "", "#1234567"]:
    try:
        print(parse_color(bad))
    except ValueError as e:
        print("ValueError", e)
red = parse_color("#ff0000")
blue = parse_color("#0000ff")
for i in range(5):
    t = i / 4
    print(t, to_hex(blend(red, blue, t)))
print(to_hex((300, -20, 128)))
def luminance(rgb):
    r, g, b = rgb
    return round(0.2126 * r + 0.7152 * g + 0.0722 * b, 3)
print(luminance(red), luminance((255, 255, 255)), luminance((0, 0, 0)))
