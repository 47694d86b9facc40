//! Methods of `str`, as thin wrappers over `text::str_methods`.

use crate::methods::MethodTable;
use crate::str::str_data;
use crate::value::Value;

/// The index of `needle` in `hay` (both strs), or -1.
pub fn find_in(hay: Value, needle: Value) -> i64 {
    let h = str_data(hay).code_points();
    let n = str_data(needle).code_points();
    crate::text::str_methods::find(&h, &n, None, None)
}

/// Methods of str.
pub const METHODS: MethodTable = &[];
