# A state machine driven by matching (state, event) tuples.
def step(state, event):
    match state, event:
        case ("idle", ("coin", amount)) if amount >= 25:
            return ("ready", amount - 25)
        case ("idle", ("coin", amount)):
            return ("collecting", amount)
        case ("collecting", ("coin", amount)):
            return ("collecting", amount)
        case ("ready" | "collecting", "refund"):
            return ("idle", 0)
        case ("ready", "push"):
            return ("vending", 0)
        case ("vending", _):
            return ("idle", 0)
        case (s, e):
            return (s, f"ignored {e!r}")


def run(events):
    state, credit, log = "idle", 0, []
    for ev in events:
        new_state, info = step(state, ev)
        match new_state, info:
            case ("collecting", n):
                credit += n
                if credit >= 25:
                    new_state, credit = "ready", credit - 25
            case (_, message) if isinstance(message, str):
                log.append(message)
            case (_, change):
                credit += change
        state = new_state
        log.append(state)
    return log, credit


print(run([("coin", 10), ("coin", 20), "push", "tick"]))
print(run([("coin", 30), "refund", "push", ("coin", 5)]))
print(run(["push", ("token", 1), ("coin", 25), "push", "anything", "refund"]))
