z = 1 + 2j
w = 1e400j
