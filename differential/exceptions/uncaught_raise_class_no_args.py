try:
    raise KeyError
except KeyError as e:
    print("caught bare KeyError", repr(e), e.args)
def validate(config):
    if "name" not in config:
        raise KeyError
    if not config["name"]:
        raise ValueError("")
    return True

def main():
    print(validate({"name": "ok"}))
    try:
        validate({"name": ""})
    except ValueError as e:
        print("empty name:", repr(e))
    validate({})

main()
