#!/usr/bin/env python3.12
"""Generate molt-runtime/src/text/unicode_tables.rs.

Run with CPython 3.12 (the facts come from the running interpreter):

    PYENV_VERSION=3.12.1 python3.12 tools/gen_unicode_tables.py

Sources of facts: `str` methods on one-character strings, `unicodedata`, and
(for the few properties Python code cannot observe directly: simple one-to-one
case mappings, Cased, Case_Ignorable) the interpreter's own exported
`_PyUnicode_*` helpers through ctypes.  Everything derived is cross-checked
against behaviour that *is* observable from Python before the file is written.

Table formats (see unicode.rs for the lookups):

* Boolean property: (possibly stored XOR a cheaper-to-compute base property,
  see the doc line of each table) flat sorted `&[u32]` of toggle points
  `[start0, end0 + 1, start1, end1 + 1, ...]`; `c` has the property iff the
  number of entries `<= c` is odd.
* One-to-one mapping: `&[(u32, u32, i32)]` runs `(start, info, delta)` where
  `info = count << 1 | (stride == 2)`; the run covers `start + k * stride` for
  `k < count`, each mapping to `c + delta`.
* Expanding mapping: `&[(u32, [u32; 3])]`, sorted, zero-padded.
"""
import ctypes
import os
import sys
import unicodedata

MAX = 0x110000
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                   "molt-runtime", "src", "text", "unicode_tables.rs")

assert sys.version_info[:2] == (3, 12), "run with python3.12"

api = ctypes.pythonapi


def cfunc(name, restype):
    f = getattr(api, name)
    f.restype = restype
    f.argtypes = [ctypes.c_uint32]
    return f


c_upper = cfunc("_PyUnicode_ToUppercase", ctypes.c_uint32)
c_lower = cfunc("_PyUnicode_ToLowercase", ctypes.c_uint32)
c_title = cfunc("_PyUnicode_ToTitlecase", ctypes.c_uint32)
c_cased = cfunc("_PyUnicode_IsCased", ctypes.c_int)
c_ignorable = cfunc("_PyUnicode_IsCaseIgnorable", ctypes.c_int)

chars = [chr(c) for c in range(MAX)]


def prop(pred):
    return [bool(pred(c, ch)) for c, ch in enumerate(chars)]


LETTER_CATS = {"Lm", "Lt", "Lu", "Ll", "Lo"}
cat = [unicodedata.category(ch) for ch in chars]

alpha = prop(lambda c, ch: ch.isalpha())
assert alpha == [k in LETTER_CATS for k in cat]
decimal = prop(lambda c, ch: ch.isdecimal())
digit = prop(lambda c, ch: ch.isdigit())
numeric = prop(lambda c, ch: ch.isnumeric())
space = prop(lambda c, ch: ch.isspace())
printable = prop(lambda c, ch: ch.isprintable())
upper = prop(lambda c, ch: ch.isupper())
lower = prop(lambda c, ch: ch.islower())
title = [k == "Lt" for k in cat]
assert [ch.istitle() for ch in chars] == [t or u for t, u in zip(title, upper)]
cased = prop(lambda c, ch: c_cased(c))
ignorable = prop(lambda c, ch: c_ignorable(c))
id_start = prop(lambda c, ch: ch.isidentifier())
id_continue = prop(lambda c, ch: ("a" + ch).isidentifier())
alnum = prop(lambda c, ch: ch.isalnum())
assert alnum == [a or b or d or n for a, b, d, n in zip(alpha, decimal, digit, numeric)]

# Cross-check Cased / Case_Ignorable against the observable final-sigma rule.
assert cased == [u or lo or t for u, lo, t in zip(upper, lower, title)]
for c, ch in enumerate(chars):
    if cased[c]:
        got = ("A\u03a3" + ch + "1").lower()[1] == "\u03c2"
    else:
        got = ("A" + ch + "\u03a3").lower()[-1] == "\u03c2"
    assert got == ignorable[c], hex(c)

# Decimal digits: contiguous blocks of ten, values 0..9.
zeros = []
c = 0
while c < MAX:
    if decimal[c]:
        assert all(decimal[c + k] and unicodedata.decimal(chars[c + k]) == k
                   for k in range(10)), hex(c)
        assert c + 10 >= MAX or not decimal[c + 10] or unicodedata.decimal(chars[c + 10]) == 0
        zeros.append(c)
        c += 10
    else:
        c += 1

# Case mappings.
s_upper = [c_upper(c) for c in range(MAX)]
s_lower = [c_lower(c) for c in range(MAX)]
s_title = [c_title(c) for c in range(MAX)]
import _sre
assert s_lower == [_sre.unicode_tolower(c) for c in range(MAX)]
f_upper = [[ord(x) for x in ch.upper()] for ch in chars]
f_lower = [[ord(x) for x in ch.lower()] for ch in chars]
f_title = [[ord(x) for x in ch.title()] for ch in chars]
f_fold = [[ord(x) for x in ch.casefold()] for ch in chars]
assert max(len(v) for m in (f_upper, f_lower, f_title, f_fold) for v in m) <= 3


def runs_of(mapping, base):
    """Runs for code points where mapping[c] != base[c]."""
    pts = [c for c in range(MAX) if mapping[c] != base[c]]
    runs = []
    for c in pts:
        d = mapping[c] - c
        if runs:
            start, count, stride, delta = runs[-1]
            last = start + (count - 1) * stride
            if delta == d:
                if count == 1 and c - last in (1, 2):
                    runs[-1] = [start, 2, c - last, delta]
                    continue
                if c - last == stride:
                    runs[-1][1] += 1
                    continue
        runs.append([c, 1, 1, d])
    # self-check
    table = {}
    for start, count, stride, delta in runs:
        for k in range(count):
            table[start + k * stride] = start + k * stride + delta
    for c in range(MAX):
        assert table.get(c, base[c]) == mapping[c]
    return runs


identity = list(range(MAX))
upper_runs = runs_of(s_upper, identity)
lower_runs = runs_of(s_lower, identity)
title_runs = runs_of(s_title, s_upper)  # title stored as exceptions to upper


def special(full, simple):
    out = []
    for c in range(MAX):
        if full[c] != [simple[c]]:
            assert len(full[c]) > 1, hex(c)
            out.append((c, full[c]))
    return out


upper_special = special(f_upper, s_upper)
lower_special = special(f_lower, s_lower)
title_special = special(f_title, s_title)

# casefold: exceptions relative to full lower.
fold_single = list(range(MAX))
fold_special = []
lower_full_single = [v[0] if len(v) == 1 else None for v in f_lower]
fold_base = [lower_full_single[c] if lower_full_single[c] is not None else -1
             for c in range(MAX)]
fold_target = []
for c in range(MAX):
    if f_fold[c] == f_lower[c]:
        fold_target.append(fold_base[c])
    elif len(f_fold[c]) == 1:
        fold_target.append(f_fold[c][0])
    else:
        fold_target.append(fold_base[c])
        fold_special.append((c, f_fold[c]))
fold_runs = runs_of(fold_target, fold_base)


has_lower_map = [f_lower[c] != [c] for c in range(MAX)]
has_upper_map = [f_upper[c] != [c] for c in range(MAX)]
upper_x = [a != b for a, b in zip(upper, has_lower_map)]
lower_x = [a != b for a, b in zip(lower, has_upper_map)]
id_start_x = [a != b for a, b in zip(id_start, alpha)]
id_continue_x = [a != (b or d or g) for a, b, d, g in zip(id_continue, id_start, decimal, ignorable)]


def toggles(bits):
    out = []
    prev = False
    for c in range(MAX):
        if bits[c] != prev:
            out.append(c)
            prev = bits[c]
    if prev:
        out.append(MAX)
    return out


def fmt_u32_list(name, values, doc):
    lines = [f"/// {doc}", f"pub(super) static {name}: &[u32] = &["]
    row = []
    for v in values:
        row.append(f"0x{v:X},")
        if len(row) == 10:
            lines.append("    " + " ".join(row))
            row = []
    if row:
        lines.append("    " + " ".join(row))
    lines.append("];")
    return "\n".join(lines)


def fmt_runs(name, runs, doc):
    lines = [f"/// {doc}", f"pub(super) static {name}: &[(u32, u32, i32)] = &["]
    row = []
    for start, count, stride, delta in runs:
        info = count << 1 | (1 if stride == 2 else 0)
        row.append(f"(0x{start:X}, {info}, {delta}),")
        if len(row) == 5:
            lines.append("    " + " ".join(row))
            row = []
    if row:
        lines.append("    " + " ".join(row))
    lines.append("];")
    return "\n".join(lines)


def fmt_special(name, entries, doc):
    lines = [f"/// {doc}", f"pub(super) static {name}: &[(u32, [u32; 3])] = &["]
    row = []
    for c, vals in entries:
        vals = list(vals) + [0] * (3 - len(vals))
        row.append(f"(0x{c:X}, [{', '.join(f'0x{v:X}' for v in vals)}]),")
        if len(row) == 3:
            lines.append("    " + " ".join(row))
            row = []
    if row:
        lines.append("    " + " ".join(row))
    lines.append("];")
    return "\n".join(lines)


header = "\n".join([
    "// @generated by tools/gen_unicode_tables.py from CPython "
    f"{sys.version.split()[0]} (Unicode {unicodedata.unidata_version}). Do not edit.",
    "//",
    "// Boolean tables are sorted toggle points: a code point has the property iff",
    "// an odd number of entries are <= it.  Run tables are (start, count << 1 |",
    "// stride_is_2, delta).  Special tables are sorted (code point, zero-padded",
    "// expansion).",
])
parts = [
    header,
    f"pub(super) const UNICODE_VERSION: &str = \"{unicodedata.unidata_version}\";",
    fmt_u32_list("ALPHA", toggles(alpha), "`str.isalpha` (categories Lm Lt Lu Ll Lo)."),
    fmt_u32_list("DECIMAL_ZEROS", zeros, "Code points of digit zero of every decimal block of ten (`str.isdecimal`)."),
    fmt_u32_list("DIGIT", toggles(digit), "`str.isdigit`."),
    fmt_u32_list("NUMERIC", toggles(numeric), "`str.isnumeric`."),
    fmt_u32_list("SPACE", toggles(space), "`str.isspace` (bidi WS/B/S or category Zs)."),
    fmt_u32_list("PRINTABLE", toggles(printable), "`str.isprintable`."),
    fmt_u32_list("UPPER_XOR", toggles(upper_x), "`str.isupper` on one code point (Uppercase), XOR \"has a full lowercase mapping\"."),
    fmt_u32_list("LOWER_XOR", toggles(lower_x), "`str.islower` on one code point (Lowercase), XOR \"has a full uppercase mapping\"."),
    fmt_u32_list("TITLE", toggles(title), "Category Lt."),
    fmt_u32_list("CASE_IGNORABLE", toggles(ignorable), "Case_Ignorable."),
    fmt_u32_list("ID_START_XOR", toggles(id_start_x), "XID_Start plus `_`, XOR `str.isalpha`."),
    fmt_u32_list("ID_CONTINUE_XOR", toggles(id_continue_x), "XID_Continue, XOR (ID_START | decimal | Case_Ignorable)."),
    fmt_runs("UPPER_RUNS", upper_runs, "Simple uppercase mapping."),
    fmt_runs("LOWER_RUNS", lower_runs, "Simple lowercase mapping."),
    fmt_runs("TITLE_RUNS", title_runs, "Simple titlecase mapping, where it differs from the simple uppercase mapping."),
    fmt_runs("FOLD_RUNS", fold_runs, "One-to-one case folding, where it differs from the full lowercase mapping."),
    fmt_special("UPPER_SPECIAL", upper_special, "Full uppercase mappings that expand."),
    fmt_special("LOWER_SPECIAL", lower_special, "Full lowercase mappings that expand (final sigma is handled in code)."),
    fmt_special("TITLE_SPECIAL", title_special, "Full titlecase mappings that expand."),
    fmt_special("FOLD_SPECIAL", fold_special, "Full case foldings that expand."),
]
text = "\n\n".join(parts) + "\n"

if len(sys.argv) == 3 and sys.argv[1] == "--check":
    # Compare a dump written by the Rust test `text::unicode::tests::exhaustive_dump`.
    def hx(v):
        return ".".join(f"{x:X}" for x in v)

    bad = 0
    with open(sys.argv[2]) as f:
        for c, line in enumerate(f):
            bits = [alpha[c], decimal[c], digit[c], numeric[c], alnum[c], space[c],
                    printable[c], upper[c], lower[c], title[c], cased[c], ignorable[c],
                    id_start[c], id_continue[c]]
            dec = unicodedata.decimal(chars[c], -1) if decimal[c] else -1
            want = (f"{c:X} {''.join('1' if b else '0' for b in bits)} {hx(f_upper[c])} "
                    f"{hx(f_lower[c])} {hx(f_title[c])} {hx(f_fold[c])} {s_upper[c]:X} "
                    f"{s_lower[c]:X} {s_title[c]:X} {dec}")
            if line.rstrip("\n") != want:
                bad += 1
                if bad < 20:
                    print("mismatch:", line.rstrip(), "want", want)
    assert c == MAX - 1, c
    print("check:", "OK" if not bad else f"{bad} mismatches")
    sys.exit(1 if bad else 0)

with open(OUT, "w") as f:
    f.write(text)
print(f"wrote {OUT}: {len(text)} bytes")
