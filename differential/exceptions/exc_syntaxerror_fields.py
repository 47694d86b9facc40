# SyntaxError and its subclasses: fields, str() and the location tuple checks.
def show(e):
    print(type(e).__name__, repr(str(e)), e.msg, e.filename, e.lineno, e.offset, repr(e.text),
          e.end_lineno, e.end_offset, e.print_file_and_line, e.args)


show(SyntaxError())
show(SyntaxError("only a message"))
show(SyntaxError(42))
show(SyntaxError("msg", ("dir/sub/file.py", 7, 3, "bad line\n")))
show(SyntaxError("msg", ["file.py", 7, 3, "text", 7, 9]))
show(SyntaxError("msg", (None, 7, 3, "t")))
show(SyntaxError("msg", ("f.py", None, None, None)))
show(SyntaxError("msg", ("f.py", "seven", 1, "t")))
show(SyntaxError("msg", ("f.py", True, 1, "t")))
show(SyntaxError("msg", ("a", 1, 2, "t"), "extra"))
show(IndentationError("expected an indented block", ("m.py", 2, 5, "x\n")))
show(TabError("inconsistent use of tabs", ("m.py", 4, 1, "\tx\n")))
for args in [("m", ("f", 1)), ("m", ("f", 1, 2, "t", 3, 4, 5)), ("m", 5), ("m", ("f", 1, 2, "t", 3))]:
    try:
        SyntaxError(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    SyntaxError("m", lineno=3)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(TabError(), SyntaxError), repr(IndentationError("i")))
