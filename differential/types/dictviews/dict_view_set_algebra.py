# Keys and items views behave as sets: operators, comparisons, isdisjoint.

d = {"a": 1, "b": 2, "c": 3}
e = {"b": 20, "c": 3, "z": 0}
k, i, v = d.keys(), d.items(), d.values()

print(sorted(k & e.keys()), sorted(k | e.keys()), sorted(k - e.keys()), sorted(k ^ e.keys()))
print(sorted(i & e.items()), sorted(i - e.items()), len(i | e.items()))
print(sorted(k & ["a", "q"]), sorted(["a", "q"] & k), sorted(k | ("x",)), sorted("abx" - k))
print(sorted(k - "ab"), sorted("cd" ^ k), type(k & k).__name__, type(i | set()).__name__)
print(k & set(), k | frozenset(), sorted(i & {("a", 1), ("b", 9)}))

print(k <= {"a", "b", "c", "d"}, k < {"a", "b", "c"}, k <= {"a", "b", "c"})
print(k >= {"a"}, k > {"a", "b", "c"}, k >= e.keys(), {"a"} < k, frozenset("ab") <= k)
print(k == {"a", "b", "c"}, {"c", "b", "a"} == k, k != {"a"}, k == ["a", "b", "c"])
print(i == {("a", 1), ("b", 2), ("c", 3)}, i <= {("a", 1), ("b", 2), ("c", 3), ("d", 4)})
print(k == e.keys(), d.keys() == dict.fromkeys("cba").keys(), v == d.values(), v == v)

print(k.isdisjoint(["x", "y"]), k.isdisjoint("xa"), i.isdisjoint([("a", 2)]), i.isdisjoint({("a", 1)}))
print(k.isdisjoint(e), k.isdisjoint(range(3)), {}.keys().isdisjoint([]))

for expr in [
    lambda: k & 5,
    lambda: 5 | k,
    lambda: k - None,
    lambda: v & {1},
    lambda: k < [1],
    lambda: [1] >= k,
    lambda: k.isdisjoint(3),
    lambda: v.isdisjoint([]),
    lambda: k + {"a"},
    lambda: i & [1],
    lambda: k.isdisjoint(),
]:
    try:
        print(expr())
    except (TypeError, AttributeError) as err:
        print(type(err).__name__ + ":", err)

# Views reflect later changes to the dict; results of operators do not.
snapshot = k | set()
d["new"] = 4
print(sorted(k), sorted(snapshot), "new" in k, ("new", 4) in i, 4 in v)

# dict.fromkeys, through the class and through an instance.
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], []), dict.fromkeys([], 0), {}.fromkeys("x", 1))
shared = dict.fromkeys("pq", [])
shared["p"].append(1)
print(shared, dict.fromkeys(range(3), "v"), dict.fromkeys({"k": 1}), dict.fromkeys("aab"))
for call in [
    lambda: dict.fromkeys(),
    lambda: dict.fromkeys(1),
    lambda: dict.fromkeys([[1]]),
    lambda: dict.fromkeys("a", 1, 2),
    lambda: dict.fromkeys(iterable="a"),
]:
    try:
        print(call())
    except TypeError as err:
        print("TypeError:", err)
