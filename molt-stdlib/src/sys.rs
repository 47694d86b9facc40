//! The `sys` module.

use molt_runtime::call::{arg_count, no_kwargs};
use molt_runtime::dict::{dict_set, new_dict};
use molt_runtime::exception::{new_exception, raise_value, R};
use molt_runtime::function::new_builtin;
use molt_runtime::int::from_i64;
use molt_runtime::object::{ty, TypeId};
use molt_runtime::state::ts;
use molt_runtime::str::new_str;
use molt_runtime::tuple::new_tuple;
use molt_runtime::value::{Owned, Value};

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
