docs = {
    1: "the quick brown fox",
    2: "the lazy dog sleeps",
    3: "a quick brown dog jumps",
    4: "fox and dog are friends",
}
index = {}
for doc_id in docs:
    for pos, word in enumerate(docs[doc_id].split()):
        entry = index.setdefault(word, {})
        entry.setdefault(doc_id, []).append(pos)
for word in sorted(index):
    print(word, index[word])
def search(query):
    words = query.split()
    if not words:
        return []
    result = None
    for w in words:
        ids = list(index.get(w, {}).keys())
        if result is None:
            result = ids
        else:
            keep = []
            for i in result:
                if i in ids:
                    keep.append(i)
            result = keep
    return sorted(result)
for q in ["dog", "quick brown", "fox dog", "cat", "", "the"]:
    print(repr(q), search(q))
def word_len(w):
    return (-len(index[w]), w)
print(sorted(index, key=word_len)[:4])
