# Round trips over pseudo-random text and bytes (a fixed linear congruential generator).
state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


def random_text(length):
    out = []
    for _ in range(length):
        kind = rand(5)
        if kind == 0:
            out.append(chr(rand(128)))
        elif kind == 1:
            out.append(chr(128 + rand(1920)))
        elif kind == 2:
            out.append(chr(2048 + rand(0xD800 - 2048)))
        elif kind == 3:
            out.append(chr(0xE000 + rand(0x2000)))
        else:
            out.append(chr(0x10000 + rand(0x100000)))
    return "".join(out)


ok = 0
total_bytes = 0
for i in range(200):
    t = random_text(rand(20))
    b = t.encode("utf-8")
    total_bytes += len(b)
    if b.decode("utf-8") == t and len(b.decode("utf-8")) == len(t):
        ok += 1
print(ok, total_bytes)
errors = {}
decoded_len = 0
for i in range(300):
    raw = bytes(rand(256) for _ in range(rand(12)))
    try:
        decoded_len += len(raw.decode("utf-8"))
    except UnicodeDecodeError as e:
        errors[e.reason] = errors.get(e.reason, 0) + 1
    r = raw.decode("utf-8", "replace")
    s = raw.decode("utf-8", "surrogateescape")
    assert s.encode("utf-8", "surrogateescape") == raw
    decoded_len += len(r) + len(s)
    ig = raw.decode("utf-8", "ignore")
    decoded_len += len(ig.encode())
print(sorted(errors.items()), decoded_len)
samples = [bytes(rand(256) for _ in range(6)) for _ in range(8)]
for raw in samples:
    print(raw, ascii(raw.decode("utf-8", "replace")), raw.decode("utf-8", "backslashreplace"))
    print(" ", ascii(raw.decode("latin-1")), raw.decode("ascii", "ignore"), raw.hex(":"))
