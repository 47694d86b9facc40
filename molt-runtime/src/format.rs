//! `format()`, f-string pieces, `ascii()` and `%`-formatting.

use crate::exception::{type_error, R};
use crate::object::type_name;
use crate::str::{from_code_points, is_str, str_data};
use crate::value::Value;

/// `format(v, spec)`.
pub fn format(v: Value, spec: Value) -> R {
    if str_data(spec).len == 0 {
        return crate::repr::to_str(v);
    }
    type_error(format!("unsupported format string passed to {}.__format__", type_name(v)))
}

/// `ascii(v)`.
pub fn ascii(v: Value) -> R {
    let r = crate::repr::repr(v)?;
    let cps = str_data(r.v()).code_points();
    Ok(from_code_points(&crate::text::repr::str_ascii(&cps)))
}

/// `fmt % args` for a str.
pub fn percent_format(fmt: Value, args: Value) -> R {
    debug_assert!(is_str(fmt));
    let _ = args;
    type_error("%-formatting of str is not supported yet")
}
