import sys

def double_all(items):
    out = []
    for it in items:
        out.append(it * 2)
    return out
print(double_all([]), double_all(["a"]))
def work(items):
    done = []
    for it in items:
        if it is None:
            print("stopping early, processed", len(done))
            sys.exit()
        done.append(it * 2)
    return done

print(work([1, 2, 3]))
print(work([4, None, 6]))
print("unreachable")
