# molt: expect-error assignment expression cannot be used in a comprehension iterable expression
rows = [[1, 2], [3]]
print([c for r in rows for c in [(last := v) for v in r]])
