def level3(x):
    if x == 3:
        raise IndexError("from level 3")
    return [x]

def level2(x):
    try:
        return level3(x) + [2]
    except KeyError:
        return ["level2 caught KeyError"]
    finally:
        print("level2 finally", x)

def level1(x):
    try:
        return level2(x)
    except IndexError as e:
        print("level1 caught", e)
        return ["recovered"]
    finally:
        print("level1 finally", x)

print(level1(1))
print(level1(3))

result = []
try:
    try:
        try:
            raise ValueError("innermost")
        except TypeError:
            result.append("wrong handler")
        finally:
            result.append("f1")
    except ValueError as e:
        result.append("caught " + str(e))
        try:
            raise KeyError("in handler")
        except KeyError as e2:
            result.append("inner handler " + str(e2))
    finally:
        result.append("f2")
finally:
    result.append("f3")
print(result)

def deep(n):
    try:
        if n == 0:
            raise RuntimeError("bottom")
        return deep(n - 1)
    finally:
        if n % 2 == 0:
            print("unwinding", n)

try:
    deep(6)
except RuntimeError as e:
    print("caught", e)
