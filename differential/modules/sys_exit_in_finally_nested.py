import sys

def inner(n):
    try:
        print("inner start", n)
        if n == 2:
            sys.exit(7)
        print("inner end", n)
    finally:
        print("inner finally", n)

def outer():
    try:
        for i in range(4):
            inner(i)
    finally:
        print("outer finally")

outer()
print("not reached")
