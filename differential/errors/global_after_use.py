# molt: expect-error name 'counter' is used prior to global declaration
counter = 0
def bump():
    print(counter)
    global counter
    counter += 1
bump()
