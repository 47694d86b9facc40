i = 0
total = 0
while i < 10:
    total += i
    i += 1
else:
    print("loop finished normally", i, total)

n = 27
steps = 0
while n != 1:
    if n % 2 == 0:
        n //= 2
    else:
        n = 3 * n + 1
    steps += 1
print("collatz steps", steps)

k = 0
while True:
    k += 1
    if k == 3:
        continue
    if k > 6:
        break
    print("k", k)
else:
    print("not printed")
print("after break", k)

def find_first_div(n, start):
    d = start
    while d * d <= n:
        if n % d == 0:
            print("found divisor", d, "of", n)
            break
        d += 1
    else:
        print(n, "is prime")

find_first_div(91, 2)
find_first_div(97, 2)
find_first_div(2, 2)

count = 0
while count < 0:
    count += 1
else:
    print("zero-iteration while else runs", count)

a = 5
b = 0
while a:
    a -= 1
    b += 2
    if b > 100:
        break
print(a, b)

x = 1
while x < 10 ** 20:
    x *= 7
print(x)
