samples = [("key=value", "="), ("key=val=ue", "="), ("novalue", "="), ("=start", "="), ("end=", "="), ("", "="), ("a::b::c", "::"), ("中=文", "=")]
for s, sep in samples:
    print(repr(s), s.partition(sep))
head, sep, tail = "user@example.com".partition("@")
print(head, sep, tail)
try:
    print("abc".partition(""))
except ValueError as e:
    print("ValueError", e)
try:
    print("abc".partition(None))
except TypeError as e:
    print("TypeError", e)
config = "host = localhost\nport=8080\n# comment\ndebug = true\nbroken line"
settings = {}
for line in config.splitlines():
    if line.startswith("#"):
        continue
    k, s, v = line.partition("=")
    if not s:
        print("skipping", repr(line))
        continue
    settings[k.strip()] = v.strip()
print(settings)
url = "https://example.com/path/to?x=1"
scheme, _, rest = url.partition("://")
host, _, path = rest.partition("/")
print(scheme, host, path)
