# molt: expect-error `with` statements are not supported yet
with open("x") as f:
    print(f)
