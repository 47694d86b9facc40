# An uncaught complex ZeroDivisionError: traceback frames and the final line.
def ratio(a, b):
    return a / b


print(ratio(1 + 1j, 2))
print(ratio(1 + 1j, 0j))
