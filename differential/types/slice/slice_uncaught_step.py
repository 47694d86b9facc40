# A zero slice step discovered inside a helper: an uncaught ValueError.
def every(seq, k):
    return seq[::k]


print(every("abcdef", 2), every([1, 2, 3], -1), every(range(10), 3))
print(every((1, 2), 0))
