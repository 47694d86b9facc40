records = [("alice", 30, "NY"), ("bob", 25, "LA"), ("carol", 30, "LA"), ("dave", 25, "NY"), ("eve", 35, "LA"), ("frank", 30, "NY")]
def age(r):
    return r[1]
def city(r):
    return r[2]
def name(r):
    return r[0]
by_age = sorted(records, key=age)
for r in by_age:
    print(r)
print()
by_city_then_age = sorted(sorted(records, key=age), key=city)
for r in by_city_then_age:
    print(r)
print()
rev = sorted(records, key=age, reverse=True)
for r in rev:
    print(r)
print()
def city_age_desc(r):
    return (r[2], -r[1], r[0])
for r in sorted(records, key=city_age_desc):
    print(r)
letters = list("bAaBcCAb")
def upper_key(ch):
    return ch.upper()
print(sorted(letters, key=upper_key))
print(sorted(letters, key=upper_key, reverse=True))
nums = [3, 1, 2, 1, 3, 2]
tagged = []
for i in range(len(nums)):
    tagged.append((nums[i], i))
def first(t):
    return t[0]
print(sorted(tagged, key=first))
print(sorted(tagged, key=first, reverse=True))
