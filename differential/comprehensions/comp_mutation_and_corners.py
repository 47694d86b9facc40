# Comprehension corners: mutating what is being iterated, re-used target
# names across clauses, unpacking into displays, truthiness filters.

d = {"a": 1, "b": 2}
try:
    [d.pop(k) for k in d]
except RuntimeError as e:
    print("RuntimeError", e)
print(d)
s = {1, 2, 3}
try:
    {s.add(x + 10) for x in s}
except RuntimeError as e:
    print("RuntimeError", e)
lst = [1, 2, 3]
print([lst.append(x) or x for x in lst if len(lst) < 6])
print(lst)
print([x for x in range(3) for x in range(x)])
print([(x, y) for x in range(3) if x for y in range(x) if y != x])
print([[x, y] for x, y in zip(*[[1, 2], [3, 4]])])
print({**{k: v for k, v in [(1, 2)]}, **{3: 4}})
print([*(x for x in "ab"), *{x for x in "c"}])
print(list(x for x in range(10) if x % 2 if x % 3 if x > 1))
print([i for i in (1, 2, 3)][::-1], [c for c in reversed("abc")])
print({i: j for i, j in enumerate("abc", start=-1)})
print([str(i) + s for i in range(2) for s in ("x", "y")])
print(sum(x * x for x in range(1000000) if not x % 99999))
print(min((x for x in [3, 1, 2]), key=lambda v: -v), max(["b", "a"], key=str.upper))
print([a for a in [[]] if not a], [b for b in [0, None, "", [], {}, 0.0] if b is not None])
print(sorted({frozenset([i, j]) for i in range(3) for j in range(3)}, key=sorted))
print([type(x).__name__ for x in (1, 1.0, "", (), [], {}, set(), None, True)])
print([x for x in [1, 2, 3] if x in {2, 3} and x not in (3,)])
nums = [5, 3, 8]
print([n for n in nums if n == max(nums)], [i for i, n in enumerate(nums) if n < nums[0]])
x = 10
print([x for _ in range(2)], [(lambda: x)() for x in range(2)], x)
print([(yield_ := i) for i in range(3)], yield_)
print([v for v in {3: "a", 1: "b"}], [v for v in {3: "a", 1: "b"}.values()])
