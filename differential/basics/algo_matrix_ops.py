def matmul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    out = []
    for i in range(n):
        row = []
        for j in range(m):
            s = 0
            for t in range(k):
                s += a[i][t] * b[t][j]
            row.append(s)
        out.append(row)
    return out

def identity(n):
    out = []
    for i in range(n):
        row = [0] * n
        row[i] = 1
        out.append(row)
    return out

def matpow(a, p):
    result = identity(len(a))
    while p > 0:
        if p % 2 == 1:
            result = matmul(result, a)
        a = matmul(a, a)
        p //= 2
    return result

def transpose(a):
    out = []
    for j in range(len(a[0])):
        col = []
        for i in range(len(a)):
            col.append(a[i][j])
        out.append(col)
    return out

A = [[1, 2], [3, 4]]
B = [[0, 1], [1, 0]]
print(matmul(A, B))
print(matmul(B, A))
print(matpow([[1, 1], [1, 0]], 10))
print(matpow([[1, 1], [1, 0]], 100)[0][1])
print(transpose([[1, 2, 3], [4, 5, 6]]))
print(matmul([[1, 2, 3]], [[4], [5], [6]]))
print(matmul([[0.5, 1.5], [2.0, -1.0]], [[2, 0], [0, 2]]))
print(identity(3))
M = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
print(matpow(M, 5))
def det3(m):
    return (m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
            - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
            + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]))
print(det3(M), det3(identity(3)), det3(matpow(M, 3)))
