def sorted_copy(lst):
    out = lst[:]
    out.sort()
    return out

def sort_in_place(lst):
    lst.sort()

def add_pure(d, k, v):
    out = d.copy()
    out[k] = v
    return out

def add_mut(d, k, v):
    d[k] = v

def double_all(lst):
    for i in range(len(lst)):
        lst[i] *= 2

def doubled(lst):
    out = []
    for x in lst:
        out.append(x * 2)
    return out

data = [3, 1, 2]
s = sorted_copy(data)
print(data, s)
print(sort_in_place(data), data)
d = {"a": 1}
d2 = add_pure(d, "b", 2)
print(d, d2)
add_mut(d, "c", 3)
print(d)
nums = [1, 2, 3]
print(doubled(nums), nums)
double_all(nums)
print(nums)
def reassign(lst):
    lst = [0]
    return lst
orig = [9]
print(reassign(orig), orig)
def extend_param(lst):
    lst += [100]
    return lst
print(extend_param(orig), orig)
def concat_param(lst):
    lst = lst + [200]
    return lst
print(concat_param(orig), orig)
def tuple_param(t):
    t += (1,)
    return t
tt = (0,)
print(tuple_param(tt), tt)
def str_param(s):
    s += "!"
    return s
ss = "hi"
print(str_param(ss), ss)
