# molt: expect-error `except*` is not supported yet
try:
    raise ExceptionGroup("group", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print("values", eg.exceptions)
except* TypeError as eg:
    print("types", eg.exceptions)
