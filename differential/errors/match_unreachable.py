# molt: expect-error name capture 'anything' makes remaining patterns unreachable
match 5:
    case anything:
        print(anything)
    case 5:
        print("five")
