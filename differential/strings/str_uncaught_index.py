print("ada lovelace".split(" "), "a  b".split(" "))
def initials(name):
    parts = name.split(" ")
    out = ""
    for p in parts:
        out += p[0].upper()
    return out

def format_people(people):
    lines = []
    for person in people:
        lines.append(initials(person) + ": " + person)
    return lines

def show(people):
    for line in format_people(people):
        print(line)

show(["ada lovelace", "alan turing"])
show(["grace hopper", "double  space"])
