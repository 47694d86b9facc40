# Re-raising a stored exception from another function: its traceback keeps the old frames.
saved = []


def fail():
    return {}["config"]


def capture():
    try:
        fail()
    except KeyError as e:
        saved.append(e)
        print("captured", repr(e))


def replay():
    raise saved[0]


capture()
print("replaying")
replay()
