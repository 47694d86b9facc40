print(2.0 ** 1023, 2 ** 1023 > 1e307)
print(10.0 ** 308, 10 ** 308 * 10)
try:
    print(10.0 ** 309)
except OverflowError as e:
    print("caught:", e)
print(1e308 * 10, "is inf (no error for multiplication)")
print("starting tables")
def grow(base, exponent):
    return base ** exponent

def table(base):
    for e in [10, 100, 200, 300, 400]:
        print(base, e, grow(base, e))

def main():
    table(2.0)
    table(10.0)

main()
