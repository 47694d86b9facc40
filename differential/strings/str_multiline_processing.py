doc = """# Header
Some intro text here.

## Section one
- item alpha
- item beta

## Section two
Paragraph with   extra   spaces.
- item gamma
"""
lines = doc.splitlines()
print(len(lines), len(doc))
sections = {}
current = "preamble"
for line in lines:
    if line.startswith("## "):
        current = line[3:].strip()
        sections[current] = []
    elif line.startswith("# "):
        sections["title"] = [line[2:]]
        current = "title"
    elif line.startswith("- "):
        if current not in sections:
            sections[current] = []
        sections[current].append(line[2:])
print(sections)
words = 0
for line in lines:
    words += len(line.split())
print("words", words)
blank = 0
for line in lines:
    if not line.strip():
        blank += 1
print("blank", blank)
print(doc.count("\n"), doc.count("item"), doc.find("Section"), doc.rfind("Section"))
numbered = ""
for i, line in enumerate(lines):
    numbered += str(i + 1).rjust(3) + " | " + line + "\n"
print(numbered, end="")
print(repr(doc[:20]))
print(" ".join(lines[8].split()))
