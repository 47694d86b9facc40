x = "a\ud800\U0000dfff\ufffd"
