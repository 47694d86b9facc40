print(",".join(["a", "b", "c"]))
print("".join(["x", "y"]))
print(" - ".join(("one", "two", "three")))
print(",".join([]), repr("-".join([])), "-".join(["solo"]))
print("+".join("abc"))
print("\n".join(["line1", "line2"]))
print("😀".join(["a", "b", "c"]))
print(", ".join({"k1": 1, "k2": 2}))
print(", ".join({"k1": "v1", "k2": "v2"}.values()))
nums = [1, 2, 3]
strs = []
for n in nums:
    strs.append(str(n))
print("*".join(strs))
try:
    print(",".join(nums))
except TypeError as e:
    print("TypeError", e)
try:
    print(",".join(["a", None]))
except TypeError as e:
    print("TypeError", e)
try:
    print(",".join(["a", "b", 3.5]))
except TypeError as e:
    print("TypeError", e)
try:
    print(",".join(5))
except TypeError as e:
    print("TypeError", e)
print(" ".join(reversed("hello world".split())))
print("".join(sorted("dcba")))
print("-".join(list("")))
words = ["alpha", "beta", "gamma"]
print(" | ".join(words).upper())
print(len(",".join(["ab"] * 100)))
