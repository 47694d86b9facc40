# Literal and value patterns: equality semantics, singletons by identity.

def kind(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "text":
            return "the text"
        case None:
            return "None"
        case False:
            return "False"
        case True:
            return "True"
        case _:
            return "something else"


for v in [0, 0.0, False, -1, 1.5, "text", None, True, 1, 2, "Text", [], -0.0]:
    print(repr(v), "->", kind(v))

HTTP_OK = 200


def status(code):
    limits = {"low": 100}
    match code:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302:
            return "redirect"
        case 404:
            return "not found"
        case x if x >= 500:
            return f"server error {x}"
        case _:
            return "unknown"


for c in [200, 204, 302, 404, 500, 503, 418]:
    print(c, status(c))
