# molt: expect-error 'break', 'continue' and 'return' cannot appear in an except* block
for attempt in range(3):
    try:
        raise ExceptionGroup("g", [TypeError(attempt)])
    except* TypeError:
        print("retrying", attempt)
        continue
    print("done")
