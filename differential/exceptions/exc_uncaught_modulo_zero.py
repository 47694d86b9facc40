print(17 % 5, -17 % 5, 17 % -5)
for b in [1, 2, 3, 7]:
    print("buckets", b, 100 % b, 101 % b)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print("caught:", e)
def bucket(value, buckets):
    return value % buckets

def distribute(values, buckets):
    counts = {}
    for v in values:
        b = bucket(v, buckets)
        counts[b] = counts.get(b, 0) + 1
    return counts

for n in [3, 2, 1]:
    print(n, distribute([5, 8, 13, 21, 34], n))
print(0, distribute([5], 0))
