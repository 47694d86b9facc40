"""A docstring for the module."""
import sys
print(__name__)
print(__doc__)
print(__package__, __spec__, __loader__ is None or True, __cached__)
print(type(__builtins__).__name__, __builtins__.len([1, 2]))
print(__file__.endswith("module_attributes.py"))
print(__annotations__)
count: int = 3
label: str
print(__annotations__, count)
try:
    print(label)
except NameError as e:
    print(e)
print(__builtins__.__name__)
import builtins
print(builtins is __builtins__, builtins.abs(-3))
