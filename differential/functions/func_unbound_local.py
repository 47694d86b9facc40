x = 10

def reads_then_assigns():
    print(x)
    x = 5

def assigns_in_branch(flag):
    if flag:
        y = 1
    return y

def augmented():
    x += 1
    return x

def deleted_local():
    z = 3
    del z
    return z

def global_ok():
    global x
    x += 1
    return x

for fn in [reads_then_assigns, augmented, deleted_local]:
    try:
        fn()
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
try:
    assigns_in_branch(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)
print(assigns_in_branch(True))
print(global_ok(), x)

def try_assign():
    try:
        v = int("bad")
    except ValueError:
        pass
    return v

try:
    try_assign()
except UnboundLocalError as e:
    print("UnboundLocalError", e)

def loop_assign(items):
    for item in items:
        last = item
    return last

print(loop_assign([1, 2, 3]))
try:
    loop_assign([])
except UnboundLocalError as e:
    print("UnboundLocalError", e)
