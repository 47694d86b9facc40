def indent(text, n=2, ch=" "):
    out = []
    for line in text.split("\n"):
        out.append(ch * n + line if line else line)
    return "\n".join(out)

def wrap(text, width):
    lines = []
    cur = ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cur + " " + w if cur else w
    if cur:
        lines.append(cur)
    return lines

def tag(name, content, attrs=None):
    a = ""
    if attrs:
        for k in sorted(attrs):
            a += " " + k + '="' + str(attrs[k]) + '"'
    return "<" + name + a + ">" + content + "</" + name + ">"

def to_snake(name):
    out = ""
    for i, ch in enumerate(name):
        if ch.isupper():
            if i > 0:
                out += "_"
            out += ch.lower()
        else:
            out += ch
    return out

def to_camel(name):
    parts = name.split("_")
    out = parts[0]
    for p in parts[1:]:
        out += p.capitalize()
    return out

print(indent("a\nb\n\nc"))
print(indent("x\ny", 4, "-"))
text = "The quick brown fox jumps over the lazy dog and keeps running far away"
for w in [10, 20, 80]:
    print(w, wrap(text, w))
print(tag("p", "hi"), tag("a", "link", {"href": "/x", "class": "btn"}), tag("div", tag("span", "in")))
for n in ["camelCase", "HTTPServer", "simple", "getHTTPResponseCode"]:
    print(n, to_snake(n), to_camel(to_snake(n)))
