# An inventory ledger: transactions as dicts, validation with exceptions,
# reports with comprehensions and sorting.

transactions = [
    {"op": "add", "sku": "apple", "qty": 50, "price": 0.4},
    {"op": "add", "sku": "pear", "qty": 20, "price": 0.55},
    {"op": "sell", "sku": "apple", "qty": 12},
    {"op": "sell", "sku": "kiwi", "qty": 1},
    {"op": "add", "sku": "kiwi", "qty": 0, "price": 1.0},
    {"op": "sell", "sku": "pear", "qty": 25},
    {"op": "adjust", "sku": "pear", "qty": -3},
    {"op": "add", "sku": "apple", "qty": 10, "price": 0.45},
    {"op": "refund", "sku": "apple"},
    {"op": "sell", "sku": "apple", "qty": "3"},
    {"op": "sell", "sku": "apple", "qty": 48},
]


class_errors = (KeyError, ValueError, TypeError, LookupError)


def apply(stock, tx):
    op = tx["op"]
    sku = tx["sku"]
    if op == "add":
        qty, price = tx["qty"], tx["price"]
        if qty <= 0:
            raise ValueError(f"cannot add {qty} of {sku}")
        entry = stock.setdefault(sku, {"qty": 0, "cost": 0.0})
        entry["qty"] += qty
        entry["cost"] += qty * price
    elif op == "sell":
        qty = tx["qty"]
        if not isinstance(qty, int):
            raise TypeError(f"quantity must be int, not {type(qty).__name__}")
        entry = stock[sku]
        if entry["qty"] < qty:
            raise ValueError(f"only {entry['qty']} {sku} left, wanted {qty}")
        avg = entry["cost"] / entry["qty"]
        entry["qty"] -= qty
        entry["cost"] -= avg * qty
    elif op == "adjust":
        stock[sku]["qty"] += tx["qty"]
    else:
        raise LookupError(f"unknown operation {op!r}")


stock = {}
failures = []
for n, tx in enumerate(transactions, 1):
    try:
        apply(stock, tx)
    except class_errors as e:
        failures.append((n, type(e).__name__, str(e)))
    else:
        print(f"#{n:02d} ok   {tx['op']:6} {tx['sku']}")

for n, kind, msg in failures:
    print(f"#{n:02d} FAIL {kind}: {msg}")

report = {sku: (e["qty"], round(e["cost"], 2)) for sku, e in stock.items()}
print(report)
print(sorted(report, key=lambda s: (-report[s][0], s)))
print(sum(q for q, _ in report.values()), max(report.items(), key=lambda kv: kv[1][1]))
print({kind for _, kind, _ in failures}, len(failures))
