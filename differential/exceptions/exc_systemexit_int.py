# An int code becomes the exit status; finally blocks still run.
import sys

def shutdown(code):
    try:
        print("shutting down with", code)
        raise SystemExit(code)
    finally:
        print("cleanup runs")

try:
    shutdown(7)
except SystemExit as e:
    print("caught code", e.code, type(e.code).__name__)

try:
    sys.exit(True)
except SystemExit as e:
    print("bool code", e.code)

print(isinstance(SystemExit(), Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(4)
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException", type(e).__name__, e.code)
shutdown(3)
