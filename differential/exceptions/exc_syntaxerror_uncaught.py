# An uncaught SyntaxError with a location prints the file, line and text
# above the message, like the compiler's own syntax errors.
def parse_expr(text):
    pos = text.find("$")
    if pos >= 0:
        raise SyntaxError("invalid character '$'", ("config.txt", 3, pos + 1, text, 3, pos + 2))
    return text


print(parse_expr("a + b"))
try:
    parse_expr("x = $y")
except SyntaxError as e:
    print(e, "|", e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)

parse_expr("    total = price * $rate\n")
