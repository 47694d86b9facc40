//! The `gc` module: the interface to the cycle collector in
//! `molt_runtime::gc` (CPython's `Modules/gcmodule.c`).

use molt_runtime::args::{bind, count_tuple_style, no_args, not_index, one_arg, Sig};
use molt_runtime::call::no_kwargs;
use molt_runtime::dict::{dict_set, new_dict};
use molt_runtime::exception::{err, R};
use molt_runtime::function::new_builtin;
use molt_runtime::int::{from_i64, is_int, to_i64};
use molt_runtime::object::TypeId;
use molt_runtime::str::new_str;
use molt_runtime::tuple::new_tuple;
use molt_runtime::value::{none, Owned, Value};

/// A C `int` argument (`PyArg_Parse` format `i`).
fn c_int(v: Value) -> R<i64> {
    if !is_int(v) {
        return not_index(v);
    }
    match to_i64(v) {
        Some(n) if n > i32::MAX as i64 => err(
            TypeId::OverflowError,
            "signed integer is greater than maximum",
        ),
        Some(n) if n < i32::MIN as i64 => {
            err(TypeId::OverflowError, "signed integer is less than minimum")
        }
        Some(n) => Ok(n),
        None => err(
            TypeId::OverflowError,
            "Python int too large to convert to C long",
        ),
    }
}

fn collect(args: &[Value], kwnames: &[Owned]) -> R {
    let sig = Sig {
        name: "collect",
        params: &["generation"],
        posonly: 0,
        required: 0,
        maxpos: 1,
    };
    let bound = bind(&sig, args, kwnames)?;
    let generation = match bound[0] {
        Some(g) => {
            if !is_int(g) {
                return not_index(g);
            }
            match to_i64(g) {
                Some(n) if (0..molt_runtime::gc::GENERATIONS as i64).contains(&n) => n as usize,
                Some(n) if i32::try_from(n).is_ok() => {
                    return err(TypeId::ValueError, "invalid generation")
                }
                _ => {
                    return err(
                        TypeId::OverflowError,
                        "Python int too large to convert to C int",
                    )
                }
            }
        }
        None => molt_runtime::gc::GENERATIONS - 1,
    };
    Ok(from_i64(molt_runtime::gc::collect(generation) as i64))
}

fn enable(args: &[Value], kwnames: &[Owned]) -> R {
    no_args("gc.enable", args, kwnames)?;
    molt_runtime::gc::set_enabled(true);
    Ok(none())
}

fn disable(args: &[Value], kwnames: &[Owned]) -> R {
    no_args("gc.disable", args, kwnames)?;
    molt_runtime::gc::set_enabled(false);
    Ok(none())
}

fn isenabled(args: &[Value], kwnames: &[Owned]) -> R {
    no_args("gc.isenabled", args, kwnames)?;
    Ok(Owned::from(molt_runtime::gc::is_enabled()))
}

fn ints(values: &[isize]) -> Owned {
    new_tuple(values.iter().map(|&n| from_i64(n as i64)).collect())
}

fn get_threshold(args: &[Value], kwnames: &[Owned]) -> R {
    no_args("gc.get_threshold", args, kwnames)?;
    Ok(ints(&molt_runtime::gc::thresholds()))
}

fn set_threshold(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs("set_threshold", kwnames)?;
    count_tuple_style("set_threshold", args, 1, 3)?;
    let values = args
        .iter()
        .map(|&a| c_int(a).map(|n| n as isize))
        .collect::<R<Vec<isize>>>()?;
    molt_runtime::gc::set_thresholds(&values);
    Ok(none())
}

fn get_count(args: &[Value], kwnames: &[Owned]) -> R {
    no_args("gc.get_count", args, kwnames)?;
    Ok(ints(&molt_runtime::gc::counts()))
}

fn is_tracked(args: &[Value], kwnames: &[Owned]) -> R {
    let v = one_arg("gc.is_tracked", args, kwnames)?;
    Ok(Owned::from(molt_runtime::gc::is_tracked(v)))
}

fn is_finalized(args: &[Value], kwnames: &[Owned]) -> R {
    let v = one_arg("gc.is_finalized", args, kwnames)?;
    let finalized =
        molt_runtime::generator::is_generator(v) && molt_runtime::generator::is_finalized(v);
    Ok(Owned::from(finalized))
}

fn freeze(args: &[Value], kwnames: &[Owned]) -> R {
    no_args("gc.freeze", args, kwnames)?;
    molt_runtime::gc::freeze();
    Ok(none())
}

fn unfreeze(args: &[Value], kwnames: &[Owned]) -> R {
    no_args("gc.unfreeze", args, kwnames)?;
    molt_runtime::gc::unfreeze();
    Ok(none())
}

fn get_freeze_count(args: &[Value], kwnames: &[Owned]) -> R {
    no_args("gc.get_freeze_count", args, kwnames)?;
    Ok(from_i64(molt_runtime::gc::freeze_count() as i64))
}

/// Creates the `gc` module.
pub fn make_module() -> Owned {
    let d = new_dict();
    let set = |name: &str, v: Owned| dict_set(d.v(), new_str(name), v).expect("gc init");
    let functions: &[(&'static str, molt_runtime::function::BuiltinFn)] = &[
        ("collect", collect),
        ("enable", enable),
        ("disable", disable),
        ("isenabled", isenabled),
        ("get_threshold", get_threshold),
        ("set_threshold", set_threshold),
        ("get_count", get_count),
        ("is_tracked", is_tracked),
        ("is_finalized", is_finalized),
        ("freeze", freeze),
        ("unfreeze", unfreeze),
        ("get_freeze_count", get_freeze_count),
    ];
    for &(name, f) in functions {
        set(name, new_builtin(name, f));
    }
    // Molt's collector never keeps uncollectable garbage (there are no
    // legacy `__del__` finalizers), so `gc.garbage` stays empty.
    set("garbage", molt_runtime::list::new_list(Vec::new()));
    molt_runtime::module::new_intrinsic("gc", d)
}
