# molt: expect-error alternative patterns bind different names
match (1, 2):
    case (x, 1) | (1, y):
        print("matched")
