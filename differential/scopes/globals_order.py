# The namespace keeps definition order: a deleted name that is bound again
# moves to the end.
first = 1
second = 2
third = 3


def user_names():
    return [k for k in globals() if not k.startswith("__") and k != "user_names"]


print(user_names())
del first
print(user_names())
first = 10
print(user_names())
globals()["fourth"] = 4
print(user_names())
second = 20
print(user_names(), second)
for loop_var in range(2):
    pass
print(user_names())
