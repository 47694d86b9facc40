# A naked exception raised inside an except* clause escapes naked, with
# the wrapper group as its context.


def parse(text):
    try:
        raise ExceptionGroup("parsing", [ValueError(text)])
    except* ValueError as eg:
        print("failed on", [str(e) for e in eg.exceptions])
        return_value = int(text)
    return return_value


print(parse("12") if False else "start")
try:
    raise KeyError("naked")
except* KeyError:
    parse("not a number")
