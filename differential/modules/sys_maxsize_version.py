import sys

print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1)
print(sys.maxsize + 1, (sys.maxsize + 1) // 2, hex(sys.maxsize), bin(sys.maxsize).count("1"))
print(sys.version_info >= (3, 12), sys.version_info >= (3,), sys.version_info < (4, 0))
print(sys.version_info[0], sys.version_info[1] >= 12, sys.version_info[0] == 3)
major = sys.version_info[0]
if major >= 3:
    print("python 3 semantics")
else:
    print("old python")
if sys.version_info >= (3, 12):
    print("3.12+ features available")
big = sys.maxsize
print(big * big, big + big, big // -1, -big - 2)
lst = list(range(5))
print(lst[:sys.maxsize], lst[-sys.maxsize:2], len(range(0, sys.maxsize, 2 ** 62)))
print(min(sys.maxsize, 10 ** 20), max(-sys.maxsize, -(10 ** 20)))
print(sys.maxsize > 2 ** 62, sys.maxsize < 2 ** 64, str(sys.maxsize)[:5])
print(-sys.maxsize - 1 == -(2 ** 63), (sys.maxsize + 1) & sys.maxsize)
