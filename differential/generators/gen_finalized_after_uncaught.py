# An uncaught exception ends the program; suspended generators are still
# closed afterwards.


def ticker():
    n = 0
    try:
        while True:
            n += 1
            yield n
    finally:
        print("ticker stopped at", n)


t = ticker()
print(next(t), next(t))
print({"a": 1}["b"])
