demo = [1, 2, 3]
print(demo[-1], demo[-3])
history = []

def record(value):
    history.append(value)

def undo(steps):
    removed = []
    for i in range(steps):
        removed.append(history.pop())
    return removed

def replay(k):
    return history[-k]

for v in "abcde":
    record(v)
print(undo(2), history)
print(replay(1), replay(3))
print(replay(4))
