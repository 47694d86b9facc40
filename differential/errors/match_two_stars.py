# molt: expect-error multiple starred names in sequence pattern
match [1, 2, 3]:
    case [first, *middle, *tail]:
        print(first)
