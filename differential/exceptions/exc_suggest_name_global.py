# The closest bound global wins over the builtins.
def compute(values):
    return sum(values)


results = [compute([1, 2]), compute([3])]
print(results)
print(reslts)
