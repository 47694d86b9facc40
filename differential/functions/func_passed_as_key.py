def by_length(s):
    return len(s)

def by_last(s):
    return s[-1]

def by_vowels(s):
    n = 0
    for c in s:
        if c in "aeiou":
            n += 1
    return n

def composite(s):
    return (by_vowels(s), -len(s), s)

words = ["banana", "kiwi", "apple", "fig", "cherry", "date", "grape"]
for key in [by_length, by_last, by_vowels, composite]:
    print(sorted(words, key=key))
    print(sorted(words, key=key, reverse=True))
    print(max(words, key=key), min(words, key=key))

def neg(x):
    return -x

nums = [5, -3, 8, 0, -10, 2]
print(sorted(nums, key=abs), sorted(nums, key=neg), max(nums, key=abs), min(nums, key=neg))
nums.sort(key=abs, reverse=True)
print(nums)
def sort_with(items, keyfunc):
    return sorted(items, key=keyfunc)
print(sort_with(["b", "A", "c"], by_last))
print(sort_with([(1, "z"), (2, "a")], by_last))
print(max([], key=by_length, default="none"))
print(min(["aa", "b", "cc"], key=len), max(["aa", "b", "cc"], key=len))
