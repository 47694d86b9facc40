s = "abcdefghij"
print(s[:], s[0:], s[:10], s[0:10])
print(s[2:5], s[5:2], s[3:3], s[:0])
print(s[::1], s[::2], s[1::2], s[::3], s[2:9:3], s[::10], s[::100])
print(s[1:8:2], s[0:1:5], s[-8:-2:2])
print(s[-3:], s[:-3], s[-100:3], s[7:100], s[100:], s[-100:-50])
print(s[2:-2], s[-5:8], s[5:-5])
for start in [0, 3, -4]:
    for stop in [2, 7, -1]:
        for step in [1, 2, 4]:
            print(start, stop, step, repr(s[start:stop:step]))
t = "0123456789" * 3
print(t[5:25:5], t[::7], t[1:30:9])
print(s[None:None], s[None:4], s[4:None:2])
print(s[True:], s[:True + True])
u = "é中😀𝔘ab"
print(u[1:], u[::2], u[1:5:3], u[2:3], len(u[0:100:2]))
for n in range(0, 12, 4):
    print(n, repr(s[n:n + 4]), repr(s[n::5]))
print(s[1:9:2][::-1], s[::3][1:], s[-9::4])
