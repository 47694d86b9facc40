# Literal patterns over numbers: equality, not identity, decides; signs and complex.

def which(v):
    match v:
        case -1:
            return "minus one"
        case 0:
            return "zero"
        case 1:
            return "one"
        case 2.5:
            return "two and a half"
        case 3j:
            return "three j"
        case -2 + 1j:
            return "minus two plus j"
        case 1.5 - 0.5j:
            return "complex with float parts"
        case _:
            return "no literal"


values = [-1, -1.0, 0, 0.0, -0.0, False, 1, 1.0, True, 2.5, 5 / 2, 3j, complex(0, 3),
          -2 + 1j, complex(-2, 1), 1.5 - 0.5j, 2, "1", None, 10 ** 20]
for v in values:
    print(repr(v), type(v).__name__, "->", which(v))


def big(v):
    match v:
        case 123456789012345678901234567890:
            return "big literal"
        case -123456789012345678901234567890:
            return "negative big literal"
        case 0x10 | 0o17 | 0b101:
            return f"radix literal {v}"
        case 1_000:
            return "underscored"
    return "none"


for v in [123456789012345678901234567890, -123456789012345678901234567890, 16, 15, 5, 1000, 1000.0, 7]:
    print(v, big(v))
