# An account state machine driven by a list of commands, using match on
# tuples, closures for audit hooks, and exceptions for rule violations.


class_free_state = {"balance": 0, "status": "open", "history": []}



def make_auditor(limit):
    flagged = []

    def audit(kind, amount):
        if amount >= limit:
            flagged.append((kind, amount))
        return len(flagged)

    def report():
        return list(flagged)

    return audit, report


audit, report = make_auditor(500)


def step(state, command):
    match command, state["status"]:
        case ("deposit", amount), "open" if amount > 0:
            state["balance"] += amount
            audit("deposit", amount)
        case ("withdraw", amount), "open":
            if amount > state["balance"]:
                raise ValueError(f"insufficient funds: {state['balance']} < {amount}")
            state["balance"] -= amount
            audit("withdraw", amount)
        case ("freeze",), "open":
            state["status"] = "frozen"
        case ("thaw",), "frozen":
            state["status"] = "open"
        case ("close",), ("open" | "frozen") as previous:
            if state["balance"]:
                raise RuntimeError(f"cannot close with balance {state['balance']} (was {previous})")
            state["status"] = "closed"
        case (name, *args), status:
            raise PermissionError(f"{name}{tuple(args)} not allowed while {status}")
    state["history"].append(command[0])


commands = [("deposit", 100), ("deposit", 900), ("withdraw", 50), ("freeze",), ("deposit", 10),
            ("thaw",), ("withdraw", 2000), ("deposit", -5), ("close",), ("withdraw", 950),
            ("close",), ("deposit", 1)]
state = dict(class_free_state)
state["history"] = []
for cmd in commands:
    try:
        step(state, cmd)
        print(f"{cmd!s:22} -> {state['status']:6} {state['balance']}")
    except (ValueError, RuntimeError, PermissionError) as e:
        print(f"{cmd!s:22} !! {type(e).__name__}: {e}")
print(state["history"], report())
