# molt: expect-error multiple assignments to name 'item' in pattern
match [1, 2]:
    case [item, *item]:
        print(item)
