prices = [19.99, 5.005, 0.125, 2.675, 1.115, 100.0, 0.1 + 0.2, 1 / 3]
for p in prices:
    print(repr(p), round(p, 2), round(p * 100) / 100, f"{p:.2f}")
items = [("widget", 3, 4.99), ("gadget", 2, 12.5), ("gizmo", 7, 0.35)]
subtotal = 0.0
for name, qty, unit in items:
    line = qty * unit
    subtotal += line
    print(f"{name:<8}{qty:>3} x {unit:>6.2f} = {line:>8.2f}")
tax = round(subtotal * 0.0825, 2)
total = round(subtotal + tax, 2)
print(f"subtotal {subtotal:.2f} tax {tax:.2f} total {total:.2f}")
cents = 0
for name, qty, unit in items:
    cents += qty * round(unit * 100)
print(cents, cents // 100, cents % 100)
split = [round(total / 3, 2)] * 3
diff = round(total - sum(split), 2)
split[0] = round(split[0] + diff, 2)
print(split, round(sum(split), 2) == total)
for v in [0.5, 1.5, 2.5, -0.5, 1234.5]:
    print(v, round(v), int(v + 0.5), round(v, 0))
