s = "sample"
try:
    s.upper(1)
except TypeError as e:
    print("TypeError", e)
try:
    s.split(",", 1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    s.join("a", "b")
except TypeError as e:
    print("TypeError", e)
try:
    s.zfill()
except TypeError as e:
    print("TypeError", e)
try:
    s.center()
except TypeError as e:
    print("TypeError", e)
try:
    s.startswith()
except TypeError as e:
    print("TypeError", e)
try:
    s.count("a", "b")
except TypeError as e:
    print("TypeError", e)
try:
    s.find("a", 1.5)
except TypeError as e:
    print("TypeError", e)
try:
    s.replace("a", 1)
except TypeError as e:
    print("TypeError", e)
try:
    s.partition(1)
except TypeError as e:
    print("TypeError", e)
try:
    len(s, s)
except TypeError as e:
    print("TypeError", e)
try:
    s.ljust(3, 4)
except TypeError as e:
    print("TypeError", e)
try:
    s.title(None)
except TypeError as e:
    print("TypeError", e)
