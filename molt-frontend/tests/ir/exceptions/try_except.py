def f():
    try:
        g()
    except ValueError as e:
        print(e)
