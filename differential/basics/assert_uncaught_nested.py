assert 1 + 1 == 2, "arithmetic"
assert isinstance({}, dict)
print("dict check passed")
def validate(record):
    assert isinstance(record, dict), "record must be a dict"
    assert "id" in record, "missing id in " + repr(record)
    return record["id"]

def process(records):
    ids = []
    for r in records:
        ids.append(validate(r))
    return ids

def main():
    print(process([{"id": 1}, {"id": 2, "x": 0}]))
    print(process([{"id": 3}, {"name": "bob"}]))
    print("unreachable")

main()
