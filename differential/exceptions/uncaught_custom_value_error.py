print(ValueError("preview"), repr(ValueError("preview")))
def check_age(age):
    if age < 0:
        raise ValueError("age cannot be negative: " + str(age))
    if age > 150:
        raise ValueError("age unrealistic: " + str(age))
    return age

def register(name, age):
    check_age(age)
    return {"name": name, "age": age}

def register_all(people):
    out = []
    for name, age in people:
        out.append(register(name, age))
        print("registered", name)
    return out

register_all([("ann", 30), ("bob", 200), ("cy", 5)])
