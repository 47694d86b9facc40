# Annotations are evaluated when the def runs, in order, and stored in
# __annotations__; lambdas and unannotated functions have none.

order = []


def note(label, value):
    order.append(label)
    return value


def annotated(a: note("a", int), b: note("b", "text") = note("default b", 1), *args: note("args", tuple),
              c: note("c", float) = note("default c", 2.0), **kw: note("kw", dict)) -> note("return", list):
    return [a, b, c]


print(order)
print(annotated.__annotations__)
print(annotated(1))
print(list(annotated.__annotations__))


def unannotated(x, y=1):
    return x


print(unannotated.__annotations__, (lambda q: q).__annotations__)


def partially(x, y: "why", z):
    return x


print(partially.__annotations__)


def return_only() -> None:
    return None


print(return_only.__annotations__)
return_only.__annotations__ = {"changed": str}
print(return_only.__annotations__)
return_only.__annotations__["more"] = int
print(return_only.__annotations__)
try:
    return_only.__annotations__ = 5
except TypeError as e:
    print("TypeError", e)


def nested_scope():
    local_type = list

    def inner(v: local_type) -> local_type:
        return v

    return inner.__annotations__


print(nested_scope())


def expression_annotations(a: 1 + 2, b: [int, str], c: {"k": None}, d: (lambda: 0) is None):
    return a


print(expression_annotations.__annotations__)
try:
    def broken(x: undefined_name):
        return x
except NameError as e:
    print("NameError", e)
anns = annotated.__annotations__
print(anns is annotated.__annotations__, type(anns).__name__)
