# An uncaught OverflowError from float.fromhex.
values = ["0x1p10", "0x1.8p-3", "-0x1p1023"]
for v in values:
    print(v, float.fromhex(v))
print(float.fromhex("0x1p1024"))
