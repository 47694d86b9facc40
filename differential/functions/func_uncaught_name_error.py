unit = "cm"
scale = 2
def perimeter(w, h):
    return 2 * (w + h) * scale
print("perimeter", perimeter(3, 4), unit)
try:
    print(depth_factor)
except NameError as e:
    print("caught:", e)
def compute_area(w, h):
    return w * h

def compute_volume(w, h, d):
    return compute_area(w, h) * depth_factor * d

def report(shapes):
    for s in shapes:
        print("volume", compute_volume(s[0], s[1], s[2]))

print("area", compute_area(3, 4))
report([(1, 2, 3)])
