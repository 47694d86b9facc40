# Lone surrogates written as escapes in str literals survive compilation.
s = "a\ud800b\U0000dc80\ufffd�\N{EURO SIGN}\x41\
c"
print(ascii(s), len(s))
print("\udc80".encode("utf-8", "surrogateescape"), "\ud83d\ude00".encode("utf-16-le", "surrogatepass"))
print(ascii("x" "\udfff" 'y'), ascii(r"\ud800"), ascii("""\ud800
\udc00"""))
try:
    "\ud800".encode()
except UnicodeEncodeError as e:
    print(e)
for t in ["\ud800", "\udbff\udfff", "\udc80abc\udcff", "pair \ud83d\ude00 joined?"]:
    print(ascii(t), len(t), t.encode("utf-8", "surrogatepass"), t.encode("utf-8", "replace"))
    print(t.encode("utf-8", "surrogatepass").decode("utf-8", "surrogatepass") == t)
print("\udc80\udcff".encode("latin-1", "surrogateescape"), "\udc41".encode("ascii", "backslashreplace"))
print(sorted(["\ud800", "\uffff", "\U00010000", "a"]) == ["a", "\ud800", "\uffff", "\U00010000"])
x = 5
print(ascii(f"a{{\ud800}}{x}\udc80{x:>{3}}\U0000dfff"), ascii(rf"\ud800{x}"), ascii("p\ud801" f"q\udc01{x}"))
print(ascii(f"{x!r:\ud800>4}"))
