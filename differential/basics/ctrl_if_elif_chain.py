def classify(n):
    if n < 0:
        if n < -100:
            return "very negative"
        elif n < -10:
            return "negative"
        else:
            return "slightly negative"
    elif n == 0:
        return "zero"
    elif n % 15 == 0:
        return "fizzbuzz"
    elif n % 5 == 0:
        return "buzz"
    elif n % 3 == 0:
        return "fizz"
    else:
        return "plain"

for v in [-500, -50, -5, 0, 3, 5, 15, 30, 7, 99, 100, 101]:
    print(v, classify(v))

x = 10
if x:
    print("x truthy")
if not x - 10:
    print("x - 10 falsy")
if x > 5 and x < 20:
    print("in range")
if x < 5 or x > 8:
    print("outside 5..8")
if []:
    print("never")
elif {}:
    print("never 2")
elif "":
    print("never 3")
else:
    print("all empty falsy")
s = "abc"
if s == "abc":
    print("match")
if "b" in s:
    print("contains b")
if "z" not in s:
    print("no z")
grade = 83
if grade >= 90:
    letter = "A"
elif grade >= 80:
    letter = "B"
elif grade >= 70:
    letter = "C"
else:
    letter = "F"
print(letter)
if x == 10: print("one-liner if")
