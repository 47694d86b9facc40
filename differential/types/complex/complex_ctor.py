# complex(real, imag) and complex(str): accepted forms and CPython's errors.
def t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: complex())
t(lambda: complex(1))
t(lambda: complex(1, 2))
t(lambda: complex(1.5, -2))
t(lambda: complex(True, False))
t(lambda: complex(2 ** 80, 1))
t(lambda: complex(2 ** 2000))
t(lambda: complex(1, 2 ** 2000))
t(lambda: complex(1j, 1j))
t(lambda: complex(1 + 2j, 3 + 4j))
t(lambda: complex(1j))
t(lambda: complex(real=3))
t(lambda: complex(imag=3))
t(lambda: complex(real=1, imag=2))
t(lambda: complex(1, imag=5))
t(lambda: complex(1, 2, 3))
t(lambda: complex(foo=1))
t(lambda: complex(None))
t(lambda: complex(1, None))
t(lambda: complex([1]))
t(lambda: complex("1", 2))
t(lambda: complex(1, "2"))
t(lambda: complex("1+2j", imag=1))
for s in ["1+2j", "(1-2j)", "j", "-j", "+j", "1j", "2.5", "  3+4j  ", "( 3+4j )", "(3+4j",
          "3+4j)", "inf", "-inf", "infj", "nan", "nanj", "inf+nanj", "-infinityj", "1e5j",
          "1e-5-1e5j", "1_000+2_000j", "1__0j", "_1j", "1.j", ".5j", "1.5e+3+.5j",
          "", " ", "()", "j1", "1+", "1+j2", "1+2", "1 + 2j", "1+2jj", "0x10", "1e", "1e+j",
          "\t5j\n", "(5)", "( j )", "jj", "1+-2j", "+-1j", "١+٢j", "1\x00j", "N", "3J", "1+2J",
          "INFJ", "-Nan-Infj", "0j", "-0j", "-0-0j", "(-0+0j)", "1e400", "1e400j", "-1e-400j"]:
    t(lambda: complex(s))
