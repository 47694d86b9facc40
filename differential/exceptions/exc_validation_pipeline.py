def require(cond, msg):
    if not cond:
        raise ValueError(msg)

def validate_user(u):
    require(isinstance(u, dict), "user must be a dict")
    require("name" in u, "missing name")
    require(isinstance(u["name"], str) and u["name"].strip() != "", "empty name")
    require("age" in u, "missing age")
    age = u["age"]
    if not isinstance(age, int) or isinstance(age, bool):
        raise TypeError("age must be int, got " + repr(age))
    require(0 <= age <= 130, "age out of range: " + str(age))
    email = u.get("email", "")
    if email:
        require("@" in email and "." in email.partition("@")[2], "bad email " + repr(email))
    return True

users = [
    {"name": "Ann", "age": 30, "email": "ann@example.com"},
    {"name": "  ", "age": 30},
    {"age": 5},
    {"name": "Bob", "age": "old"},
    {"name": "Cy", "age": 200},
    {"name": "Di", "age": 40, "email": "di@nowhere"},
    {"name": "Ed", "age": True},
    ["not", "dict"],
    {"name": "Flo"},
    {"name": "Gus", "age": 0, "email": ""},
]
valid = 0
for i, u in enumerate(users):
    try:
        validate_user(u)
        valid += 1
        print(i, "valid")
    except ValueError as e:
        print(i, "ValueError:", e)
    except TypeError as e:
        print(i, "TypeError:", e)
print("valid", valid, "of", len(users))
