import sys

print("validator starting")
def validate(values):
    bad = 0
    for v in values:
        if v < 0:
            print("negative value:", v)
            bad += 1
    return bad

def main():
    errors = validate([3, -1, 4, -5, 9])
    print("errors:", errors)
    if errors:
        sys.exit(errors + 1)
    print("all good")

main()
print("not reached")
