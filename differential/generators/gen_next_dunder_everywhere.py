# __next__ and __iter__ called directly, on generators and on every
# builtin iterator a generator is usually combined with.

def gen():
    yield "g"


iterators = [
    gen(),
    (c for c in "x"),
    iter([1]),
    iter((2,)),
    iter("s"),
    iter(range(3, 4)),
    iter({"k": 1}),
    iter({"k": 1}.values()),
    iter({"k": 1}.items()),
    iter({5}),
    iter(b"b"),
    enumerate("e"),
    zip("z", gen()),
    reversed([6]),
    map(str.upper, ["m"]),
    filter(None, [0, 7]),
    iter([8, 9].pop, 8),
]
for it in iterators:
    name = type(it).__name__
    first = it.__next__()
    try:
        it.__next__()
        second = "more"
    except StopIteration as e:
        second = "StopIteration" + repr(e.args)
    print(name, first, second, it.__iter__() is it, iter(it) is it)
step = iter([1, 2]).__next__
print(step(), step())
try:
    step()
except StopIteration:
    print("bound __next__ exhausted")
for bad in (
    lambda: iter([]).__next__(1),
    lambda: gen().__next__(None),
    lambda: iter("a").__iter__(2),
    lambda: gen().__iter__(1, 2),
    lambda: enumerate("").__next__(x=1),
    lambda: gen().__next__(x=1),
):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
collected = []
source = gen()
while True:
    try:
        collected.append(source.__next__())
    except StopIteration:
        break
print(collected, list(map(lambda it: it.__next__(), [iter("ab"), gen()])))
