out = []
i = 0
while i < 20:
    i += 1
    if i % 2 == 0:
        continue
    if i > 13:
        break
    out.append(i)
print(out, i)
found = []
for a in range(1, 10):
    if a == 7:
        break
    for b in range(1, 10):
        if b > a:
            break
        if (a + b) % 3:
            continue
        found.append((a, b))
print(found)
words = ["alpha", "", "beta", "STOP", "gamma"]
for w in words:
    if not w:
        print("skip empty")
        continue
    if w == "STOP":
        print("stopping")
        break
    print("word", w.upper())
else:
    print("no stop")
total = 0
n = 0
while True:
    n += 1
    if n % 3 == 0:
        continue
    total += n
    if total > 50:
        break
print(total, n)
for i in range(3):
    j = 0
    while True:
        j += 1
        if j > i:
            break
    else:
        print("never")
    print(i, j)
count = 0
for x in range(100):
    if x % 7:
        continue
    count += 1
else:
    print("multiples of 7 below 100:", count)
