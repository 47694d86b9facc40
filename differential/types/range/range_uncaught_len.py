# len() of a range longer than sys.maxsize: an uncaught OverflowError.
r = range(0, 2 ** 64, 2)
print(r[-1], r.index(2 ** 62), 2 ** 63 in r)
print(len(r))
