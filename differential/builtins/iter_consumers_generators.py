# Every builtin that takes an iterable accepts a generator, and consumes it
# exactly as far as it needs to.

log = []


def numbers(n, tag):
    for i in range(n):
        log.append(f"{tag}{i}")
        yield i


def take_log():
    out = " ".join(log)
    log.clear()
    return out


print(list(numbers(3, "l")), take_log())
print(tuple(numbers(3, "t")), take_log())
print(sorted(set(numbers(4, "s"))), take_log())
print(sorted(frozenset(numbers(2, "f"))), take_log())
print(dict((i, i * i) for i in numbers(3, "d")), take_log())
print(sum(numbers(5, "u")), take_log())
print(sum(numbers(5, "u"), 100), take_log())
print(min(numbers(4, "m")), max(numbers(4, "M")), take_log())
print(sorted(numbers(4, "o"), reverse=True), take_log())
print(any(x > 1 for x in numbers(10, "a")), take_log())
print(all(x < 2 for x in numbers(10, "A")), take_log())
print("-".join(str(x) for x in numbers(3, "j")), take_log())
print(list(enumerate(numbers(3, "e"), 10)), take_log())
print(list(zip(numbers(5, "z"), "ab")), take_log())
print(list(map(str, numbers(3, "p"))), take_log())
print(list(filter(None, numbers(4, "i"))), take_log())
print(bytes(numbers(3, "b")), bytearray(numbers(2, "B")), take_log())
print(list(reversed(list(numbers(3, "r")))), take_log())
a, b, c = numbers(3, "x")
print(a, b, c, take_log())
first, *rest = numbers(4, "y")
print(first, rest, take_log())
print([*numbers(2, "w"), *numbers(1, "v")], take_log())
print({*numbers(2, "q")}, take_log())
print(3 in numbers(10, "c"), take_log())
print(max(numbers(0, "e"), default="empty"), take_log())
