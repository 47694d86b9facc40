# Methods reached through their type: str.upper, list.append, ... with receiver checks.
print(str.upper("abc"), list(map(str.strip, [" a ", "b "])), sorted(["b", "A", "c"], key=str.lower))
print(dict.get({"a": 1}, "a"), list.count([1, 1, 2], 1), int.bit_length(255))
print(str.upper.__name__, str.upper.__qualname__, callable(str.split))
print(repr(str.upper), repr(list.append))
for call in [lambda: str.upper(5), lambda: str.upper(), lambda: list.append((), 1), lambda: str.join(",", ["a", 1])]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
words = ["b", "a"]
list.sort(words)
print(words, str.join("-", words), str.replace("aaa", "a", "b", 2))
print(bool.bit_length(True), str.count("banana", "a"))
