# An exception raised by a finally block while another propagates: both are reported, chained.
def cleanup(resource):
    print("cleaning", resource)
    return resource["handle"]


def use(resource):
    try:
        print("using", resource["name"])
        raise ConnectionError("link dropped")
    finally:
        cleanup(resource)


use({"name": "db"})
