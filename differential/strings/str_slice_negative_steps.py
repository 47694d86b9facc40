s = "abcdefghij"
print(s[::-1], s[::-2], s[::-3], s[::-10], s[::-100])
print(s[8:2:-1], s[8:2:-2], s[2:8:-1], s[-1:-5:-1], s[-5:-1:-1])
print(s[:3:-1], s[3::-1], s[-3::-1], s[:-3:-1])
print(s[9:0:-3], s[9::-3], s[100::-1], s[-100::-1], s[:-100:-1])
print(s[5:5:-1], s[0:0:-1], s[0::-1], s[-1::-1])
for start in [None, 9, 4, -2, -8]:
    for stop in [None, 0, -10, 3]:
        for step in [-1, -2, -4]:
            print(start, stop, step, repr(s[start:stop:step]))
try:
    print(s[::0])
except ValueError as e:
    print("ValueError", e)
step = 0
try:
    print(s[1:5:step])
except ValueError as e:
    print("ValueError", e)
print("racecar"[::-1] == "racecar", "hello"[::-1])
print("😀a𝔘b"[::-1], "中文字"[::-2])
