# sys.exit() with no argument exits with status 0 and prints nothing.
import sys

print("working")
try:
    sys.exit()
except SystemExit as e:
    print("caught", repr(e), e.code, e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("bare class", e.code)
try:
    sys.exit(None)
except SystemExit as e:
    print("None", e.code, e.args)
print("exiting")
sys.exit()
print("not printed")
