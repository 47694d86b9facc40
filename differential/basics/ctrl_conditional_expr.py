def sign(x):
    return "neg" if x < 0 else "zero" if x == 0 else "pos"

for v in [-3, 0, 3, -0.0, 2.5]:
    print(v, sign(v))

a = 5
b = 10
print(a if a > b else b)
print("big" if a * b > 40 else "small")
print((1 if True else 2) + (3 if False else 4))
print("skip" if a else "no")
vals = [1, 0, "", "a", None, [], [0]]
for v in vals:
    print(repr(v), "truthy" if v else "falsy")
n = 15
s = "FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else str(n)
print(s)
results = []
for i in range(1, 16):
    results.append("FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i))
print(results)
x = 7
y = x * 2 if x > 5 else x / 2
print(y)
y = x * 2 if x > 50 else x / 2
print(y)
def pick(flag):
    return print if flag else len
f = pick(False)
print(f("abcd"))
print(abs(-4) if a else 0)
z = None
print(z if z is not None else "was None")
