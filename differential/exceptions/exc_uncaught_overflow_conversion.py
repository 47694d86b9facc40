small = [3, 5, 8]
print("mean small", sum(small) / len(small))
big_ints = [2 ** 100, 2 ** 101]
print("sum big", sum(big_ints), "as float", sum(big_ints) / 2)
print("10**308 / 1 =", 10 ** 308 / 1)
try:
    print(10 ** 309 / 1)
except OverflowError as e:
    print("caught once:", e)
print("now without a handler")
def mean(values):
    return sum(values) / len(values)

def stats(values):
    m = mean(values)
    return m, max(values) - min(values)

print(stats([1, 2, 3, 4]))
print(stats([10 ** 20, 10 ** 21]))
print(stats([10 ** 400, 1]))
