def make_account(owner, balance=0):
    return {"owner": owner, "balance": balance, "history": []}

def deposit(acct, amount):
    if amount <= 0:
        raise ValueError("deposit must be positive")
    acct["balance"] += amount
    acct["history"].append(("dep", amount))
    return acct["balance"]

def withdraw(acct, amount):
    if amount > acct["balance"]:
        raise ValueError("insufficient funds: balance " + str(acct["balance"]) + ", requested " + str(amount))
    acct["balance"] -= amount
    acct["history"].append(("wd", amount))
    return acct["balance"]

def transfer(src, dst, amount):
    withdraw(src, amount)
    deposit(dst, amount)
    return (src["balance"], dst["balance"])

a = make_account("ann", 100)
b = make_account("bob")
print(deposit(a, 50), withdraw(a, 30), transfer(a, b, 70))
for action, amt in [("wd", 500), ("dep", -5), ("dep", 0), ("wd", 50)]:
    try:
        if action == "wd":
            print("ok", withdraw(a, amt))
        else:
            print("ok", deposit(a, amt))
    except ValueError as e:
        print("ValueError", e)
print(a)
print(b)
def make_counter(start=0):
    return {"value": start}
def tick(c, step=1):
    c["value"] += step
    return c["value"]
c1 = make_counter()
c2 = make_counter(100)
print(tick(c1), tick(c1), tick(c2, 10), tick(c1, -5), c1, c2)
