from math import sqrt, pi, atan2, degrees, hypot, cos, sin, radians
import math

def heron(a, b, c):
    s = (a + b + c) / 2
    return sqrt(s * (s - a) * (s - b) * (s - c))

def polygon_area(points):
    total = 0.0
    n = len(points)
    for i in range(n):
        x1, y1 = points[i]
        x2, y2 = points[(i + 1) % n]
        total += x1 * y2 - x2 * y1
    return abs(total) / 2

def angle_deg(p, q):
    return degrees(atan2(q[1] - p[1], q[0] - p[0]))

def rotate(p, deg):
    a = radians(deg)
    x, y = p
    return (round(x * cos(a) - y * sin(a), 9), round(x * sin(a) + y * cos(a), 9))

print(heron(3, 4, 5), heron(1, 1, 1), round(heron(7, 8, 9), 10))
print(polygon_area([(0, 0), (4, 0), (4, 3)]), polygon_area([(0, 0), (2, 0), (2, 2), (0, 2)]), polygon_area([(1, 1), (5, 1), (3, 4), (0, 3)]))
for q in [(1, 0), (1, 1), (0, 1), (-1, 1), (-1, 0), (-1, -1), (0, -1)]:
    print(q, angle_deg((0, 0), q))
for d in [0, 90, 180, 270, 45, -30]:
    print(d, rotate((1, 0), d))
print(hypot(5, 12), math.dist((1, 1), (4, 5)), round(2 * pi * 6371, 3))
def circle_from_area(area):
    return sqrt(area / pi)
print(round(circle_from_area(pi * 25), 12), round(circle_from_area(1), 12))
