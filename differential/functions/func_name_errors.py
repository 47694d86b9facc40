def uses_undefined():
    return undefined_name + 1

def calls_undefined():
    return not_a_function(3)

try:
    uses_undefined()
except NameError as e:
    print("NameError", e)
try:
    calls_undefined()
except NameError as e:
    print("NameError", e)
try:
    print(later_defined)
except NameError as e:
    print("NameError", e)
later_defined = "now defined"
print(later_defined)

def uses_later():
    return defined_after_function

defined_after_function = "resolved at call time"
print(uses_later())

def local_unbound():
    x = x + 1
    return x

try:
    local_unbound()
except UnboundLocalError as e:
    print("UnboundLocalError", e)

def conditional_assign(flag):
    if flag:
        value = "set"
    return value

print(conditional_assign(True))
try:
    conditional_assign(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)
try:
    conditional_assign(False)
except NameError as e:
    print("caught as NameError:", type(e).__name__)

def loop_var(n):
    for i in range(n):
        pass
    return i

print(loop_var(3))
try:
    loop_var(0)
except UnboundLocalError as e:
    print("UnboundLocalError", e)
try:
    Print("typo")
except NameError as e:
    print("NameError", e)
