inventory = {
    "fruits": {"apple": {"qty": 5, "price": 0.5}, "banana": {"qty": 12, "price": 0.25}},
    "veg": {"carrot": {"qty": 0, "price": 0.1}, "leek": {"qty": 3, "price": 1.2}},
}
total = 0.0
for cat in inventory:
    cat_total = 0.0
    for item in inventory[cat]:
        info = inventory[cat][item]
        value = info["qty"] * info["price"]
        cat_total += value
        print(cat, item, info["qty"], info["price"], round(value, 2))
    print(cat, "subtotal", round(cat_total, 2))
    total += cat_total
print("total", round(total, 2))
inventory["veg"]["carrot"]["qty"] += 10
inventory["fruits"]["cherry"] = {"qty": 100, "price": 0.05}
out_of_stock = []
for cat, items in inventory.items():
    for name, info in items.items():
        if info["qty"] < 5:
            out_of_stock.append(name)
print(out_of_stock)
print(inventory["veg"])
try:
    print(inventory["meat"]["beef"])
except KeyError as e:
    print("KeyError", e)
try:
    print(inventory["fruits"]["apple"]["weight"])
except KeyError as e:
    print("KeyError", e)
people = [{"name": "ann", "langs": ["py", "c"]}, {"name": "bo", "langs": []}, {"name": "cy", "langs": ["py"]}]
by_lang = {}
for p in people:
    for l in p["langs"]:
        by_lang.setdefault(l, []).append(p["name"])
print(by_lang)
