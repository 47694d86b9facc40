//! The `builtins` namespace: builtin functions and types by name, type
//! construction (`int(x)`, `list(it)`, `ValueError('m')`), and the registry
//! of importable intrinsic modules.

use crate::call::{arg_count, no_kwargs, split_kwargs};
use crate::dict::{dict_get, dict_set, new_dict};
use crate::exception::{type_error, R};
use crate::function::{new_builtin, BuiltinFn};
use crate::object::{immortalize, is_subtype, ty, type_data, type_id, type_name, TypeId};
use crate::str::{is_str, new_str};
use crate::value::{none, Owned, Value};

static mut BUILTINS: Value = Value::NONE;
/// Creates an intrinsic module on first import.
type ModuleFactory = fn() -> Owned;

static mut MODULE_FACTORIES: Vec<(&'static str, ModuleFactory)> = Vec::new();
static mut MODULES: Vec<(&'static str, Owned)> = Vec::new();

/// Every builtin function, by name.
const FUNCTIONS: &[(&str, BuiltinFn)] = &[
    ("print", print),
    ("len", len),
    ("isinstance", isinstance),
    ("repr", repr),
    ("globals", globals),
    ("locals", locals),
    ("vars", vars),
];

/// Creates the builtins namespace (idempotent).
pub fn init_builtins() {
    unsafe {
        if !BUILTINS.is_none() {
            return;
        }
        let d = new_dict();
        let add = |name: &'static str, v: Owned| {
            immortalize(v.v());
            dict_set(d.v(), new_str(name), v).expect("builtins init");
        };
        for &(name, f) in FUNCTIONS.iter().chain(crate::builtins_more::FUNCTIONS) {
            add(name, new_builtin(name, f));
        }
        for id in EXPOSED_TYPES {
            let t = ty(*id);
            add(type_data(t).name, Value::from_ptr(t).new_ref());
        }
        for &(alias, id) in TYPE_ALIASES {
            add(alias, Value::from_ptr(ty(id)).new_ref());
        }
        add("__name__", new_str("builtins"));
        add("NotImplemented", crate::singletons::not_implemented());
        add("Ellipsis", crate::singletons::ellipsis());
        immortalize(d.v());
        BUILTINS = d.into_raw();
    }
    register_module("builtins", builtins_module);
}

/// The `builtins` module: its attributes are the builtins namespace itself.
fn builtins_module() -> Owned {
    crate::module::new_intrinsic("builtins", unsafe { BUILTINS }.new_ref())
}

/// `globals()` and `locals()` reached as objects (through a name the
/// module may rebind): the caller's variables are out of reach. Direct
/// calls are compiled inline and never get here.
fn namespace_of_caller(name: &str, args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs(name, kwnames)?;
    arg_count(name, args, 0, 0)?;
    crate::exception::err(
        TypeId::RuntimeError,
        format!("{name}() must be called by its own name in code compiled by Molt"),
    )
}

fn globals(args: &[Value], kwnames: &[Owned]) -> R {
    namespace_of_caller("globals", args, kwnames)
}

fn locals(args: &[Value], kwnames: &[Owned]) -> R {
    namespace_of_caller("locals", args, kwnames)
}

/// `vars(obj)`: `obj.__dict__`; without an argument it is `locals()`.
fn vars(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs("vars", kwnames)?;
    arg_count("vars", args, 0, 1)?;
    let Some(&obj) = args.first() else {
        return namespace_of_caller("vars", args, kwnames);
    };
    let name = new_str("__dict__");
    match crate::attr::getattr(obj, name.v()) {
        Err(_) if crate::exception::raised_matches(TypeId::AttributeError) => {
            crate::exception::take_raised();
            type_error("vars() argument must have __dict__ attribute")
        }
        other => other,
    }
}

/// Builtin types reachable by name.
const EXPOSED_TYPES: &[TypeId] = &[
    TypeId::Object,
    TypeId::Type,
    TypeId::Int,
    TypeId::Bool,
    TypeId::Float,
    TypeId::Complex,
    TypeId::Str,
    TypeId::Bytes,
    TypeId::ByteArray,
    TypeId::MemoryView,
    TypeId::List,
    TypeId::Tuple,
    TypeId::Dict,
    TypeId::Set,
    TypeId::FrozenSet,
    TypeId::Range,
    TypeId::Slice,
    TypeId::Enumerate,
    TypeId::Zip,
    TypeId::Reversed,
    TypeId::Map,
    TypeId::Filter,
    TypeId::BaseException,
    TypeId::SystemExit,
    TypeId::KeyboardInterrupt,
    TypeId::GeneratorExit,
    TypeId::BaseExceptionGroup,
    TypeId::Exception,
    TypeId::ExceptionGroup,
    TypeId::StopIteration,
    TypeId::StopAsyncIteration,
    TypeId::ArithmeticError,
    TypeId::FloatingPointError,
    TypeId::OverflowError,
    TypeId::ZeroDivisionError,
    TypeId::AssertionError,
    TypeId::AttributeError,
    TypeId::BufferError,
    TypeId::EOFError,
    TypeId::ImportError,
    TypeId::ModuleNotFoundError,
    TypeId::LookupError,
    TypeId::IndexError,
    TypeId::KeyError,
    TypeId::MemoryError,
    TypeId::NameError,
    TypeId::UnboundLocalError,
    TypeId::OSError,
    TypeId::BlockingIOError,
    TypeId::ChildProcessError,
    TypeId::ConnectionError,
    TypeId::BrokenPipeError,
    TypeId::ConnectionAbortedError,
    TypeId::ConnectionRefusedError,
    TypeId::ConnectionResetError,
    TypeId::FileExistsError,
    TypeId::FileNotFoundError,
    TypeId::InterruptedError,
    TypeId::IsADirectoryError,
    TypeId::NotADirectoryError,
    TypeId::PermissionError,
    TypeId::ProcessLookupError,
    TypeId::TimeoutError,
    TypeId::ReferenceError,
    TypeId::RuntimeError,
    TypeId::NotImplementedError,
    TypeId::RecursionError,
    TypeId::SyntaxError,
    TypeId::IndentationError,
    TypeId::TabError,
    TypeId::SystemError,
    TypeId::TypeError,
    TypeId::ValueError,
    TypeId::UnicodeError,
    TypeId::UnicodeDecodeError,
    TypeId::UnicodeEncodeError,
    TypeId::UnicodeTranslateError,
    TypeId::Warning,
    TypeId::BytesWarning,
    TypeId::DeprecationWarning,
    TypeId::EncodingWarning,
    TypeId::FutureWarning,
    TypeId::ImportWarning,
    TypeId::PendingDeprecationWarning,
    TypeId::ResourceWarning,
    TypeId::RuntimeWarning,
    TypeId::SyntaxWarning,
    TypeId::UnicodeWarning,
    TypeId::UserWarning,
];

/// Other names of builtin types: `IOError is OSError`.
const TYPE_ALIASES: &[(&str, TypeId)] = &[
    ("EnvironmentError", TypeId::OSError),
    ("IOError", TypeId::OSError),
];

/// The builtin named by a str value.
pub fn lookup(name: Value) -> Option<Owned> {
    let d = unsafe { BUILTINS };
    dict_get(d, name).ok().flatten().map(|v| v.new_ref())
}

/// Registers an importable intrinsic module, created on first import.
pub fn register_module(name: &'static str, factory: ModuleFactory) {
    unsafe { (*std::ptr::addr_of_mut!(MODULE_FACTORIES)).push((name, factory)) }
}

/// The intrinsic module `name`, created on first use.
pub fn find_module(name: &str) -> Option<Owned> {
    unsafe {
        let modules = &mut *std::ptr::addr_of_mut!(MODULES);
        if let Some((_, m)) = modules.iter().find(|(n, _)| *n == name) {
            return Some(m.clone());
        }
        let factories = &*std::ptr::addr_of!(MODULE_FACTORIES);
        let &(n, factory) = factories.iter().find(|(n, _)| *n == name)?;
        let m = factory();
        modules.push((n, m.clone()));
        Some(m)
    }
}

/// Calls a type object: constructs an instance.
pub fn construct(t: Value, args: &[Value], kwnames: &[Owned]) -> R {
    let tp = t.ptr();
    if is_subtype(tp, ty(TypeId::BaseException)) {
        return crate::exception_types::construct(tp, args, kwnames);
    }
    crate::builtins_more::construct_builtin(type_data(tp).id, args, kwnames)
}

fn print(args: &[Value], kwnames: &[Owned]) -> R {
    let (pos, kws) = split_kwargs(args, kwnames);
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut fd = 1;
    let mut flush = false;
    for (k, v) in kws {
        let text_arg = |what: &str| -> R<Option<String>> {
            if v.is_none() {
                Ok(None)
            } else if is_str(v) {
                Ok(Some(crate::str::as_string(v)))
            } else {
                type_error(format!(
                    "{what} must be None or a string, not {}",
                    type_name(v)
                ))
            }
        };
        match k.as_str() {
            "sep" => sep = text_arg("sep")?.unwrap_or_else(|| " ".into()),
            "end" => end = text_arg("end")?.unwrap_or_else(|| "\n".into()),
            "file" => {
                if !v.is_none() {
                    if !v.is_ptr() || type_id(v) != TypeId::TextIOWrapper {
                        return crate::exception::err(
                            TypeId::AttributeError,
                            format!("'{}' object has no attribute 'write'", type_name(v)),
                        );
                    }
                    fd = crate::io::stream_fd(v);
                }
            }
            "flush" => flush = crate::ops::truthy(v)?,
            other => {
                return type_error(format!(
                    "'{other}' is an invalid keyword argument for print()"
                ))
            }
        }
    }
    let mut out = String::new();
    for (i, a) in pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&crate::repr::str_string(*a)?);
    }
    out.push_str(&end);
    crate::io::write_text(fd, &out);
    if flush && fd == 1 {
        crate::io::flush_stdout();
    }
    Ok(none())
}

/// `len(v)` as a number.
pub fn length(v: Value) -> R<usize> {
    if v.is_ptr() {
        match type_id(v) {
            TypeId::Str => return Ok(crate::str::str_data(v).len),
            TypeId::Bytes | TypeId::ByteArray => return Ok(crate::bytes::contents(v).len()),
            TypeId::MemoryView => return crate::memoryview::length(v),
            TypeId::List => return Ok(crate::list::list_items(v).len()),
            TypeId::Tuple => return Ok(crate::tuple::items(v).len()),
            TypeId::Dict => return Ok(crate::dict::dict_data(v).len()),
            TypeId::Set | TypeId::FrozenSet => return Ok(crate::set::set_len(v)),
            TypeId::DictKeys | TypeId::DictValues | TypeId::DictItems => {
                return Ok(crate::dict::dict_data(crate::dict::view_data(v).dict.v()).len())
            }
            TypeId::Range => return crate::range_methods::range_len(v),
            _ => {}
        }
    }
    type_error(format!("object of type '{}' has no len()", type_name(v)))
}

fn len(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs("len", kwnames)?;
    arg_count("len", args, 1, 1)?;
    Ok(crate::int::from_i64(length(args[0])? as i64))
}

fn repr(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs("repr", kwnames)?;
    arg_count("repr", args, 1, 1)?;
    // A one-argument builtin: CPython's call spends a C recursion unit.
    crate::call::nested(crate::call::NESTED_CALL, || crate::repr::repr(args[0]))
}

fn isinstance(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs("isinstance", kwnames)?;
    arg_count("isinstance", args, 2, 2)?;
    Ok(Owned::from(is_instance_of(args[0], args[1])?))
}

/// `isinstance(v, t)` for a type or a (nested) tuple of types.
pub fn is_instance_of(v: Value, t: Value) -> R<bool> {
    if crate::object::is_type(t) {
        return Ok(is_subtype(crate::object::type_of(v), t.ptr()));
    }
    if crate::tuple::is_tuple(t) {
        for x in crate::tuple::items(t).to_vec() {
            if is_instance_of(v, x.v())? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")
}
