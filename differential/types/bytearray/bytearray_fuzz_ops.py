# A pseudo-random sequence of bytearray operations, each result printed.
state = 2024


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


def rand_bytes():
    return bytes(97 + rand(4) for _ in range(rand(4)))


def rand_index(n):
    return rand(n + 6) - 3 - n // 2


def op(ba):
    k = rand(16)
    if k == 0:
        ba.append(97 + rand(4))
        return "append"
    if k == 1:
        ba.extend(rand_bytes())
        return "extend"
    if k == 2:
        ba.insert(rand_index(len(ba)), 98)
        return "insert"
    if k == 3:
        return ba.pop(rand_index(len(ba)))
    if k == 4:
        ba.remove(97 + rand(4))
        return "remove"
    if k == 5:
        i = rand_index(len(ba))
        ba[i] = 120
        return "set"
    if k == 6:
        i, j = rand_index(len(ba)), rand_index(len(ba))
        ba[i:j] = rand_bytes()
        return "setslice"
    if k == 7:
        i, j, s = rand_index(len(ba)), rand_index(len(ba)), rand(5) - 2
        del ba[i:j:s]
        return "delslice"
    if k == 8:
        i, j, s = rand_index(len(ba)), rand_index(len(ba)), rand(5) - 2
        ba[i:j:s] = bytes(len(ba[i:j:s]))
        return "setext"
    if k == 9:
        del ba[rand_index(len(ba))]
        return "del"
    if k == 10:
        ba.reverse()
        return "reverse"
    if k == 11:
        return ba.find(rand_bytes(), rand_index(len(ba)))
    if k == 12:
        return ba.count(97 + rand(4))
    if k == 13:
        return ba.replace(b"a", b"zz", rand(3) - 1)
    if k == 14:
        return ba.split(bytes([97 + rand(4)]))
    return ba[rand_index(len(ba)):rand_index(len(ba)):rand(5) - 2 or 1]


ba = bytearray(b"abcabc")
for step in range(400):
    try:
        r = op(ba)
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    if len(ba) > 40:
        del ba[40:]
    print(step, r, ba)
