# An uncaught BaseExceptionGroup holding a KeyboardInterrupt and a SystemExit
# prints like any group (and exits with status 1).
def work():
    raise BaseExceptionGroup("stopped", [KeyboardInterrupt(), SystemExit(4), ValueError("v")])


try:
    work()
except Exception:
    print("not an Exception")
except BaseExceptionGroup as bg:
    print("caught", repr(bg))
    print(bg.split(Exception))
work()
