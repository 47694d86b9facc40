# A non-int code is printed to stderr and the exit status is 1.
import sys

try:
    sys.exit("fatal: " + "config missing")
except SystemExit as e:
    print(repr(e.code), str(e))
print("about to exit")
sys.exit("fatal: config missing")
