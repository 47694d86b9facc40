def grow(base, exponent):
    return base ** exponent

def table(base):
    for e in [10, 100, 200, 300, 400]:
        print(base, e, grow(base, e))

def main():
    table(2.0)
    table(10.0)

main()
