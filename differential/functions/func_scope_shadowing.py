name = "global"
items = [1, 2, 3]

def read_global():
    return name

def shadow_param(name):
    return "param " + name

def shadow_local():
    name = "local"
    return name

def mutate_global_list():
    items.append(4)
    return len(items)

def rebind_local_list():
    items = ["fresh"]
    return items

def builtin_shadow(len):
    return len * 2

def uses_builtin(x):
    return len(x)

print(read_global(), shadow_param("p"), shadow_local(), name)
print(mutate_global_list(), items)
print(rebind_local_list(), items)
print(builtin_shadow(21), uses_builtin("four"))
def counter_demo():
    count = 0
    for i in range(5):
        count += i
    return count
count = "module count"
print(counter_demo(), count)
def param_default_global(x=name):
    return x
name = "changed"
print(param_default_global(), read_global())
def same_name_as_func():
    same_name_as_func_value = 1
    return same_name_as_func_value
print(same_name_as_func())
max = 5
print(max)
del max
print(max(3, 9))
