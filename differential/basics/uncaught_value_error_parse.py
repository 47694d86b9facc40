print(int(" 42 "), "1, 2".split(","))
def parse_field(text):
    return int(text.strip())

def parse_row(line):
    fields = line.split(",")
    out = []
    for f in fields:
        out.append(parse_field(f))
    return out

def parse_table(lines):
    rows = []
    for line in lines:
        rows.append(parse_row(line))
        print("parsed", rows[-1])
    return rows

data = ["1, 2, 3", "4,5,6", " 7 , 8 , nine ", "10,11,12"]
parse_table(data)
