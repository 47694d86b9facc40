//! Argument handling shared by builtin functions and methods: binding
//! positional and keyword arguments with CPython's Argument Clinic messages,
//! and the usual argument conversions (`__index__` ints, `Py_ssize_t`,
//! slice indices, str arguments).

use num_bigint::BigInt;

use crate::exception::{err, type_error, R};
use crate::int::{is_int, to_bigint, to_i64};
use crate::object::{type_name, TypeId};
use crate::str::{as_string, is_str};
use crate::value::{Owned, Value};

/// A builtin's signature, as Argument Clinic describes it.
///
/// `params[..posonly]` are positional-only, `params[..required]` are
/// required and `params[maxpos..]` are keyword-only; e.g. `str.split` is
/// `Sig { name: "split", params: &["sep", "maxsplit"], posonly: 0, required: 0, maxpos: 2 }`.
pub struct Sig {
    pub name: &'static str,
    pub params: &'static [&'static str],
    pub posonly: usize,
    pub required: usize,
    pub maxpos: usize,
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Binds `args` (the last `kwnames.len()` of them named) to `sig`'s
/// parameters; absent optional parameters are `None`.
pub fn bind(sig: &Sig, args: &[Value], kwnames: &[Owned]) -> R<Vec<Option<Value>>> {
    let name = sig.name;
    let nkw = kwnames.len();
    let nargs = args.len() - nkw;
    let maxargs = sig.params.len();
    if nargs + nkw > maxargs {
        return type_error(format!(
            "{name}() takes at most {maxargs} {}argument{} ({} given)",
            if nargs == 0 { "keyword " } else { "" },
            plural(maxargs),
            nargs + nkw
        ));
    }
    if nargs > sig.maxpos {
        if sig.maxpos == 0 {
            return type_error(format!("{name}() takes no positional arguments"));
        }
        return type_error(format!(
            "{name}() takes {} {} positional argument{} ({nargs} given)",
            if sig.required < sig.maxpos {
                "at most"
            } else {
                "exactly"
            },
            sig.maxpos,
            plural(sig.maxpos)
        ));
    }
    let minposonly = sig.posonly.min(sig.required);
    if nargs < minposonly {
        return type_error(format!(
            "{name}() takes {} {minposonly} positional argument{} ({nargs} given)",
            if minposonly < sig.maxpos {
                "at least"
            } else {
                "exactly"
            },
            plural(minposonly)
        ));
    }
    let kwtexts: Vec<String> = kwnames.iter().map(|k| as_string(k.v())).collect();
    let find_kw = |p: &str| kwtexts.iter().position(|k| k == p).map(|i| args[nargs + i]);
    let mut out: Vec<Option<Value>> = vec![None; maxargs];
    let mut used = 0;
    for (i, slot) in out.iter_mut().enumerate() {
        if i < nargs {
            *slot = Some(args[i]);
            continue;
        }
        if i >= sig.posonly {
            if let Some(v) = find_kw(sig.params[i]) {
                *slot = Some(v);
                used += 1;
                continue;
            }
        }
        if i < sig.required {
            return type_error(format!(
                "{name}() missing required argument '{}' (pos {})",
                sig.params[i],
                i + 1
            ));
        }
    }
    if used < nkw {
        for (i, p) in sig.params.iter().enumerate().take(nargs).skip(sig.posonly) {
            if kwtexts.iter().any(|k| k == p) {
                return type_error(format!(
                    "argument for {name}() given by name ('{p}') and position ({})",
                    i + 1
                ));
            }
        }
        for k in &kwtexts {
            let known = sig.params.iter().skip(sig.posonly).any(|p| p == k);
            if !known {
                return type_error(format!("'{k}' is an invalid keyword argument for {name}()"));
            }
        }
    }
    Ok(out)
}

/// Checks the positional argument count of an old-style (`PyArg_ParseTuple`)
/// builtin: `find() takes at least 1 argument (0 given)`.
pub fn count_tuple_style(name: &str, args: &[Value], min: usize, max: usize) -> R<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let (how, k) = if min == max {
        ("exactly", min)
    } else if n < min {
        ("at least", min)
    } else {
        ("at most", max)
    };
    type_error(format!(
        "{name}() takes {how} {k} argument{} ({n} given)",
        plural(k)
    ))
}

/// Checks a method that takes no arguments: `str.upper() takes no arguments (1 given)`.
pub fn no_args(qualname: &str, args: &[Value], kwnames: &[Owned]) -> R<()> {
    crate::call::no_kwargs(qualname, kwnames)?;
    if !args.is_empty() {
        return type_error(format!(
            "{qualname}() takes no arguments ({} given)",
            args.len()
        ));
    }
    Ok(())
}

/// Checks a method that takes exactly one positional argument:
/// `list.append() takes exactly one argument (0 given)`.
pub fn one_arg(qualname: &str, args: &[Value], kwnames: &[Owned]) -> R<Value> {
    crate::call::no_kwargs(qualname, kwnames)?;
    if args.len() != 1 {
        return type_error(format!(
            "{qualname}() takes exactly one argument ({} given)",
            args.len()
        ));
    }
    Ok(args[0])
}

/// The `TypeError` for a value that has no `__index__`.
pub fn not_index<T>(v: Value) -> R<T> {
    type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name(v)
    ))
}

/// `PyFloat_AsDouble(v)`: a float, or an int (bools included) converted to
/// float (`OverflowError` when too large); anything else is
/// `TypeError: must be real number, not <type>`.
pub fn float_arg(v: Value) -> R<f64> {
    if v.is_float() {
        return Ok(v.as_float());
    }
    if is_int(v) {
        return crate::ops::int_to_f64(v);
    }
    type_error(format!("must be real number, not {}", type_name(v)))
}

/// `operator.index(v)` as a big int.
pub fn index_big(v: Value) -> R<BigInt> {
    if is_int(v) {
        Ok(to_bigint(v))
    } else {
        not_index(v)
    }
}

/// `operator.index(v)` as an int value (bools become plain ints).
pub fn index_value(v: Value) -> R<Owned> {
    if v.is_bool() {
        return Ok(crate::int::from_i64(v.as_bool() as i64));
    }
    if is_int(v) {
        return Ok(v.new_ref());
    }
    not_index(v)
}

/// `PyNumber_AsSsize_t(v, OverflowError)`.
pub fn ssize(v: Value) -> R<i64> {
    if !is_int(v) {
        return not_index(v);
    }
    match to_i64(v) {
        Some(n) => Ok(n),
        None => err(
            TypeId::OverflowError,
            "Python int too large to convert to C ssize_t",
        ),
    }
}

/// `PyNumber_AsSsize_t(v, NULL)`: out-of-range values clamp.
pub fn ssize_clamped(v: Value) -> R<i64> {
    if !is_int(v) {
        return not_index(v);
    }
    Ok(to_i64(v).unwrap_or(if crate::int::sign(v) < 0 {
        i64::MIN
    } else {
        i64::MAX
    }))
}

/// A `start`/`end` argument of `str.find` and friends: None, or an int
/// clamped to `i64`.
pub fn slice_index(v: Option<Value>) -> R<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) if is_int(v) => Ok(Some(ssize_clamped(v)?)),
        Some(_) => type_error("slice indices must be integers or None or have an __index__ method"),
    }
}

/// A `start`/`stop` argument of `list.index` and friends: an int clamped to `i64`.
pub fn seq_index(v: Value) -> R<i64> {
    if is_int(v) {
        return ssize_clamped(v);
    }
    type_error("slice indices must be integers or have an __index__ method")
}

/// How Argument Clinic's `_PyArg_BadArgument` names the type of a bad
/// argument: `None` for None, else the type's name.
pub fn arg_type_name(v: Value) -> &'static str {
    if v.is_none() {
        "None"
    } else {
        type_name(v)
    }
}

/// A str argument, or `TypeError(msg + ", not <type>")`; messages of the
/// Argument Clinic form (`f() argument 1 must be str`) name None as `None`.
pub fn str_arg(v: Value, what: &str) -> R<Value> {
    if is_str(v) {
        Ok(v)
    } else if what.contains("argument") {
        type_error(format!("{what}, not {}", arg_type_name(v)))
    } else {
        type_error(format!("{what}, not {}", type_name(v)))
    }
}

/// Raises `StopIteration` with no arguments (or with `value`).
pub fn stop_iteration<T>(value: Option<Value>) -> R<T> {
    let args = value.map(|v| vec![v.new_ref()]).unwrap_or_default();
    let exc = crate::exception::new_exception(
        crate::object::ty(TypeId::StopIteration),
        crate::tuple::new_tuple(args),
    );
    Err(crate::exception::raise_value(exc))
}

/// Raises `KeyError(key)`.
pub fn key_error<T>(key: Value) -> R<T> {
    let exc = crate::exception::new_exception(
        crate::object::ty(TypeId::KeyError),
        crate::tuple::new_tuple(vec![key.new_ref()]),
    );
    Err(crate::exception::raise_value(exc))
}

/// Calls `f(x)`.
pub fn call1(f: Value, x: Value) -> R {
    crate::call::call(f, &[x], &[])
}

#[cfg(test)]
pub(crate) mod testing {
    //! Helpers for the runtime's unit tests: one lock serialises tests that
    //! touch the global thread state.

    use std::sync::{Mutex, MutexGuard};

    use crate::exception::R;
    use crate::str::new_str;
    use crate::value::{Owned, Value};

    static LOCK: Mutex<()> = Mutex::new(());

    /// Takes the runtime lock and initialises types and builtins.
    pub fn setup() -> MutexGuard<'static, ()> {
        let g = LOCK.lock().unwrap_or_else(|e| e.into_inner());
        crate::object::init_types();
        crate::builtins::init_builtins();
        g
    }

    /// `repr()` of a result, or `Type: message` of the raised exception.
    pub fn show(r: R) -> String {
        match r {
            Ok(v) => crate::repr::repr_string(v.v()).unwrap(),
            Err(_) => {
                let e = crate::exception::take_raised().expect("raised");
                let name = crate::object::type_name(e.v());
                let msg = crate::repr::str_string(e.v()).unwrap();
                if msg.is_empty() {
                    name.to_string()
                } else {
                    format!("{name}: {msg}")
                }
            }
        }
    }

    /// A str value.
    pub fn s(text: &str) -> Owned {
        new_str(text)
    }

    /// An int value.
    pub fn i(n: i64) -> Owned {
        crate::int::from_i64(n)
    }

    /// A float value.
    pub fn f(x: f64) -> Owned {
        Owned::from(x)
    }

    /// A list value.
    pub fn list(items: &[&Owned]) -> Owned {
        crate::list::new_list(items.iter().map(|x| (*x).clone()).collect())
    }

    /// A tuple value.
    pub fn tuple(items: &[&Owned]) -> Owned {
        crate::tuple::new_tuple(items.iter().map(|x| (*x).clone()).collect())
    }

    /// Calls a builtin by name with positional values and `(name, value)` keywords.
    pub fn call(name: &str, pos: &[&Owned], kws: &[(&str, &Owned)]) -> R {
        let f = crate::builtins::lookup(new_str(name).v()).expect("builtin exists");
        let (args, kwnames) = pack(pos, kws);
        crate::call::call(f.v(), &args, &kwnames)
    }

    /// Calls a method `obj.name(...)`.
    pub fn method(obj: &Owned, name: &str, pos: &[&Owned], kws: &[(&str, &Owned)]) -> R {
        let (args, kwnames) = pack(pos, kws);
        crate::call::call_method(obj.v(), new_str(name).v(), &args, &kwnames)
    }

    fn pack(pos: &[&Owned], kws: &[(&str, &Owned)]) -> (Vec<Value>, Vec<Owned>) {
        let mut args: Vec<Value> = pos.iter().map(|x| x.v()).collect();
        args.extend(kws.iter().map(|(_, v)| v.v()));
        let kwnames = kws.iter().map(|(k, _)| new_str(k)).collect();
        (args, kwnames)
    }
}
