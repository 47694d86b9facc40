def return_in_finally():
    try:
        return "from try"
    finally:
        print("finally runs before return")

def finally_overrides():
    try:
        return "try value"
    finally:
        return "finally value"

def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def except_return_finally():
    try:
        raise KeyError("k")
    except KeyError:
        return "from except"
    finally:
        print("finally after except return")

print(return_in_finally())
print(finally_overrides())
print(finally_swallows())
print(except_return_finally())

for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("loop done")
count = 0
while True:
    try:
        count += 1
        if count < 3:
            continue
        break
    finally:
        print("while finally", count)
print("count", count)

def loop_return():
    for i in range(10):
        try:
            if i == 2:
                return i
        finally:
            print("cleanup", i)
    return -1
print(loop_return())

def break_in_finally():
    for i in range(3):
        try:
            raise ValueError("dropped " + str(i))
        finally:
            break
    return "exception discarded by break"
print(break_in_finally())

def counter_finally():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("n in finally", n)
print(counter_finally())
