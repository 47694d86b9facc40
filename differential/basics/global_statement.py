counter = 0
history = []
config = {"debug": False}

def increment(step=1):
    global counter
    counter += step
    return counter

def reset():
    global counter, history
    counter = 0
    history = []

def record(v):
    history.append(v)

def toggle():
    config["debug"] = not config["debug"]

def read_only():
    return counter * 10

def make_new_global():
    global created
    created = "I was created inside a function"

print(increment(), increment(), increment(5))
print(read_only())
record("a")
record("b")
print(history)
reset()
print(counter, history)
toggle()
toggle()
toggle()
print(config)
make_new_global()
print(created)
def shadow():
    counter = 999
    return counter
print(shadow(), counter)
def bad():
    print(counter)
    counter = 5
try:
    bad()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
def rebind_list():
    global history
    history = history + ["x"]
rebind_list()
rebind_list()
print(history)
for i in range(10):
    increment(i)
print(counter)
