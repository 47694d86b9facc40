handlers = {}
event_log = []

def subscribe(event, handler):
    handlers.setdefault(event, []).append(handler)

def publish(event, payload):
    results = []
    for h in handlers.get(event, []):
        results.append(h(payload))
    event_log.append((event, len(results)))
    return results

def on_login_log(user):
    return "log: " + user + " logged in"

def on_login_greet(user):
    return "hello " + user.title()

def on_logout(user):
    return "bye " + user

def on_data_sum(values):
    return sum(values)

def on_data_max(values):
    return max(values)

subscribe("login", on_login_log)
subscribe("login", on_login_greet)
subscribe("logout", on_logout)
subscribe("data", on_data_sum)
subscribe("data", on_data_max)
subscribe("data", len)
print(publish("login", "ann"))
print(publish("logout", "ann"))
print(publish("data", [4, 8, 15, 16, 23, 42]))
print(publish("unknown", None))
print(event_log)
print(sorted(handlers), len(handlers["data"]))

def retry(action, attempts):
    for i in range(attempts):
        try:
            return action(i)
        except ValueError as e:
            print("attempt", i, "failed:", e)
    return "gave up"

def flaky(i):
    if i < 2:
        raise ValueError("not yet " + str(i))
    return "succeeded on " + str(i)

def always_fails(i):
    raise ValueError("nope")

print(retry(flaky, 5))
print(retry(always_fails, 2))
