//! The `sys` module.

use molt_runtime::args::{bind, index_big, Sig};
use molt_runtime::call::{arg_count, no_kwargs};
use molt_runtime::dict::{dict_set, new_dict};
use molt_runtime::exception::{err, new_exception, raise_value, value_error, R};
use molt_runtime::function::new_builtin;
use molt_runtime::int::from_i64;
use molt_runtime::num::int_text::{max_str_digits, set_max_str_digits, MAX_STR_DIGITS_THRESHOLD};
use molt_runtime::object::{ty, TypeId};
use molt_runtime::state::ts;
use molt_runtime::str::new_str;
use molt_runtime::tuple::new_tuple;
use molt_runtime::value::{none, Owned, Value};
use num_traits::ToPrimitive;

fn exit(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs("exit", kwnames)?;
    arg_count("exit", args, 0, 1)?;
    let exc_args = new_tuple(args.iter().map(|a| a.new_ref()).collect());
    Err(raise_value(new_exception(ty(TypeId::SystemExit), exc_args)))
}

fn getrecursionlimit(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs("getrecursionlimit", kwnames)?;
    arg_count("getrecursionlimit", args, 0, 0)?;
    Ok(from_i64(molt_runtime::state::frames().limit as i64))
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
