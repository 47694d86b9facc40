//! Program start and end, module set-up from the compiler's serialized
//! blob, globals, imports, function objects and raising — the runtime side
//! of the compiled code's entry points.
//!
//! Blob layout (little-endian): name, path, source (each `u32` byte length +
//! UTF-8); `u32` constant count, then per constant a kind byte — 0: str
//! (`u32` count + code points as `u32`), 1: big int (`u32` length + decimal
//! text), 2: tuple (`u32` count + `u32` constant indices), 3: None, 4: bytes
//! (`u32` length + the bytes), 5: an imaginary literal (`u64` bits of the
//! imaginary part); `u32` global count,
//! then each global's name (`u32` length + UTF-8).

use crate::exception::{
    instantiate, is_exception, is_exception_class, raise_value, set_cause, type_error, R,
};
use crate::module::{module_data, new_compiled};
use crate::object::{immortalize, is_subtype, ty, TypeId};
use crate::state::ts;
use crate::str::{as_string, from_code_points, new_str};
use crate::value::{Owned, Value};

/// Starts the runtime: types, streams, hash key, argv.
///
/// # Safety
/// `argv` must point to `argc` valid C strings.
pub unsafe fn init_runtime(argc: i32, argv: *const *const i8) {
    crate::state::init_native_stack();
    crate::object::init_types();
    crate::io::init_streams();
    let state = ts();
    state.hash_key = crate::state::hash_key_from_env();
    state.argv = (0..argc as usize)
        .map(|i| unsafe {
            std::ffi::CStr::from_ptr(*argv.add(i))
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    crate::builtins::init_builtins();
}

/// Finishes the program: reports an uncaught exception (or `SystemExit`),
/// collects cyclic garbage once more (so finalizers in it run, as at
/// CPython's shutdown), flushes the streams and returns the exit code.
pub fn exit_code(result: Value) -> i32 {
    let code = if result == Value::ERROR {
        match crate::exception::take_raised() {
            Some(exc) => handle_uncaught(exc.v()),
            None => 1,
        }
    } else {
        crate::value::decref(result);
        0
    };
    crate::traceback::hide_source_lines();
    crate::gc::finalize_at_exit();
    crate::gc::collect(crate::gc::GENERATIONS - 1);
    crate::io::flush_stdout();
    code
}

/// CPython's `_Py_HandleSystemExit` and `PyErr_Print`: `SystemExit`'s
/// `code` is the exit status (None is 0, an int itself, anything else is
/// printed to stderr and gives 1); other exceptions print their traceback
/// and give 1, except `KeyboardInterrupt`, which ends the process by SIGINT
/// as CPython does.
fn handle_uncaught(exc: Value) -> i32 {
    crate::io::flush_stdout();
    if crate::object::is_instance(exc, TypeId::SystemExit) {
        let code = crate::exception_types::attribute(exc, "code")
            .ok()
            .flatten()
            .unwrap_or_else(crate::value::none);
        let code = code.v();
        if code.is_none() {
            return 0;
        }
        if crate::int::is_int(code) {
            let n = if code.is_bool() {
                Some(code.as_bool() as i64)
            } else {
                crate::int::to_i64(code)
            };
            // `(int)PyLong_AsLong(code)`: -1 when it does not fit a C long.
            return n.map_or(-1, |c| c as i32);
        }
        let text = crate::repr::str_string(code).unwrap_or_else(|_| {
            crate::exception::take_raised();
            String::new()
        });
        crate::io::write_text(2, &format!("{text}\n"));
        return 1;
    }
    crate::io::write_text(2, &crate::traceback::format_exception(exc));
    if crate::object::is_instance(exc, TypeId::KeyboardInterrupt) {
        crate::io::flush_stdout();
        exit_by_sigint();
    }
    1
}

/// Ends the process by the default action of SIGINT (CPython's
/// `exit_sigint`), so the parent sees the signal.
fn exit_by_sigint() {
    extern "C" {
        fn signal(sig: i32, handler: usize) -> usize;
        fn raise(sig: i32) -> i32;
    }
    const SIGINT: i32 = 2;
    const SIG_DFL: usize = 0;
    unsafe {
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
    }
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn u32(&mut self) -> u32 {
        let v = u32::from_le_bytes(self.data[self.pos..self.pos + 4].try_into().unwrap());
        self.pos += 4;
        v
    }

    fn u64(&mut self) -> u64 {
        let v = u64::from_le_bytes(self.data[self.pos..self.pos + 8].try_into().unwrap());
        self.pos += 8;
        v
    }

    fn text(&mut self) -> &str {
        let n = self.u32() as usize;
        let s = std::str::from_utf8(&self.data[self.pos..self.pos + n]).unwrap();
        self.pos += n;
        s
    }

    fn byte(&mut self) -> u8 {
        self.pos += 1;
        self.data[self.pos - 1]
    }
}

/// Creates a compiled module from its blob; fills `consts` and resets `globals`.
///
/// # Safety
/// `consts` must have room for every constant, `globals` for every global
/// and the namespace flag word after them.
pub unsafe fn module_init(
    blob: &[u8],
    consts: *mut Value,
    globals: *mut Value,
    nglobals: usize,
) -> *const u8 {
    let mut r = Reader { data: blob, pos: 0 };
    let name = r.text().to_string();
    let path = r.text().to_string();
    let source = r.text().to_string();
    let nconsts = r.u32() as usize;
    let mut made: Vec<Value> = Vec::with_capacity(nconsts);
    for _ in 0..nconsts {
        let v = match r.byte() {
            0 => {
                let n = r.u32() as usize;
                let cps: Vec<u32> = (0..n).map(|_| r.u32()).collect();
                from_code_points(&cps)
            }
            1 => {
                let digits = r.text();
                crate::int::from_bigint(digits.parse().expect("bad big int constant"))
            }
            2 => {
                let n = r.u32() as usize;
                let items = (0..n).map(|_| made[r.u32() as usize].new_ref()).collect();
                crate::tuple::new_tuple(items)
            }
            4 => {
                let n = r.u32() as usize;
                let b = crate::bytes::new_bytes(&r.data[r.pos..r.pos + n]);
                r.pos += n;
                b
            }
            5 => {
                let imag = f64::from_bits(r.u64());
                crate::complex::new_complex(crate::num::complex::Complex::new(0.0, imag))
            }
            6 => crate::singletons::ellipsis(),
            _ => Owned::from_raw(Value::NONE),
        };
        immortalize(v.v());
        made.push(v.into_raw());
    }
    unsafe {
        std::ptr::copy_nonoverlapping(made.as_ptr(), consts, nconsts);
        for i in 0..nglobals {
            *globals.add(i) = Value::UNBOUND;
        }
        // The namespace flag after the slots: not exposed yet.
        *(globals.add(nglobals) as *mut u64) = 0;
    }
    let count = r.u32() as usize;
    let names: Vec<Owned> = (0..count).map(|_| new_str(r.text())).collect();
    for n in &names {
        immortalize(n.v());
    }
    let m = new_compiled(&name, &path, &source, globals, names);
    immortalize(m.v());
    m.into_raw().ptr() as *const u8
}

fn module_value(module: *const u8) -> Value {
    Value::from_ptr(module as *const crate::object::Header)
}

/// Records that the raised exception passed through a frame at `line`.
pub fn traceback_add(module: *const u8, func_name: Value, line: u32) {
    if let Some(exc) = &ts().raised {
        crate::traceback::add_frame(exc.v(), module_value(module), func_name, line);
    }
}

/// Shows a warning for `line` of the compiled module whose handle is `module`.
pub fn warn_at(module: *const u8, line: u32, category: TypeId, message: &str) {
    crate::warnings::warn_at(module_value(module), line, category, message);
}

/// Reads an unbound global: a builtin of that name, or NameError.
pub fn load_global_slow(module: *const u8, index: u32) -> R {
    let m = module_data(module_value(module));
    let name = m.global_names[index as usize].v();
    if let Some(v) = crate::builtins::lookup(name) {
        return Ok(v);
    }
    let msg = format!("name '{}' is not defined", as_string(name));
    crate::exception_types::name_error(msg, name)
}

/// Deletes a global.
pub fn del_global(module: *const u8, index: u32) -> R<()> {
    let m = module_data(module_value(module));
    let slot = unsafe { &mut *m.globals.add(index as usize) };
    if *slot == Value::UNBOUND {
        let name = m.global_names[index as usize].v();
        let msg = format!("name '{}' is not defined", as_string(name));
        return crate::exception_types::name_error(msg, name);
    }
    let old = std::mem::replace(slot, Value::UNBOUND);
    crate::value::decref(old);
    crate::module::global_deleted(module_value(module), index as usize);
    Ok(())
}

/// Compiled code bound global `index` for the first time, or the namespace
/// is exposed: the namespace dict follows.
pub fn global_stored(module: *const u8, index: u32) {
    crate::module::global_stored(module_value(module), index as usize);
}

/// `globals()`: the namespace dict of the compiled module.
pub fn module_globals(module: *const u8) -> Owned {
    crate::module::namespace(module_value(module))
}

/// The values a `def` evaluates for its function object (borrowed).
pub struct FunctionParts {
    pub defaults: Value,
    pub kwdefaults: Value,
    pub closure: Value,
    pub annotations: Value,
}

/// A function object. `info` is the constant tuple `(name, qualname,
/// varnames, argcount, posonlyargcount, kwonlyargcount, flags, doc)` with
/// flags 1 for `*args`, 2 for `**kwargs`, 4 for a generator function
/// (whose body has `nslots` slots) and 8 for a generator body that can
/// suspend while handling an exception; `kwdefaults`, `closure` and
/// `annotations` may be None.
///
/// # Safety
/// `entry` must be a compiled function with the `Entry` signature.
pub unsafe fn make_function(
    module: *const u8,
    entry: *const u8,
    info: Value,
    parts: FunctionParts,
    nslots: usize,
) -> Owned {
    let FunctionParts {
        defaults,
        kwdefaults,
        closure,
        annotations,
    } = parts;
    let info = crate::tuple::items(info);
    let count = |i: usize| crate::int::to_i64(info[i].v()).unwrap_or(0) as usize;
    let (argcount, posonly, kwonly, flags) = (count(3), count(4), count(5), count(6));
    let varargs = flags & 1 != 0;
    let varkw = flags & 2 != 0;
    let generator = flags & 4 != 0;
    let handles_exceptions = flags & 8 != 0;
    let simple = kwonly == 0 && !varargs && !varkw && !generator;
    crate::object::alloc(
        TypeId::Function,
        crate::function::FunctionData {
            entry: unsafe { std::mem::transmute::<*const u8, crate::function::Entry>(entry) },
            arity: if simple { argcount } else { usize::MAX },
            name: info[0].clone(),
            qualname: info[1].clone(),
            varnames: info[2].clone(),
            argcount,
            posonly,
            kwonly,
            varargs,
            varkw,
            generator,
            handles_exceptions,
            nslots,
            defaults: defaults.new_ref(),
            kwdefaults: kwdefaults.new_ref(),
            closure: closure.new_ref(),
            annotations: annotations.new_ref(),
            doc: info[7].clone(),
            module: module_value(module).new_ref(),
            dict: Owned::from_raw(Value::NONE),
        },
    )
}

/// `import name`.
pub fn import(name: Value) -> R {
    let text = as_string(name);
    match crate::builtins::find_module(&text) {
        Some(m) => Ok(m),
        None => crate::exception_types::import_error(
            TypeId::ModuleNotFoundError,
            format!("No module named '{text}'"),
            name,
            None,
            None,
        ),
    }
}

/// `from module import name`.
pub fn import_from(module: Value, name: Value) -> R {
    match crate::module::module_attr(module, name)? {
        Some(v) => Ok(v),
        None => {
            let m = module_data(module);
            let (extra, path) = if m.path.is_empty() {
                (" (unknown location)".to_string(), None)
            } else {
                (format!(" ({})", m.path), Some(new_str(&m.path)))
            };
            let msg = format!(
                "cannot import name '{}' from '{}'{extra}",
                as_string(name),
                m.name
            );
            crate::exception_types::import_error(
                TypeId::ImportError,
                msg,
                new_str(&m.name).v(),
                path,
                Some(name.new_ref()),
            )
        }
    }
}

/// Whether `exc` matches an `except` clause's type or tuple of types; every
/// entry of a tuple is checked to be an exception class first.
pub fn exc_match(exc: Value, types: Value) -> R<bool> {
    let types: Vec<Value> = if crate::tuple::is_tuple(types) {
        crate::tuple::items(types).iter().map(|t| t.v()).collect()
    } else {
        vec![types]
    };
    let base = ty(TypeId::BaseException);
    if !types
        .iter()
        .all(|&t| crate::object::is_type(t) && is_subtype(t.ptr(), base))
    {
        return type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        );
    }
    let exc_type = crate::object::type_of(exc);
    Ok(types.iter().any(|&t| is_subtype(exc_type, t.ptr())))
}

/// `raise exc [from cause]` (CPython's `do_raise`): a class is called
/// with no arguments; a cause may be an exception class or instance, or
/// None (which sets only `__suppress_context__`).
pub fn do_raise(exc: Value, cause: Value) -> R {
    let exc = instantiate(exc)?;
    if cause != Value::UNBOUND {
        let cause = if cause.is_none() {
            None
        } else if is_exception_class(cause) || is_exception(cause) {
            Some(instantiate(cause)?)
        } else {
            return type_error("exception causes must derive from BaseException");
        };
        set_cause(exc.v(), cause);
    }
    Err(raise_value(exc))
}
