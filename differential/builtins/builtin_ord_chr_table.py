for code in [32, 48, 65, 90, 97, 122, 126, 161, 223, 233, 255, 256, 1000, 8364, 20013, 65533, 128512, 1114111]:
    c = chr(code)
    print(code, repr(c), ord(c) == code, c.isalpha(), c.isdigit(), c.isspace())
row = ""
for code in range(0x41, 0x5B):
    row += chr(code)
print(row, row.lower())
digits = ""
for code in range(ord("0"), ord("9") + 1):
    digits += chr(code)
print(digits, int(digits))
greek = ""
for code in range(0x3B1, 0x3C1):
    greek += chr(code)
print(greek, greek.upper(), len(greek))
print(ord("a") - ord("A"), chr(ord("a") + 25), chr(ord("Z") - 25))
def rot(s, k):
    out = ""
    for ch in s:
        if "a" <= ch <= "z":
            out += chr((ord(ch) - 97 + k) % 26 + 97)
        else:
            out += ch
    return out
print(rot("hello, world", 13), rot(rot("abc xyz", 5), 21))
try:
    ord("")
except TypeError as e:
    print("TypeError", e)
try:
    chr(1114112)
except ValueError as e:
    print("ValueError", e)
try:
    chr(-5)
except ValueError as e:
    print("ValueError", e)
