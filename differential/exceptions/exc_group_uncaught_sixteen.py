# Exactly sixteen sub-exceptions, one of them a group: the last one is summarised.
inner = ExceptionGroup("inner", [KeyError("a"), IndexError("b")])
group = ExceptionGroup("sixteen", [ValueError(i) for i in range(14)] + [inner, TypeError("last")])
raise group
