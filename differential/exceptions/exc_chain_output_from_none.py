# `raise ... from None` hides the context in the report but keeps __context__.
def convert(s):
    try:
        return float(s)
    except ValueError:
        raise TypeError("not a number: " + repr(s)) from None


try:
    convert("abc")
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__, repr(e.__context__))


def twice():
    try:
        convert("x")
    except TypeError as first:
        raise OverflowError("second") from first


try:
    twice()
except OverflowError as e:
    print(repr(e.__cause__), e.__cause__.__suppress_context__)

print("before the end")
convert("1.5.2")
