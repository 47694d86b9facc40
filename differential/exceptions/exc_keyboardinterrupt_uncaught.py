# An uncaught KeyboardInterrupt prints its traceback and ends the process by SIGINT.
def loop():
    for i in range(3):
        print("tick", i)
    raise KeyboardInterrupt


try:
    raise KeyboardInterrupt("caught one")
except KeyboardInterrupt as e:
    print("caught", repr(e), isinstance(e, Exception))
loop()
