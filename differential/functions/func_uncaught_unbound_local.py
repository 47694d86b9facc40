def tax_or_zero(amount):
    if amount > 1000:
        t = amount * 0.2
    else:
        t = 0
    return t
print(tax_or_zero(5000), tax_or_zero(5))
total = 100

def add_tax(amount):
    rate = 0.2
    if amount > 1000:
        total = amount * (1 + rate)
    return total

def summarize(amounts):
    out = []
    for a in amounts:
        out.append(add_tax(a))
    return out

print(summarize([2000, 5000]))
print(summarize([10]))
