# add_note() and __notes__.
e = ValueError("v")
print(hasattr(e, "__notes__"))
try:
    e.__notes__
except AttributeError as err:
    print("AttributeError:", err)
print(e.add_note("first"), e.__notes__)
notes = e.__notes__
e.add_note("second\nwith two lines")
print(notes is e.__notes__, e.__notes__)
e.__notes__.append(42)
print(e.__notes__, len(e.__notes__))

for bad in [3, None, ["list"], ("t",)]:
    try:
        e.add_note(bad)
    except TypeError as err:
        print("TypeError:", err)
try:
    e.add_note()
except TypeError as err:
    print("TypeError:", err)
try:
    e.add_note("a", "b")
except TypeError as err:
    print("TypeError:", err)
try:
    e.add_note(note="kw")
except TypeError as err:
    print("TypeError:", err)

def annotate(exc, *notes):
    for n in notes:
        exc.add_note(n)
    return exc

def validate(record):
    errors = []
    for field in ["name", "age", "email"]:
        try:
            value = record[field]
            if field == "age":
                int(value)
        except KeyError as k:
            errors.append(annotate(k, "field " + field + " is required"))
        except ValueError as v:
            errors.append(annotate(v, "field " + field, "got " + repr(record[field])))
    return errors

for err in validate({"age": "ten"}):
    print(type(err).__name__, err, err.__notes__)

g = ExceptionGroup("many", [annotate(ValueError(i), "n" + str(i)) for i in range(3)])
g.add_note("on the group")
print(g.__notes__, [x.__notes__ for x in g.exceptions])

try:
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("noted while handling")
        raise
except KeyError as k:
    print(k.__notes__)
