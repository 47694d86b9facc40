scores = [88, 92, 75, 92, 60, 99, 75]
indexed = list(enumerate(scores))
def by_score_desc(p):
    return (-p[1], p[0])
ranked = sorted(indexed, key=by_score_desc)
for rank, (idx, sc) in enumerate(ranked, 1):
    print(rank, idx, sc)
def second(p):
    return p[1]
best_idx, best = max(enumerate(scores), key=second)
worst_idx, worst = min(enumerate(scores), key=second)
print(best_idx, best, worst_idx, worst)
positions = {}
for i, s in enumerate(scores):
    positions.setdefault(s, []).append(i)
print(positions)
print(sorted(positions.items(), reverse=True)[:3])
rev_sorted = list(reversed(sorted(scores)))
print(rev_sorted, rev_sorted == sorted(scores, reverse=True))
print(list(enumerate(reversed(scores))))
print(list(zip(range(len(scores)), sorted(scores))))
