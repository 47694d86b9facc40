# Random short strings through int(), int(s, 0), int(s, 16), float(), complex() and float.fromhex().
state = [424242]


def rnd(n):
    state[0] = (state[0] * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
    return (state[0] >> 33) % n


alphabet = ["0", "1", "7", "9", "_", ".", "e", "E", "+", "-", " ", "j", "J", "x", "b", "o", "p",
            "a", "f", "i", "n", "(", ")", "\t", "inf", "nan", "infinity", "0x", "١", "\u3000"]


def show(label, f, s):
    try:
        r = f(s)
        print(label, repr(s), repr(r))
    except Exception as e:
        print(label, repr(s), type(e).__name__, e)


for step in range(2000):
    s = "".join(alphabet[rnd(len(alphabet))] for _ in range(rnd(7)))
    show("int", int, s)
    show("int0", lambda v: int(v, 0), s)
    show("int16", lambda v: int(v, 16), s)
    show("float", float, s)
    show("complex", complex, s)
    show("fromhex", float.fromhex, s)
