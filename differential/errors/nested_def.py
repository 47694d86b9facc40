# molt: expect-error nested functions are not supported yet
def outer():
    def inner():
        return 1
    return inner()
print(outer())
