# Float arithmetic loop: a damped recurrence plus a midpoint-rule integral
# of 4 / (1 + x*x) over [0, 1] (which approximates pi).


def run(n):
    x = 1.0
    area = 0.0
    h = 1.0 / n
    i = 0
    while i < n:
        x = x * 0.5 + i * 1e-7
        t = (i + 0.5) * h
        area = area + 4.0 / (1.0 + t * t)
        i = i + 1
    return x + area * h


print(run(5000000))
