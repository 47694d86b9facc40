calls = 0
log = []
state = {"level": 0}

def tracked(name):
    global calls
    calls += 1
    log.append(name)
    return calls

def enter():
    state["level"] += 1
    return state["level"]

def leave():
    state["level"] -= 1
    return state["level"]

def reset_all():
    global calls, log
    calls = 0
    log = []

print(tracked("a"), tracked("b"), tracked("c"))
print(calls, log)
print(enter(), enter(), leave(), enter())
print(state)
reset_all()
print(calls, log)
tracked("x")
print(calls, log)

total = 0
def accumulate(values):
    global total
    for v in values:
        total += v
    return total

print(accumulate([1, 2, 3]), accumulate([10]), total)

def read_global():
    return total * 2

print(read_global())

def shadowing(total):
    total += 1000
    return total

print(shadowing(1), total)

seq = 0
def next_id(prefix="id"):
    global seq
    seq += 1
    return prefix + str(seq)

ids = []
for i in range(5):
    ids.append(next_id() if i % 2 == 0 else next_id("x"))
print(ids, seq)
