# Inline-int fast paths for *, // and % near the 2**47 boundary, every sign.
vals = [0, 1, -1, 7, -7, 3, -3, 2**46, -2**46, 2**47 - 1, -2**47, 10**6, -10**6, 123456789]
for a in vals:
    for b in vals:
        out = [a * b]
        if b:
            out += [a // b, a % b]
        print(a, b, out)
