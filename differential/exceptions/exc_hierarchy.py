# The builtin exception hierarchy: MROs, bases and the aliases.
names = [
    BaseException, BaseExceptionGroup, ExceptionGroup, GeneratorExit,
    KeyboardInterrupt, SystemExit, Exception, ArithmeticError,
    FloatingPointError, OverflowError, ZeroDivisionError, AssertionError,
    AttributeError, BufferError, EOFError, ImportError, ModuleNotFoundError,
    LookupError, IndexError, KeyError, MemoryError, NameError,
    UnboundLocalError, OSError, BlockingIOError, ChildProcessError,
    ConnectionError, BrokenPipeError, ConnectionAbortedError,
    ConnectionRefusedError, ConnectionResetError, FileExistsError,
    FileNotFoundError, InterruptedError, IsADirectoryError,
    NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError,
    ReferenceError, RuntimeError, NotImplementedError, RecursionError,
    StopAsyncIteration, StopIteration, SyntaxError, IndentationError,
    TabError, SystemError, TypeError, ValueError, UnicodeError,
    UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, Warning,
    BytesWarning, DeprecationWarning, EncodingWarning, FutureWarning,
    ImportWarning, PendingDeprecationWarning, ResourceWarning,
    RuntimeWarning, SyntaxWarning, UnicodeWarning, UserWarning,
]
for t in names:
    mro = [c.__name__ for c in t.__mro__]
    bases = [b.__name__ for b in t.__bases__]
    print(t.__name__, bases, " > ".join(mro[1:]), t.__base__.__name__, t.__module__)

print(EnvironmentError is OSError, IOError is OSError, IOError.__name__)
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
print(issubclass(BaseExceptionGroup, Exception), issubclass(KeyboardInterrupt, Exception))
print(isinstance(ExceptionGroup("m", [ValueError()]), Exception))
print(isinstance(BaseExceptionGroup("m", [KeyboardInterrupt()]), Exception))
print(issubclass(TabError, (KeyError, SyntaxError)), issubclass(BrokenPipeError, ConnectionError))
print(BaseException.__base__, object.__base__, type(ValueError()).__name__)
print(sorted(n.__name__ for n in names if issubclass(n, OSError)))
print(sorted(n.__name__ for n in names if issubclass(n, Warning)))
print(sorted(n.__name__ for n in names if not issubclass(n, Exception)))

# Each class catches its subclasses.
def catch(exc, cls):
    try:
        raise exc
    except cls as e:
        return type(e).__name__ + " caught by " + cls.__name__
    except BaseException as e:
        return type(e).__name__ + " not caught by " + cls.__name__

print(catch(FileNotFoundError("f"), OSError))
print(catch(FileNotFoundError("f"), IOError))
print(catch(TabError("t"), SyntaxError))
print(catch(UnicodeEncodeError("ascii", "x", 0, 1, "r"), ValueError))
print(catch(RecursionError("r"), RuntimeError))
print(catch(ModuleNotFoundError("m"), ImportError))
print(catch(UnboundLocalError("u"), NameError))
print(catch(ExceptionGroup("g", [KeyError()]), Exception))
print(catch(BaseExceptionGroup("g", [SystemExit()]), Exception))
print(catch(DeprecationWarning("d"), UserWarning))
print(catch(KeyboardInterrupt(), Exception))
