import math
import sys as system
