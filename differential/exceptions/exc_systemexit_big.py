# The exit status is the code modulo 256; a code in a chained exception still exits quietly.
try:
    raise ValueError("original")
except ValueError:
    print("leaving")
    raise SystemExit(258)
