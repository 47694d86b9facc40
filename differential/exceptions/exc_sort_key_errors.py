def key_len(x):
    return len(x)

def key_first(x):
    return x[0]

def key_int(x):
    return int(x)

cases = [
    (["bb", "a", "ccc"], key_len),
    (["bb", 5, "ccc"], key_len),
    (["b", "", "a"], key_first),
    (["3", "10", "2"], key_int),
    (["3", "ten", "2"], key_int),
]
for data, key in cases:
    try:
        print(sorted(data, key=key))
    except TypeError as e:
        print("TypeError", e)
    except IndexError as e:
        print("IndexError", e)
    except ValueError as e:
        print("ValueError", e)
lst = ["x", "yy", 3]
try:
    lst.sort(key=key_len)
except TypeError as e:
    print("TypeError", e, lst)
try:
    print(max(["a", 1], key=key_len))
except TypeError as e:
    print("TypeError", e)
try:
    print(min([], key=key_len))
except ValueError as e:
    print("ValueError", e)
print(min([], key=key_len, default="empty ok"))
