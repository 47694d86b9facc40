import sys

checkpoints = []
for k in range(1, 6):
    checkpoints.append(k * (k + 1) // 2)
print("triangular numbers", checkpoints)
print("their sum", sum(checkpoints), "max", max(checkpoints))
limit = 20
print("limit is", limit, "exceeded:", checkpoints[-1] > limit)
partial = 0
for c in checkpoints:
    partial += c
print("partial sums end at", partial)
print("running main loop")
total = 0
for i in range(1, 11):
    total += i
    if total > 20:
        print("threshold reached at", i, "total", total)
        sys.exit(0)
print("never printed")
