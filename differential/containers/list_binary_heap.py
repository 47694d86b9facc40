def heap_push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0:
        parent = (i - 1) // 2
        if heap[i] < heap[parent]:
            heap[i], heap[parent] = heap[parent], heap[i]
            i = parent
        else:
            break

def heap_pop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    i = 0
    n = len(heap)
    while True:
        l = 2 * i + 1
        r = l + 1
        small = i
        if l < n and heap[l] < heap[small]:
            small = l
        if r < n and heap[r] < heap[small]:
            small = r
        if small == i:
            break
        heap[i], heap[small] = heap[small], heap[i]
        i = small
    return top

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 0, 6]:
    heap_push(h, x)
    print("push", x, h)
out = []
while h:
    out.append(heap_pop(h))
print(out)
tasks = []
heap_push(tasks, (2, "write"))
heap_push(tasks, (1, "plan"))
heap_push(tasks, (3, "ship"))
heap_push(tasks, (1, "coffee"))
while tasks:
    print(heap_pop(tasks))
try:
    heap_pop([])
except IndexError as e:
    print("IndexError", e)
def k_smallest(items, k):
    h = []
    for x in items:
        heap_push(h, x)
    res = []
    for i in range(min(k, len(h))):
        res.append(heap_pop(h))
    return res
print(k_smallest([9, 4, 7, 1, 8, 2], 3), k_smallest([1], 5))
