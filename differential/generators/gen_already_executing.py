# A running generator cannot be resumed: next, send and throw from inside
# raise ValueError; close from inside is also refused.

def calls(action):
    def gen():
        try:
            yield action(me)
        except ValueError as e:
            yield "ValueError: " + str(e)

    me = gen()
    return me


for name, action in [
    ("next", lambda g: next(g)),
    ("send", lambda g: g.send(None)),
    ("throw", lambda g: g.throw(KeyError)),
    ("close", lambda g: g.close()),
]:
    g = calls(action)
    print(name, next(g))


def nested_consumers():
    yield from [sum(shared) for _ in range(1)]


shared = nested_consumers()
try:
    next(shared)
except ValueError as e:
    print("via sum:", e)


def recursive_through_list():
    yield 1
    yield list(again)


again = recursive_through_list()
print(next(again))
try:
    next(again)
except ValueError as e:
    print("via list:", e)
print(next(again, "finished"), again.gi_running)


def generator_survives():
    try:
        next(survivor)
    except ValueError as e:
        yield "handled " + str(e)
    yield "still works"


survivor = generator_survives()
print(list(survivor))


def sends_to_itself_first_run():
    yield me_send.send("value")


me_send = sends_to_itself_first_run()
try:
    next(me_send)
except ValueError as e:
    print("send during first run:", e)
