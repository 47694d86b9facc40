def f():
    try:
        a()
    finally:
        d()
