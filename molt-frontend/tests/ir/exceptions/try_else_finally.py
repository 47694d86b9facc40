def f():
    try:
        a()
    except KeyError:
        b()
    else:
        c()
    finally:
        d()
