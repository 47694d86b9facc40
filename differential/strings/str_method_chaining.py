raw = "   Hello, World! Hello, Python!   "
print(raw.strip().lower().replace("hello", "bye").split(", "))
print(raw.strip().upper().center(40, "*"))
print("-".join(raw.split()).lower().title())
print(raw.strip().split("!")[0].partition(",")[2].strip())
print(" ".join(raw.split()).replace("Hello", "Hi", 1).count("Hi"))
print(raw.lstrip().rstrip("! ").rjust(30, ".").zfill(35))
s = "a,b;c d"
print(s.replace(";", ",").replace(" ", ",").split(","))
print("".join(reversed("abc".upper())).lower())
print("x".join("abc").upper().split("X"))
print("Title Case Words".lower().title().upper())
email = "  John.Doe@Example.COM "
user, at, domain = email.strip().lower().partition("@")
print(user, domain, user.replace(".", " ").title())
print("data.csv".rsplit(".", 1)[0].upper() + ".CSV")
n = "1,234,567"
print(int(n.replace(",", "")) * 2)
print(str(12345)[::-1].zfill(8).replace("0", "_"))
print("  x  ".strip().center(5, "*").replace("*", "-").upper())
