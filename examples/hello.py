def greet(name, punctuation="!"):
    return "Hello, " + name + punctuation


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


if __name__ == "__main__":
    print(greet("world"))
    print("fib(20) =", fib(20))
    print(2 ** 100, -7 // 2, 0.1 + 0.2)
