def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)

def power(b, e):
    if e == 0:
        return 1
    half = power(b, e // 2)
    if e % 2:
        return half * half * b
    return half * half

def sum_digits(n):
    if n < 10:
        return n
    return n % 10 + sum_digits(n // 10)

def reverse(s):
    if len(s) <= 1:
        return s
    return reverse(s[1:]) + s[0]

def count_down(n, acc):
    if n == 0:
        acc.append("liftoff")
        return acc
    acc.append(n)
    return count_down(n - 1, acc)

def binary(n):
    if n < 2:
        return str(n)
    return binary(n // 2) + str(n % 2)

def depth_sum(lst, depth=1):
    total = 0
    for x in lst:
        if isinstance(x, list):
            total += depth_sum(x, depth + 1)
        else:
            total += x * depth
    return total

print(factorial(0), factorial(1), factorial(10), factorial(25))
print(power(2, 10), power(3, 0), power(7, 13), power(2, 100))
print(sum_digits(0), sum_digits(9875), sum_digits(2 ** 100))
print(reverse(""), reverse("a"), reverse("recursion"))
print(count_down(5, []))
print(binary(0), binary(5), binary(255), binary(2 ** 40))
print(depth_sum([1, [4, [6]]]), depth_sum([[1, 1], 2, [1, 1]]))
def deep(n):
    if n == 0:
        return 0
    return 1 + deep(n - 1)
print(deep(500))
