# More than 15 sub-exceptions: the rest are summarised.
errors = [ValueError(i) for i in range(20)]
group = ExceptionGroup("twenty", errors)
print(len(group.exceptions))
raise group
