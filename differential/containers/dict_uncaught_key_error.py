print(len({"a": 1, "b": 2}))
print(sorted(["cherry", "apple", "banana"]))
print({"apple": 0.5}.get("durian", "missing"))
prices = {"apple": 0.5, "banana": 0.25, "cherry": 3.0}

def price_of(item):
    return prices[item]

def order_total(order):
    total = 0.0
    for item, qty in order:
        total += price_of(item) * qty
    return total

def checkout(orders):
    for o in orders:
        print("order total", order_total(o))

checkout([[("apple", 4), ("banana", 2)], [("cherry", 1)]])
checkout([[("apple", 1), ("durian", 2)]])
