memo_calls = 0
memo = {}

def grid_paths(r, c):
    global memo_calls
    memo_calls += 1
    key = (r, c)
    if key in memo:
        return memo[key]
    if r == 0 or c == 0:
        result = 1
    else:
        result = grid_paths(r - 1, c) + grid_paths(r, c - 1)
    memo[key] = result
    return result

print(grid_paths(2, 2), grid_paths(10, 10), grid_paths(16, 16))
print(memo_calls, len(memo))

coin_memo = {}
def ways(amount, coins, idx):
    if amount == 0:
        return 1
    if amount < 0 or idx == len(coins):
        return 0
    key = (amount, idx)
    if key in coin_memo:
        return coin_memo[key]
    r = ways(amount - coins[idx], coins, idx) + ways(amount, coins, idx + 1)
    coin_memo[key] = r
    return r

print(ways(100, [1, 5, 10, 25, 50], 0))
coin_memo = {}
print(ways(200, [1, 2, 5, 10, 20, 50, 100, 200], 0))

lcs_memo = {}
def lcs(a, b, i, j):
    if i == len(a) or j == len(b):
        return 0
    key = (i, j)
    if key in lcs_memo:
        return lcs_memo[key]
    if a[i] == b[j]:
        r = 1 + lcs(a, b, i + 1, j + 1)
    else:
        r = max(lcs(a, b, i + 1, j), lcs(a, b, i, j + 1))
    lcs_memo[key] = r
    return r

print(lcs("ABCBDAB", "BDCABA", 0, 0))
lcs_memo = {}
print(lcs("the quick brown fox", "a quick brown dog", 0, 0))

def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i]
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost))
        prev = cur
    return prev[-1]

for a, b in [("kitten", "sitting"), ("", "abc"), ("same", "same"), ("flaw", "lawn"), ("intention", "execution")]:
    print(a, b, edit_distance(a, b))
