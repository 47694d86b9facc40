# sys.exit still closes suspended generators, after the exit status is
# settled; their output comes after everything the program printed.
import sys


def reader(lines):
    try:
        for line in lines:
            yield line.upper()
    finally:
        print("reader closed")


r = reader(["a", "b", "c"])
print(next(r))
print("exiting")
sys.exit(4)
