moves = []

def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)

hanoi(3, "A", "C", "B")
for m in moves:
    print("move disk", m[0], "from", m[1], "to", m[2])
print(len(moves))
for n in range(1, 11):
    moves = []
    hanoi(n, "L", "R", "M")
    print(n, len(moves), len(moves) == 2 ** n - 1)

def simulate(n):
    global moves
    moves = []
    hanoi(n, 0, 2, 1)
    pegs = [list(range(n, 0, -1)), [], []]
    for disk, s, d in moves:
        top = pegs[s].pop()
        if top != disk:
            return "bad disk"
        if pegs[d] and pegs[d][-1] < disk:
            return "illegal"
        pegs[d].append(disk)
    return pegs

print(simulate(4))
print(simulate(6))
