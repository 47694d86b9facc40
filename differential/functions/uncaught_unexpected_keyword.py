# An unexpected keyword argument in a deep call chain, uncaught.

def configure(name, *, retries=3, timeout=1.0):
    return f"{name}: retries={retries} timeout={timeout}"


def build(options):
    return configure("svc", **options)


def main():
    print(build({"retries": 5}))
    print(build({"timeout": 2.5, "retry": 1}))


main()
