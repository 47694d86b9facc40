for ch in ["a", "z", "A", "Z", "0", "9", " ", "\n", "~", "\x00", "é", "ÿ", "Ā", "中", "￿", "😀", "𝔘", "\U0010FFFF"]:
    print(repr(ch), ord(ch), hex(ord(ch)))
print(chr(65), chr(97), chr(48), chr(0x263A), chr(0x1F40D), repr(chr(0)), repr(chr(127)), repr(chr(0x10FFFF)))
alphabet = ""
for c in range(ord("a"), ord("z") + 1):
    alphabet += chr(c)
print(alphabet, len(alphabet))
print("".join(list(reversed(alphabet))).upper())
for bad in [-1, 0x110000, 2 ** 40]:
    try:
        print(chr(bad))
    except ValueError as e:
        print("ValueError", e)
    except OverflowError as e:
        print("OverflowError", e)
try:
    print(ord("ab"))
except TypeError as e:
    print("TypeError", e)
try:
    print(ord(""))
except TypeError as e:
    print("TypeError", e)
try:
    print(ord(65))
except TypeError as e:
    print("TypeError", e)
try:
    print(chr("a"))
except TypeError as e:
    print("TypeError", e)
try:
    print(chr(65.0))
except TypeError as e:
    print("TypeError", e)
print(chr(True + 64), ord(chr(1000)) == 1000)
total = 0
for ch in "checksum":
    total = (total * 31 + ord(ch)) % 1000003
print(total)
