//! The `sys` module.

use molt_runtime::args::{bind, index_big, no_args, not_index, one_arg, Sig};
use molt_runtime::call::{arg_count, no_kwargs};
use molt_runtime::dict::{dict_set, new_dict};
use molt_runtime::exception::{err, handled, new_exception, raise_value, value_error, R};
use molt_runtime::exception_types::attribute;
use molt_runtime::function::new_builtin;
use molt_runtime::int::{from_i64, is_int};
use molt_runtime::num::int_text::{max_str_digits, set_max_str_digits, MAX_STR_DIGITS_THRESHOLD};
use molt_runtime::object::{ty, type_of, TypeId};
use molt_runtime::state::ts;
use molt_runtime::str::new_str;
use molt_runtime::tuple::new_tuple;
use molt_runtime::value::{none, Owned, Value};
use num_traits::ToPrimitive;

/// `sys.exit([status])`: raises `SystemExit` as `PyErr_SetObject` builds
/// it: no arguments for None, a tuple's items, or the status itself.
fn exit(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs("sys.exit", kwnames)?;
    arg_count("exit", args, 0, 1)?;
    let status = args.first().copied().unwrap_or(Value::NONE);
    let items = if status.is_none() {
        Vec::new()
    } else if molt_runtime::tuple::is_tuple(status) {
        molt_runtime::tuple::items(status).to_vec()
    } else {
        vec![status.new_ref()]
    };
    let exc = new_exception(ty(TypeId::SystemExit), new_tuple(items));
    Err(raise_value(exc))
}

fn getrecursionlimit(args: &[Value], kwnames: &[Owned]) -> R {
    no_args("sys.getrecursionlimit", args, kwnames)?;
    Ok(from_i64(molt_runtime::state::recursion_limit() as i64))
}

/// `sys.setrecursionlimit(n)`: the limit compiled call sites check. As in
/// CPython, the depth counts the module's frame, and a limit at or below
/// the current depth is refused.
fn setrecursionlimit(args: &[Value], kwnames: &[Owned]) -> R {
    let n = one_arg("sys.setrecursionlimit", args, kwnames)?;
    if !is_int(n) {
        return not_index(n);
    }
    let n = match molt_runtime::int::to_i64(n) {
        Some(n) if i32::try_from(n).is_ok() => n,
        _ => {
            return err(
                TypeId::OverflowError,
                "Python int too large to convert to C int",
            )
        }
    };
    if n < 1 {
        return err(
            TypeId::ValueError,
            "recursion limit must be greater or equal than 1",
        );
    }
    let depth = molt_runtime::state::recursion_depth() as i64;
    if depth >= n {
        return err(
            TypeId::RecursionError,
            format!(
                "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"
            ),
        );
    }
    molt_runtime::state::frames().limit = n as usize - 1;
    Ok(none())
}

/// `sys.exception()`: the exception being handled, or None.
fn exception(args: &[Value], kwnames: &[Owned]) -> R {
    no_args("sys.exception", args, kwnames)?;
    Ok(handled().unwrap_or_else(none))
}

/// `sys.exc_info()`: `(type, value, traceback)` of the exception being
/// handled, or three Nones.
fn exc_info(args: &[Value], kwnames: &[Owned]) -> R {
    no_args("sys.exc_info", args, kwnames)?;
    let items = match handled() {
        Some(e) => {
            let t = Value::from_ptr(type_of(e.v())).new_ref();
            let tb = attribute(e.v(), "__traceback__")?.unwrap_or_else(none);
            vec![t, e, tb]
        }
        None => vec![none(), none(), none()],
    };
    Ok(new_tuple(items))
}

fn get_int_max_str_digits(args: &[Value], kwnames: &[Owned]) -> R {
    molt_runtime::args::no_args("sys.get_int_max_str_digits", args, kwnames)?;
    Ok(from_i64(max_str_digits() as i64))
}

const SET_INT_MAX_STR_DIGITS: Sig = Sig {
    name: "set_int_max_str_digits",
    params: &["maxdigits"],
    posonly: 0,
    required: 1,
    maxpos: 1,
};

fn set_int_max_str_digits(args: &[Value], kwnames: &[Owned]) -> R {
    let a = bind(&SET_INT_MAX_STR_DIGITS, args, kwnames)?;
    let n = index_big(a[0].expect("required"))?;
    let Some(n) = n.to_i32() else {
        return err(
            TypeId::OverflowError,
            "Python int too large to convert to C int",
        );
    };
    if n != 0 && n < MAX_STR_DIGITS_THRESHOLD as i32 {
        return value_error("maxdigits must be 0 or larger than 640");
    }
    set_max_str_digits(n as usize);
    Ok(none())
}

/// Creates the `sys` module.
pub fn make_module() -> Owned {
    let d = new_dict();
    let set = |name: &str, v: Owned| dict_set(d.v(), new_str(name), v).expect("sys init");
    let argv: Vec<Owned> = ts().argv.iter().map(|a| new_str(a)).collect();
    set("argv", molt_runtime::list::new_list(argv));
    set("exit", new_builtin("exit", exit));
    set(
        "getrecursionlimit",
        new_builtin("getrecursionlimit", getrecursionlimit),
    );
    set(
        "setrecursionlimit",
        new_builtin("setrecursionlimit", setrecursionlimit),
    );
    set("exception", new_builtin("exception", exception));
    set("exc_info", new_builtin("exc_info", exc_info));
    set("stdout", molt_runtime::io::new_stream(1));
    set("stderr", molt_runtime::io::new_stream(2));
    set("maxsize", from_i64(i64::MAX));
    set(
        "get_int_max_str_digits",
        new_builtin("get_int_max_str_digits", get_int_max_str_digits),
    );
    set(
        "set_int_max_str_digits",
        new_builtin("set_int_max_str_digits", set_int_max_str_digits),
    );
    let info = vec![
        from_i64(3),
        from_i64(12),
        from_i64(1),
        new_str("final"),
        from_i64(0),
    ];
    set("version_info", new_tuple(info));
    set("version", new_str("3.12.1 (molt)"));
    set("platform", new_str("linux"));
    set("byteorder", new_str("little"));
    molt_runtime::module::new_intrinsic("sys", d)
}
