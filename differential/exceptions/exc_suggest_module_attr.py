# A module attribute typo suggests the closest attribute; far-off names get no suggestion.
import sys

try:
    sys.completely_unrelated_name
except AttributeError as e:
    print(e)
sys.setrecursionlimt(100)
