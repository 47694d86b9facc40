# An uncaught OSError made from an errno prints as its subclass.
def read(path):
    raise OSError(2, "No such file or directory", path)


def copy(src, dst):
    try:
        read(src)
    except PermissionError:
        print("not reached")
    print("not reached either")


print("copying")
copy("in.txt", "out.txt")
