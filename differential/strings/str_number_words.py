ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
scales = [(10 ** 12, "trillion"), (10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")]

def below_thousand(n):
    parts = []
    if n >= 100:
        parts.append(ones[n // 100] + " hundred")
        n %= 100
    if n >= 20:
        t = tens[n // 10]
        if n % 10:
            t += "-" + ones[n % 10]
        parts.append(t)
    elif n > 0:
        parts.append(ones[n])
    return " ".join(parts)

def to_words(n):
    if n == 0:
        return "zero"
    if n < 0:
        return "minus " + to_words(-n)
    parts = []
    for value, name in scales:
        if n >= value:
            parts.append(to_words(n // value) + " " + name)
            n %= value
    if n:
        parts.append(below_thousand(n))
    return " ".join(parts)

for n in [0, 7, 13, 20, 21, 99, 100, 101, 342, 1000, 1001, 12345, 1000000, 2 ** 31, -45, 10 ** 15 + 7]:
    print(n, to_words(n))
letters = 0
for n in range(1, 101):
    w = to_words(n).replace(" ", "").replace("-", "")
    letters += len(w)
print("letters 1..100", letters)
