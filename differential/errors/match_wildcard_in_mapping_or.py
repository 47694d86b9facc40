# molt: expect-error wildcard makes remaining patterns unreachable
match {"a": 1}:
    case {"a": _ | 1}:
        print("matched")
