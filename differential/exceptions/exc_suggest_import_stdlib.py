# A NameError for a standard-library module's name asks whether it was imported.
import sys

print(sys.version_info[0])
print(math.sqrt(4))
