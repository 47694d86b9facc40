# Value patterns: dotted names are looked up and compared with ==.
import math
import sys


def constant(v):
    match v:
        case math.pi:
            return "pi"
        case math.e:
            return "e"
        case math.tau:
            return "tau"
        case math.inf:
            return "infinity"
        case sys.maxsize:
            return "maxsize"
        case _:
            return "plain"


for v in [math.pi, 3.141592653589793, math.e, 2 * math.pi, float("inf"), 1e308 * 10,
          sys.maxsize, 2 ** 63 - 1, 3.14, 0]:
    print(repr(v), constant(v))


def nan_value(v):
    match v:
        case math.nan:
            return "equal to nan"
        case _:
            return "nan never equals"


print(nan_value(math.nan), nan_value(float("nan")), nan_value(0.0))


def in_sequence(v):
    match v:
        case [math.pi, x]:
            return f"starts with pi then {x}"
        case {"k": math.e, **rest}:
            return f"mapping with e, rest {rest}"
        case math.inf | sys.maxsize as big:
            return f"big {big!r}"
    return "no"


for v in [[math.pi, 1], [3.0, 1], {"k": math.e, "z": 0}, {"k": 2.7}, math.inf, sys.maxsize, 5]:
    print(repr(v), in_sequence(v))
