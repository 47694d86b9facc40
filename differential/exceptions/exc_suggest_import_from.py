# `from module import name` with a typo suggests the module's closest name.
import sys

print(len(sys.argv) > 0)
from sys import getrecursionlimt
