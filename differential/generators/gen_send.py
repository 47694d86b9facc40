# send(): values flow in, the first send must be None.

def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value


acc = accumulator()
print(acc.send(None))
print(acc.send(5), acc.send(10), acc.send(-3))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)

fresh = accumulator()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError", e)
print(next(fresh), fresh.send(2))


def averager():
    count = 0
    total = 0.0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count


avg = averager()
next(avg)
print([avg.send(x) for x in (10, 20, 30, 5)])


def echo_pairs():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    return received


e = echo_pairs()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send("c")
except StopIteration as s:
    print(s.value)
try:
    e.send("again")
except StopIteration as s:
    print("after end", s.args)
