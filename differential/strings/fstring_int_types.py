for v in [0, 1, 10, 255, -255, 4096, 2 ** 64, -(2 ** 63)]:
    print(f"{v:d} {v:b} {v:o} {v:x} {v:X} {v:#b} {v:#o} {v:#x} {v:#X}")
print(f"{255:08b} {255:#010b} {255:#06x} {255:#06X} {-255:#08x}")
print(f"{255:>#12x}|{255:<#12o}|{255:^#12b}|")
print(f"{65:c} {0x1F600:c} {20013:c}")
print(f"{42:n}")
print(f"{True:d} {False:b} {True:x}")
print(f"{42:e} {42:f} {42:g} {42:%} {42:.2f}")
print(f"{-42:E} {7:F} {123456789:g} {1234567:G}")
print(f"{10:+#x} {-10:+#o} {10: #b}")
print(f"{2 ** 100:x}")
print(f"{2 ** 100:o}")
print(f"{(2 ** 100) - 1:b}".count("1"))
try:
    print(f"{42:s}")
except ValueError as e:
    print("ValueError", e)
spec_val = 3.7
try:
    print(f"{spec_val:d}")
except ValueError as e:
    print("ValueError", e)
try:
    print(f"{spec_val:x}")
except ValueError as e:
    print("ValueError", e)
try:
    print(f"{'abc':d}")
except ValueError as e:
    print("ValueError", e)
try:
    print(f"{42:,b}")
except ValueError as e:
    print("ValueError", e)
try:
    print(f"{42:.2x}")
except ValueError as e:
    print("ValueError", e)
