# molt: expect-error `type` aliases are not supported yet
type Pair = tuple[int, int]
print(Pair)
