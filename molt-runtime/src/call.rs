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
            TypeId::Method | TypeId::MethodWrapper => {
                let m = bound_method_data(callee);
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(m.receiver.v());
                all.extend_from_slice(args);
                return call(m.func.v(), &all, kwnames);
            }
            TypeId::Type => return crate::builtins::construct(callee, args, kwnames),
            TypeId::MethodDescriptor | TypeId::WrapperDescriptor => {
                return call_descriptor(callee, args, kwnames)
            }
            _ => {}
        }
    }
    type_error(format!("'{}' object is not callable", type_name(callee)))
}

/// `str.upper("abc")`: the method with its receiver checked.
/// `f.__call__(...)`: calls the receiver itself.
fn method_call(args: &[Value], kwnames: &[Owned]) -> R {
    call(args[0], &args[1..], kwnames)
}

/// The methods of every callable builtin type (functions, builtins, bound
/// methods).
pub const CALLABLE_METHODS: crate::methods::MethodTable = &[("__call__", method_call)];

fn call_descriptor(callee: Value, args: &[Value], kwnames: &[Owned]) -> R {
    let d = crate::function::method_descriptor_data(callee);
    let owner = crate::object::ty(d.owner);
    let owner_name = crate::object::type_data(owner).name;
    let npos = args.len() - kwnames.len();
    let slot = type_id(callee) == TypeId::WrapperDescriptor;
    if npos == 0 {
        return type_error(if slot {
            format!(
                "descriptor '{}' of '{owner_name}' object needs an argument",
                d.name
            )
        } else {
            format!("unbound method {owner_name}.{}() needs an argument", d.name)
        });
    }
    if !crate::object::is_subtype(crate::object::type_of(args[0]), owner) {
        return type_error(if slot {
            format!(
                "descriptor '{}' requires a '{owner_name}' object but received a '{}'",
                d.name,
                type_name(args[0])
            )
        } else {
            format!(
                "descriptor '{}' for '{owner_name}' objects doesn't apply to a '{}' object",
                d.name,
                type_name(args[0])
            )
        });
    }
    (d.func)(args, kwnames)
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

/// CPython 3.12's C recursion limit (`Py_C_RECURSION_LIMIT`): a budget
/// separate from the Python frame limit. CPython spends one unit per
/// `PyObject_Repr`/`PyObject_Str`/rich comparison and per call of a
/// one-argument builtin, so `repr()` of a list nested 1500 deep raises
/// RecursionError whatever `sys.setrecursionlimit` says. Molt counts the
/// same operations at container and exception levels.
const C_RECURSION_LIMIT: usize = 1500;

/// The units CPython has spent when a script's module code runs (its
/// evaluation loop's `PY_EVAL_C_STACK_UNITS`).
const C_UNITS_AT_START: usize = 2;

static mut C_DEPTH: usize = 0;

/// The message endings of the C recursion checks.
pub const NESTED_REPR: &str = " while getting the repr of an object";
pub const NESTED_COMPARE: &str = " in comparison";
pub const NESTED_CALL: &str = " while calling a Python object";

/// Spends one unit of the C recursion budget (see [`C_RECURSION_LIMIT`]);
/// `what` ends the RecursionError's message.
pub fn enter_nested(what: &str) -> R<()> {
    let depth = unsafe { &mut *std::ptr::addr_of_mut!(C_DEPTH) };
    if *depth + C_UNITS_AT_START >= C_RECURSION_LIMIT {
        return err(
            TypeId::RecursionError,
            format!("maximum recursion depth exceeded{what}"),
        );
    }
    *depth += 1;
    Ok(())
}

/// Gives back a unit spent by [`enter_nested`].
pub fn leave_nested() {
    unsafe { *std::ptr::addr_of_mut!(C_DEPTH) -= 1 }
}

/// Runs `f` one nesting level deeper (see [`enter_nested`]).
pub fn nested<T>(what: &str, f: impl FnOnce() -> R<T>) -> R<T> {
    enter_nested(what)?;
    let r = f();
    leave_nested();
    r
}

fn call_function(func: Value, args: &[Value], kwnames: &[Owned]) -> R {
    let f = function_data(func);
    let nslots = items(f.varnames.v()).len();
    let mut inline: [Value; 16] = [Value::UNBOUND; 16];
    let mut heap: Vec<Value>;
    let slots: &mut [Value] = if nslots <= 16 {
        &mut inline[..nslots]
    } else {
        heap = vec![Value::UNBOUND; nslots];
        &mut heap
    };
    // `*args` and `**kwargs` objects, owned for the duration of the call.
    let mut temps: Vec<Owned> = Vec::new();
    if kwnames.is_empty() && args.len() == f.arity {
        slots.copy_from_slice(args);
    } else {
        bind(f, slots, args, kwnames, &mut temps)?;
    }
    if f.generator {
        let entry = f.entry as *const u8;
        return Ok(unsafe {
            crate::generator::new_generator(func, entry, f.nslots, f.handles_exceptions, slots)
        });
    }
    enter_frame()?;
    let r = unsafe { (f.entry)(slots.as_ptr(), func) };
    leave_frame();
    drop(temps);
    if r == Value::ERROR {
        Err(crate::exception::Raised)
    } else {
        Ok(Owned::from_raw(r))
    }
}

/// Binds call arguments to parameter slots as CPython's
/// `initialize_locals` does, in the same order of checks (so the same error
/// wins when several apply).
fn bind(
    f: &crate::function::FunctionData,
    slots: &mut [Value],
    args: &[Value],
    kwnames: &[Owned],
    temps: &mut Vec<Owned>,
) -> R<()> {
    let name = as_string(f.qualname.v());
    let varnames = items(f.varnames.v());
    let argc = f.argcount;
    let total = argc + f.kwonly;
    let npos = args.len() - kwnames.len();
    let kwdict = if f.varkw {
        let d = crate::dict::new_dict();
        slots[total + usize::from(f.varargs)] = d.v();
        temps.push(d.clone());
        Some(d)
    } else {
        None
    };
    let n = npos.min(argc);
    slots[..n].copy_from_slice(&args[..n]);
    if f.varargs {
        let extra = args[n..npos].iter().map(|a| a.new_ref()).collect();
        let t = crate::tuple::new_tuple(extra);
        slots[total] = t.v();
        temps.push(t);
    }
    for (k, kw) in kwnames.iter().enumerate() {
        let value = args[npos + k];
        let found = (f.posonly..total).find(|&i| str_eq(varnames[i].v(), kw.v()));
        match (found, &kwdict) {
            (Some(i), _) if slots[i] != Value::UNBOUND => {
                return type_error(format!(
                    "{name}() got multiple values for argument '{}'",
                    as_string(kw.v())
                ));
            }
            (Some(i), _) => slots[i] = value,
            (None, Some(d)) => crate::dict::dict_set(d.v(), kw.clone(), value.new_ref())?,
            (None, None) => {
                // Listed in parameter order, as CPython does.
                let posonly: Vec<String> = varnames[..f.posonly]
                    .iter()
                    .filter(|p| kwnames.iter().any(|k| str_eq(p.v(), k.v())))
                    .map(|p| as_string(p.v()))
                    .collect();
                if !posonly.is_empty() {
                    return type_error(format!(
                        "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
                        posonly.join(", ")
                    ));
                }
                return type_error(format!(
                    "{name}() got an unexpected keyword argument '{}'",
                    as_string(kw.v())
                ));
            }
        }
    }
    let defaults = items(f.defaults.v());
    if npos > argc && !f.varargs {
        let kwonly_given = slots[argc..total]
            .iter()
            .filter(|v| **v != Value::UNBOUND)
            .count();
        return too_many_positional(&name, argc, defaults.len(), npos, kwonly_given);
    }
    if npos < argc {
        let first_default = argc - defaults.len();
        if npos < first_default && slots[npos..first_default].contains(&Value::UNBOUND) {
            return missing(&name, "positional", varnames, slots, 0, first_default);
        }
        for i in npos.max(first_default)..argc {
            if slots[i] == Value::UNBOUND {
                slots[i] = defaults[i - first_default].v();
            }
        }
    }
    if f.kwonly > 0 {
        for i in argc..total {
            if slots[i] != Value::UNBOUND || f.kwdefaults.v().is_none() {
                continue;
            }
            if let Some(d) = crate::dict::dict_get(f.kwdefaults.v(), varnames[i].v())? {
                slots[i] = d;
            }
        }
        if slots[argc..total].contains(&Value::UNBOUND) {
            return missing(&name, "keyword-only", varnames, slots, argc, total);
        }
    }
    Ok(())
}

fn too_many_positional(
    name: &str,
    argc: usize,
    ndefaults: usize,
    given: usize,
    kwonly_given: usize,
) -> R<()> {
    let (sig, plural_sig) = if ndefaults > 0 {
        (format!("from {} to {argc}", argc - ndefaults), true)
    } else {
        (argc.to_string(), argc != 1)
    };
    let kwonly = if kwonly_given > 0 {
        format!(
            " positional argument{} (and {kwonly_given} keyword-only argument{})",
            plural(given),
            plural(kwonly_given)
        )
    } else {
        String::new()
    };
    let verb = if given == 1 && kwonly_given == 0 {
        "was"
    } else {
        "were"
    };
    type_error(format!(
        "{name}() takes {sig} positional argument{} but {given}{kwonly} {verb} given",
        if plural_sig { "s" } else { "" }
    ))
}

/// `f() missing 2 required positional arguments: 'a' and 'b'`.
fn missing(
    name: &str,
    kind: &str,
    varnames: &[Owned],
    slots: &[Value],
    start: usize,
    end: usize,
) -> R<()> {
    let names: Vec<String> = (start..end)
        .filter(|&i| slots[i] == Value::UNBOUND)
        .map(|i| format!("'{}'", as_string(varnames[i].v())))
        .collect();
    let n = names.len();
    let list = match n {
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        _ => format!("{}, and {}", names[..n - 1].join(", "), names[n - 1]),
    };
    type_error(format!(
        "{name}() missing {n} required {kind} argument{}: {list}",
        plural(n)
    ))
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
    // A type's own methods come before its metatype's: not this path.
    if obj.is_ptr() && !matches!(type_id(obj), TypeId::Module | TypeId::Type) {
        if let Some((_, f)) = crate::methods::find(obj, &as_string(name)) {
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

/// Checks that a slot wrapper taking no arguments (`it.__next__`) got none.
pub fn wrapper_no_args(name: &str, args: &[Value], kwnames: &[Owned]) -> R<()> {
    if !kwnames.is_empty() {
        return type_error(format!("wrapper {name}() takes no keyword arguments"));
    }
    if !args.is_empty() {
        return type_error(format!("expected 0 arguments, got {}", args.len()));
    }
    Ok(())
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

/// How CPython names a callable in call errors: `module.qualname()` for
/// Python functions, `name()` for builtins and types.
pub fn function_str(callee: Value) -> String {
    if callee.is_ptr() {
        match type_id(callee) {
            TypeId::Function => {
                let f = function_data(callee);
                let module = &crate::module::module_data(f.module.v()).name;
                return format!("{module}.{}()", as_string(f.qualname.v()));
            }
            TypeId::BuiltinFunction => return format!("{}()", builtin_data(callee).name),
            TypeId::MethodDescriptor | TypeId::WrapperDescriptor => {
                return format!("{}()", crate::function::method_descriptor_data(callee).name);
            }
            TypeId::Method | TypeId::MethodWrapper => {
                return function_str(bound_method_data(callee).func.v())
            }
            TypeId::Type => {
                return format!("{}()", crate::object::type_data(callee.ptr()).name);
            }
            _ => {}
        }
    }
    format!("{} object", type_name(callee))
}

/// A call with `*iterable` and `**mapping` arguments; `layout` has one entry
/// per argument: None (positional), `"*"`, a keyword's name, or `"**"`.
pub fn call_unpack(callee: Value, items: &[Value], layout: Value) -> R {
    let mut positional: Vec<Owned> = Vec::new();
    let mut names: Vec<Owned> = Vec::new();
    let mut values: Vec<Owned> = Vec::new();
    let mut add_keyword = |name: Owned, value: Owned| -> R<()> {
        if names.iter().any(|n| str_eq(n.v(), name.v())) {
            return type_error(format!(
                "{} got multiple values for keyword argument '{}'",
                function_str(callee),
                as_string(name.v())
            ));
        }
        names.push(name);
        values.push(value);
        Ok(())
    };
    for (item, kind) in items.iter().zip(crate::tuple::items(layout)) {
        let kind = kind.v();
        if kind.is_none() {
            positional.push(item.new_ref());
            continue;
        }
        match as_string(kind).as_str() {
            "*" => {
                let it = crate::iter::iter(*item).map_err(|e| {
                    if !crate::exception::raised_matches(TypeId::TypeError) {
                        return e;
                    }
                    crate::exception::take_raised();
                    let msg = format!(
                        "{} argument after * must be an iterable, not {}",
                        function_str(callee),
                        type_name(*item)
                    );
                    crate::exception::raise(TypeId::TypeError, msg)
                })?;
                while let Some(x) = crate::iter::next(it.v())? {
                    positional.push(x);
                }
            }
            "**" => {
                if !crate::dict::is_dict(*item) {
                    return type_error(format!(
                        "{} argument after ** must be a mapping, not {}",
                        function_str(callee),
                        type_name(*item)
                    ));
                }
                let entries: Vec<(Owned, Owned)> = crate::dict::dict_data(*item)
                    .entries
                    .iter()
                    .flatten()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect();
                for (k, v) in entries {
                    if !k.v().is_ptr() || type_id(k.v()) != TypeId::Str {
                        return type_error("keywords must be strings");
                    }
                    add_keyword(k, v)?;
                }
            }
            _ => add_keyword(kind.new_ref(), item.new_ref())?,
        }
    }
    let mut flat: Vec<Value> = positional.iter().map(|v| v.v()).collect();
    flat.extend(values.iter().map(|v| v.v()));
    call(callee, &flat, &names)
}
