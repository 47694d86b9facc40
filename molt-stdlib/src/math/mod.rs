//! The `math` module.

use molt_runtime::dict::{dict_set, new_dict};
use molt_runtime::str::new_str;
use molt_runtime::value::Owned;

/// Creates the `math` module.
pub fn make_module() -> Owned {
    let d = new_dict();
    let set = |name: &str, v: Owned| dict_set(d.v(), new_str(name), v).expect("math init");
    set("pi", Owned::from(std::f64::consts::PI));
    set("e", Owned::from(std::f64::consts::E));
    set("tau", Owned::from(std::f64::consts::TAU));
    set("inf", Owned::from(f64::INFINITY));
    set("nan", Owned::from(f64::NAN));
    molt_runtime::module::new_intrinsic("math", d)
}

pub mod kernels;
