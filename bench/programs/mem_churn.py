# Allocation churn: 10 million short-lived small lists and strings.
# Only a checksum survives, so peak memory should stay small.


def run(n):
    checksum = 0
    for i in range(n):
        l = [i, i + 1]
        s = str(i)
        checksum = (checksum + l[1] - l[0] + len(s)) % 1000000007
    return checksum


print(run(10000000))
