def new_node(key):
    return {"key": key, "left": None, "right": None}

def insert(node, key):
    if node is None:
        return new_node(key)
    if key < node["key"]:
        node["left"] = insert(node["left"], key)
    elif key > node["key"]:
        node["right"] = insert(node["right"], key)
    return node

def inorder(node, out):
    if node is not None:
        inorder(node["left"], out)
        out.append(node["key"])
        inorder(node["right"], out)
    return out

def preorder(node, out):
    if node is not None:
        out.append(node["key"])
        preorder(node["left"], out)
        preorder(node["right"], out)
    return out

def height(node):
    if node is None:
        return 0
    return 1 + max(height(node["left"]), height(node["right"]))

def contains(node, key):
    while node is not None:
        if key == node["key"]:
            return True
        node = node["left"] if key < node["key"] else node["right"]
    return False

def min_key(node):
    while node["left"] is not None:
        node = node["left"]
    return node["key"]

root = None
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    root = insert(root, k)
print(inorder(root, []))
print(preorder(root, []))
print(height(root), min_key(root))
for k in [35, 36, 80, 10]:
    print(k, contains(root, k))
words = None
for w in "the quick brown fox jumps over the lazy dog".split():
    words = insert(words, w)
print(inorder(words, []), height(words))
def count_nodes(node):
    if node is None:
        return 0
    return 1 + count_nodes(node["left"]) + count_nodes(node["right"])
print(count_nodes(root), count_nodes(words), count_nodes(None))
