x = b'a\x00"\\' b"\xff~"
y = b""
