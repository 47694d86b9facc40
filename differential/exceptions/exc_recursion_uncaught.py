# An uncaught RecursionError: the traceback collapses the repeated frames.
import sys

sys.setrecursionlimit(60)


def walk(node):
    return walk(node + 1)


def start():
    return walk(0)


print("starting")
start()
