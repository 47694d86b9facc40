# molt: expect-error name capture 'x' makes remaining patterns unreachable
def f(v):
    match v:
        case [x | 0]:
            return x
    return None
print(f([1]))
