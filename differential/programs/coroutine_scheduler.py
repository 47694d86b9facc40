# Cooperative tasks as generators: a round-robin scheduler that sends
# values in, delivers exceptions with throw(), and collects results.


def worker(name, steps):
    total = 0
    try:
        for i in range(steps):
            got = yield f"{name} step {i}"
            if got is not None:
                total += got
        return f"{name} done with {total}"
    except KeyError as e:
        return f"{name} recovered from {e!r}"
    finally:
        print(f"  [{name} cleanup]")


def crasher():
    yield "crasher starting"
    raise RuntimeError("crasher failed")


def scheduler(tasks):
    results = {}
    queue = [(name, gen, None) for name, gen in tasks]
    tick = 0
    while queue:
        name, gen, value = queue.pop(0)
        tick += 1
        try:
            if tick == 5 and name == "b":
                out = gen.throw(KeyError("injected"))
            else:
                out = gen.send(value)
        except StopIteration as stop:
            results[name] = stop.value
            continue
        except RuntimeError as e:
            results[name] = f"crashed: {e}"
            continue
        print(f"tick {tick}: {out}")
        queue.append((name, gen, tick))
    return results


tasks = [("a", worker("a", 3)), ("b", worker("b", 5)), ("c", crasher()), ("d", worker("d", 1))]
for k, v in sorted(scheduler(tasks).items()):
    print(k, "=>", v)

# Closing an unfinished task runs its finally block.
w = worker("e", 10)
print(next(w), w.send(5))
w.close()
print(w.gi_frame is None, w.gi_running)
