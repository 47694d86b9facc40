# An except* statement that leaves a mix of re-raised and newly raised
# exceptions; the uncaught report shows the nested group.


def source():
    raise ExceptionGroup("source", [ValueError("v"), TypeError("t"), KeyError("k")])


def middle():
    try:
        source()
    except* ValueError as e:
        print("middle handles", repr(e))
        raise IndexError("from handler") from e.exceptions[0]
    except* KeyError:
        print("keys swallowed")


try:
    middle()
except* IndexError as e:
    print("outer sees", repr(e))
    e.add_note("a note on the match")
    raise
