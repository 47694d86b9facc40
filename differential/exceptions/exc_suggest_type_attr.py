# Attributes of classes: the message names the type object.
try:
    int.from_byts
except AttributeError as e:
    print(e, e.obj is int)
print(ValueError.__name__)
KeyError.with_tracebak
