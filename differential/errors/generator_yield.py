# molt: expect-error generators (`yield`) are not supported yet
def gen():
    yield 1
print(list(gen()))
