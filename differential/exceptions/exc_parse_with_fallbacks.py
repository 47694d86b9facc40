def parse_number(s):
    s = s.strip()
    try:
        return int(s)
    except ValueError:
        pass
    try:
        return int(s, 0)
    except ValueError:
        pass
    try:
        return float(s)
    except ValueError:
        pass
    if s.endswith("%"):
        try:
            return float(s[:-1]) / 100
        except ValueError:
            pass
    return None

inputs = ["42", " -7 ", "0x1f", "0b101", "0o17", "3.14", "1e-3", "50%", "12.5%", "abc", "", "1_000", "inf", "%", "0x", "--1", "007"]
for s in inputs:
    print(repr(s), repr(parse_number(s)))
def parse_kv(text):
    out = {}
    errors = []
    for part in text.split(";"):
        if not part.strip():
            continue
        try:
            k, v = part.split("=")
            out[k.strip()] = parse_number(v)
        except ValueError as e:
            errors.append((part, str(e)))
    return out, errors
print(parse_kv("a=1; b = 2.5 ;c=0x10;bad;d=e=f;;z=50%"))
