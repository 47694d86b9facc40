# molt: expect-error 'break', 'continue' and 'return' cannot appear in an except* block
def first_error(group):
    try:
        raise group
    except* ValueError as eg:
        for e in eg.exceptions:
            return e


print(first_error(ExceptionGroup("g", [ValueError(1)])))
