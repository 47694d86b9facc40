# molt: expect-error `locals()` inside a comprehension at module level is not supported
snapshots = [locals() for item in range(2)]
print(len(snapshots))
