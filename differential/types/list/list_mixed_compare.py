# Comparisons of lists with other types and mixed items: equality is
# False across types, ordering raises with both operand types named.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


t("eq tuple", lambda: ([1, 2] == (1, 2), [1, 2] != (1, 2)))
t("eq range", lambda: [0, 1] == range(2))
t("eq nested", lambda: [[1, 2.0], (3,)] == [[1.0, 2], (3,)])
t("lt tuple", lambda: [1] < (1,))
t("le str", lambda: [1] <= "a")
t("gt none", lambda: [] > None)
t("items mixed", lambda: [1, "a"] < [1, 2])
t("items decided early", lambda: [1, "a"] < [2, 2])
t("prefix", lambda: ([1, 2] < [1, 2, 0], [1, 2, 0] > [1, 2], [] < [[]]))
nan = float("nan")
t("nan identity", lambda: ([nan] == [nan], [nan] < [nan], [nan] <= [nan]))
t("nested lt", lambda: [[1, 2], [3]] < [[1, 2], [2]])
t("nested bad", lambda: [[1], 2] < [[1], "b"])
t("bool int", lambda: ([True, 0] == [1, False], [True] < [2]))
t("complex eq", lambda: [1j] == [1j])
t("complex lt", lambda: [1j] < [2j])
t("complex first differs", lambda: [1, 1j] < [2, 2j])
t("dict in list", lambda: [{}] < [{}])
t("sorted lists", lambda: sorted([[2], [1, 5], [1], []]))
t("max tuples", lambda: max([(1, "b"), (1, "a"), (0, "z")]))
t("min mixed", lambda: min([(1, "b"), (1, 2)]))
