data = {
    "ints": [0, -1, 2 ** 40],
    "floats": [0.5, -0.0, 1e-5, 1e21],
    "strs": ["", "a'b", 'c"d', "e\nf", "é"],
    "nested": {"t": (1, (2, (3,))), "l": [[], [[]], {}]},
    "misc": [None, True, False, range(2)],
}
print(data)
for k in data:
    print(k, data[k])
print(list(data.items())[0])
print([data["nested"]["t"]] * 2)
print((data["misc"],))
print({1: {2: {3: {4: {}}}}})
print([[[[[]]]]], ((((),),),))
print([1, 2, 3][::-1], (1, 2, 3)[1:], {"k": [1, 2][:1]})
print("list", [1, 2], "tuple", (3,), "dict", {"a": 1}, sep=" : ")
for key in sorted(data):
    print(key.upper(), len(data[key]), str(data[key])[:20])
print(len(str(data)), str(data).count(":"), repr(data).count("'"))
