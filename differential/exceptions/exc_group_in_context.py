# A group raised while handling another exception, and a group as the context.
def risky(i):
    if i == 2:
        raise OSError(13, "Permission denied", "secret.txt")
    raise ZeroDivisionError("division by zero in task " + str(i))


def run_all():
    errors = []
    for i in range(3):
        try:
            risky(i)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("tasks failed", errors)


try:
    run_all()
except ExceptionGroup as eg:
    print(eg, [type(e).__name__ for e in eg.exceptions])
    raise SystemError("cleanup failed")
