import sys

def process(item):
    if not isinstance(item, int):
        raise TypeError("expected int, got " + repr(item))
    if item < 0:
        raise ValueError("negative item " + str(item))
    return item * item

items = [3, -1, "x", 4, None, 0]
good = []
bad = 0
for it in items:
    try:
        good.append(process(it))
    except (TypeError, ValueError) as e:
        bad += 1
        print("error:", type(e).__name__, e, file=sys.stderr)
print("good", good)
print("bad count", bad)
sys.stderr.write("summary: " + str(bad) + " errors\n")
sys.stdout.write("stdout via write\n")
print("done")
