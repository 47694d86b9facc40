def key_len(s):
    return len(s)

def key_mod(x):
    return x % 3

words = ["bb", "aa", "cc", "d", "eee", "fff"]
print(min(words, key=key_len), max(words, key=key_len))
nums = [3, 6, 9, 1, 4, 7, 2, 5, 8]
print(min(nums, key=key_mod), max(nums, key=key_mod))
print(max([1, 1.0, True]), min([1, 1.0, True]), max([1.0, 1, True]), min([True, 1.0, 1]))
print(max([0, -0.0]), min([-0.0, 0]), max([-0.0, 0]), min([0, -0.0]))
pairs = [(1, "z"), (1, "a"), (0, "m")]
def first(p):
    return p[0]
print(max(pairs, key=first), min(pairs, key=first))
print(max("abcabc"), min("cbacba"))
print(sorted(words, key=key_len), sorted(nums, key=key_mod))
scores = {"ann": 90, "bob": 95, "cy": 95, "di": 80}
def score(name):
    return scores[name]
print(max(scores, key=score), min(scores, key=score))
print(sorted(scores, key=score, reverse=True))
