def normalize(s):
    out = ""
    for ch in s.lower():
        if ch.isalnum():
            out += ch
    return out

def is_pal(s):
    n = normalize(s)
    return n == n[::-1]

def is_anagram(a, b):
    return sorted(normalize(a)) == sorted(normalize(b))

for s in ["racecar", "A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon", "Was it a car or a cat I saw?", "ab"]:
    print(repr(s), is_pal(s))
for a, b in [("listen", "silent"), ("Dormitory", "dirty room"), ("hello", "world"), ("abc", "abcd"), ("", "")]:
    print(a, "|", b, is_anagram(a, b))
def longest_pal_sub(s):
    best = ""
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            sub = s[i:j]
            if sub == sub[::-1] and len(sub) > len(best):
                best = sub
    return best
for s in ["babad", "cbbd", "forgeeksskeegfor", "a", "abcde"]:
    print(s, longest_pal_sub(s))
groups = {}
for w in ["eat", "tea", "tan", "ate", "nat", "bat"]:
    key = "".join(sorted(w))
    if key not in groups:
        groups[key] = []
    groups[key].append(w)
print(groups)
print(sorted(groups.values()))
