# SystemExit with a bool code: True exits with status 1, printing nothing.
import sys


def finish(ok):
    try:
        print("finishing", ok)
        sys.exit(not ok)
    finally:
        print("finally before exit")


try:
    finish(True)
except SystemExit as e:
    print("caught code", repr(e.code), e.args)

finish(False)
print("not reached")
