//! Calling objects: argument binding for compiled functions (CPython's
//! messages for missing, surplus and unexpected arguments), builtins, bound
//! methods and types; method calls without bound-method objects.

use crate::exception::{err, type_error, R};
use crate::function::{bound_method_data, builtin_data, function_data};
use crate::object::{type_id, type_name, TypeId};
use crate::str::{as_string, str_eq};
use crate::tuple::items;
use crate::value::{Owned, Value};

/// Calls `callee` with `args`, the last `kwnames.len()` of which are named.
pub fn call(callee: Value, args: &[Value], kwnames: &[Owned]) -> R {
    if callee.is_ptr() {
        match type_id(callee) {
            TypeId::Function => return call_function(callee, args, kwnames),
            TypeId::BuiltinFunction => return (builtin_data(callee).func)(args, kwnames),
            TypeId::Method => {
                let m = bound_method_data(callee);
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(m.receiver.v());
                all.extend_from_slice(args);
                return call(m.func.v(), &all, kwnames);
            }
            TypeId::Type => return crate::builtins::construct(callee, args, kwnames),
            _ => {}
        }
    }
    type_error(format!("'{}' object is not callable", type_name(callee)))
}

/// Enters a Python frame, raising RecursionError past the limit.
pub fn enter_frame() -> R<()> {
    let frames = crate::state::frames();
    if frames.depth >= frames.limit {
        return err(TypeId::RecursionError, "maximum recursion depth exceeded");
    }
    frames.depth += 1;
    Ok(())
}

/// Leaves a Python frame.
pub fn leave_frame() {
    crate::state::frames().depth -= 1;
}

fn call_function(func: Value, args: &[Value], kwnames: &[Owned]) -> R {
    let f = function_data(func);
    let params = items(f.params.v());
    let nparams = params.len();
    let npos = args.len() - kwnames.len();
    let mut bound: [Value; 16] = [Value::UNBOUND; 16];
    let mut heap: Vec<Value>;
    let slots: &mut [Value] = if nparams <= 16 {
        &mut bound[..nparams]
    } else {
        heap = vec![Value::UNBOUND; nparams];
        &mut heap
    };
    if npos == nparams && kwnames.is_empty() {
        slots.copy_from_slice(args);
    } else {
        bind(f, params, slots, args, npos, kwnames)?;
    }
    enter_frame()?;
    let r = unsafe { (f.entry)(slots.as_ptr()) };
    leave_frame();
    if r == Value::ERROR {
        Err(crate::exception::Raised)
    } else {
        Ok(Owned::from_raw(r))
    }
}

fn bind(
    f: &crate::function::FunctionData,
    params: &[Owned],
    slots: &mut [Value],
    args: &[Value],
    npos: usize,
    kwnames: &[Owned],
) -> R<()> {
    let name = as_string(f.qualname.v());
    let nparams = params.len();
    let defaults = items(f.defaults.v());
    if npos > nparams {
        let required = nparams - defaults.len();
        let takes = if defaults.is_empty() {
            format!("{} positional argument{}", nparams, plural(nparams))
        } else {
            format!("from {required} to {nparams} positional arguments")
        };
        let given = if npos == 1 { "was" } else { "were" };
        return type_error(format!("{name}() takes {takes} but {npos} {given} given"));
    }
    slots[..npos].copy_from_slice(&args[..npos]);
    for (k, kw) in kwnames.iter().enumerate() {
        let value = args[npos + k];
        match params.iter().position(|p| str_eq(p.v(), kw.v())) {
            None => {
                return type_error(format!(
                    "{name}() got an unexpected keyword argument '{}'",
                    as_string(kw.v())
                ))
            }
            Some(i) if slots[i] != Value::UNBOUND => {
                return type_error(format!(
                    "{name}() got multiple values for argument '{}'",
                    as_string(kw.v())
                ))
            }
            Some(i) => slots[i] = value,
        }
    }
    let first_default = nparams - defaults.len();
    let mut missing = Vec::new();
    for i in 0..nparams {
        if slots[i] == Value::UNBOUND {
            if i >= first_default {
                slots[i] = defaults[i - first_default].v();
            } else {
                missing.push(format!("'{}'", as_string(params[i].v())));
            }
        }
    }
    if !missing.is_empty() {
        let n = missing.len();
        let list = match n {
            1 => missing[0].clone(),
            2 => format!("{} and {}", missing[0], missing[1]),
            _ => format!("{}, and {}", missing[..n - 1].join(", "), missing[n - 1]),
        };
        return type_error(format!(
            "{name}() missing {n} required positional argument{}: {list}",
            plural(n)
        ));
    }
    Ok(())
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// `obj.name(args)`.
pub fn call_method(obj: Value, name: Value, args: &[Value], kwnames: &[Owned]) -> R {
    if obj.is_ptr() && type_id(obj) != TypeId::Module {
        if let Some(f) = crate::methods::find(obj, &as_string(name)) {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(obj);
            all.extend_from_slice(args);
            return f(&all, kwnames);
        }
    }
    let attr = crate::attr::getattr(obj, name)?;
    call(attr.v(), args, kwnames)
}

/// Checks that a builtin got no keyword arguments.
pub fn no_kwargs(name: &str, kwnames: &[Owned]) -> R<()> {
    if kwnames.is_empty() {
        Ok(())
    } else {
        type_error(format!("{name}() takes no keyword arguments"))
    }
}

/// Checks a builtin's positional argument count (keywords excluded).
pub fn arg_count(name: &str, args: &[Value], min: usize, max: usize) -> R<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    if min == max {
        if min == 1 {
            return type_error(format!("{name}() takes exactly one argument ({n} given)"));
        }
        if min == 0 {
            return type_error(format!("{name}() takes no arguments ({n} given)"));
        }
        return type_error(format!("{name} expected {min} arguments, got {n}"));
    }
    if n < min {
        return type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        ));
    }
    type_error(format!(
        "{name} expected at most {max} argument{}, got {n}",
        plural(max)
    ))
}

/// Splits builtin arguments into positional ones and `(name, value)` keywords.
pub fn split_kwargs<'a>(
    args: &'a [Value],
    kwnames: &'a [Owned],
) -> (&'a [Value], Vec<(String, Value)>) {
    let npos = args.len() - kwnames.len();
    let kws = kwnames
        .iter()
        .zip(&args[npos..])
        .map(|(k, v)| (as_string(k.v()), *v))
        .collect();
    (&args[..npos], kws)
}
