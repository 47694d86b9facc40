import sys

try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.args)
try:
    sys.exit("message text")
except SystemExit as e:
    print("caught SystemExit with message", e.args)
try:
    sys.exit()
except SystemExit as e:
    print("caught bare SystemExit", e.args)
try:
    sys.exit(0)
except BaseException as e:
    print("BaseException catches", type(e).__name__)
print("now exiting for real")
sys.exit(9)
