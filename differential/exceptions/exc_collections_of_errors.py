def run(fn_id):
    if fn_id == 0:
        return [1][5]
    if fn_id == 1:
        return {"a": 1}["b"]
    if fn_id == 2:
        return int("q")
    if fn_id == 3:
        return 1 / 0
    if fn_id == 4:
        return "a" + 1
    if fn_id == 5:
        return no_such_name
    return "fine"

errors = []
results = []
for i in range(7):
    try:
        results.append(run(i))
    except Exception as e:
        errors.append(e)
print(results)
print(len(errors))
for e in errors:
    print(type(e).__name__, repr(e), e.args)
counts = {}
for e in errors:
    name = type(e).__name__
    counts[name] = counts.get(name, 0) + 1
print(counts)
print(errors[0].args[0], errors[1].args[0])
print(str(errors[2]).split(":")[0])
def message_of(e):
    return str(e)
print(sorted(errors, key=message_of)[0])
