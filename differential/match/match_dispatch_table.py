# A small tokenizer and command interpreter driven by match.

def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        match ch:
            case " " | "\t":
                i += 1
                continue
            case "(" | ")" | "+" | "-" | "*" | "/":
                tokens.append(("op", ch))
            case digit if digit.isdigit():
                j = i
                while j < len(text) and text[j].isdigit():
                    j += 1
                tokens.append(("num", int(text[i:j])))
                i = j
                continue
            case other:
                tokens.append(("unknown", other))
        i += 1
    return tokens


print(tokenize("12 + (3*45) - 6 / x"))


def parse_sum(tokens):
    total = 0
    sign = 1
    for tok in tokens:
        match tok:
            case ("num", n):
                total += sign * n
            case ("op", "+"):
                sign = 1
            case ("op", "-"):
                sign = -1
            case ("op", op):
                return f"unsupported op {op}"
            case ("unknown", ch):
                return f"bad char {ch!r}"
    return total


print(parse_sum(tokenize("1 + 2 - 30 + 400")))
print(parse_sum(tokenize("1 * 2")))
print(parse_sum(tokenize("1 + ?")))


def route(path):
    match path.strip("/").split("/"):
        case [""]:
            return "home"
        case ["users"]:
            return "user list"
        case ["users", uid] if uid.isdigit():
            return f"user {int(uid)}"
        case ["users", uid, "posts", *rest]:
            return f"posts of {uid}, extra {rest}"
        case ["static", *file] if file:
            return "file " + "/".join(file)
        case _:
            return "404"


for p in ["/", "/users", "/users/42", "/users/bob", "/users/7/posts", "/users/7/posts/3/x", "/static/", "/static/a/b.css", "/nope"]:
    print(p, "->", route(p))
