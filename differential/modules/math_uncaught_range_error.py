from math import exp, log

def softmax_naive(values):
    exps = []
    for v in values:
        exps.append(exp(v))
    total = sum(exps)
    out = []
    for e in exps:
        out.append(round(e / total, 6))
    return out

def entropy(values):
    probs = softmax_naive(values)
    h = 0.0
    for p in probs:
        if p > 0:
            h -= p * log(p)
    return round(h, 6)

print(softmax_naive([1.0, 2.0, 3.0]))
print(entropy([0.0, 0.0, 0.0, 0.0]))
print(entropy([10.0, 500.0, 1000.0]))
