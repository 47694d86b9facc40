# Random format specs (format() and %-formatting) against random floats, ints and complex numbers.
state = [987654321]


def rnd(n):
    state[0] = (state[0] * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
    return (state[0] >> 33) % n


def rand_float():
    k = rnd(6)
    if k == 0:
        return [0.0, -0.0, float("inf"), float("-inf"), float("nan"), 0.5, 2.5, 1e16, 1e-5][rnd(9)]
    mant = rnd(2 ** 30) * 2 ** 23 + rnd(2 ** 23)
    exp = rnd(120) - 60 if k < 4 else rnd(600) - 300
    x = mant * 2.0 ** (exp - 53)
    if rnd(2):
        x = -x
    if k == 5:
        x = round(x, rnd(5))
    return x


def rand_spec(types, precision):
    out = ""
    if rnd(4) == 0:
        out += ["", "*", "0", "x"][rnd(4)] + "<>^="[rnd(4)]
    if rnd(3) == 0:
        out += "+- "[rnd(3)]
    if rnd(6) == 0:
        out += "z"
    if rnd(4) == 0:
        out += "#"
    if rnd(4) == 0:
        out += "0"
    if rnd(2) == 0:
        out += str(rnd(25))
    if rnd(4) == 0:
        out += ",_"[rnd(2)]
    if precision and rnd(2) == 0:
        out += "." + str(rnd(20))
    if rnd(8) == 0:
        out += "eEfFgGn%dxXobcs"[rnd(15)]
    elif rnd(6):
        out += types[rnd(len(types))]
    return out


for step in range(3000):
    k = rnd(4)
    if k == 0:
        v = rand_float()
        spec = rand_spec("eEfFgGn%", True)
    elif k == 1:
        v = rnd(2 ** 40) - 2 ** 39
        if rnd(3) == 0:
            v = v * 10 ** rnd(30)
        spec = rand_spec("bdoxXneEfFgG%", rnd(4) == 0)
    elif k == 2:
        v = complex(rand_float(), rand_float())
        spec = rand_spec("eEfFgGn", True).replace("0", "1").replace("=", ">")
    else:
        v = rand_float()
        spec = rand_spec("eEfFgG", True)
        pct = "%" + spec.replace("z", "").replace(",", "").replace("_", "").replace("=", "")
        try:
            print(step, "pct", repr(pct), repr(v), repr(pct % v))
        except Exception as e:
            print(step, "pct", repr(pct), repr(v), type(e).__name__, e)
        continue
    try:
        print(step, repr(spec), repr(v), repr(format(v, spec)))
    except Exception as e:
        print(step, repr(spec), repr(v), type(e).__name__, e)
