def f():
    try:
        g()
    except:
        raise
