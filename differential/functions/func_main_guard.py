import sys

def parse_args(argv):
    opts = {"verbose": False, "count": 1}
    for a in argv:
        if a == "-v":
            opts["verbose"] = True
        elif a.startswith("--count="):
            opts["count"] = int(a.split("=", 1)[1])
    return opts

def run(opts):
    for i in range(opts["count"]):
        print("run", i, "verbose" if opts["verbose"] else "quiet")
    return 0

def main():
    print(len(sys.argv) >= 1)
    print(parse_args(["-v", "--count=3"]))
    print(parse_args([]))
    print(parse_args(sys.argv[1:]))
    return run(parse_args(["--count=2"]))

print("module name check:", __name__)
if __name__ == "__main__":
    code = main()
    print("main returned", code)
else:
    print("imported")
