print("tab:\tend")
print("newline:\nsecond line")
print("backslash: \\ quote: \" apostrophe: \'")
print('single "double" inside')
print("double 'single' inside")
print("hex escape \x41\x42\x43")
print("octal escape \101\102\060")
print("unicode escape \u00e9 \u4e2d \U0001F600")
print("named-free bell repr", repr("\a\b\f\v\r"))
print(repr("\x00\x01\x7f"))
print(repr("a\tb\nc\\d"))
print(len("\n"), len("\\n"), len("\x41"), len("\U0001F600"))
print(r"raw \n stays", len(r"\n"))
print(r"C:\path\to\file")
print("""triple
quoted "string" with 'quotes'""")
print('''another
  indented line''')
print("adjacent" " literals" ' join')
print("line \
continuation")
s = "multi\
ple"
print(s, len(s))
print(repr(""), repr(''), repr(" "))
print("\u0041\u0042" == "AB", "\x41" == "A")
print(repr('it\'s'), repr("say \"hi\""), repr('both \' and "'))
print("\u00e9", "\u00C9")
