# molt: expect-error class patterns are not supported yet
def check(v):
    match v:
        case int(n):
            return n
    return None
print(check(3))
