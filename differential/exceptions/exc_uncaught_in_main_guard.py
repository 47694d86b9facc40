import sys

def parse_port(text):
    port = int(text)
    if not 0 < port < 65536:
        raise ValueError("port out of range: " + str(port))
    return port

def configure(settings):
    ports = []
    for s in settings:
        ports.append(parse_port(s))
    return ports

def main():
    print(configure(["80", "443", "8080"]))
    print("warning: next config is bad", file=sys.stderr)
    print(configure(["22", "70000"]))

if __name__ == "__main__":
    main()
