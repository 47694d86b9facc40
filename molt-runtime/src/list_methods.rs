//! Methods of `list` and `tuple`.

use crate::exception::R;
use crate::list::list_items;
use crate::methods::MethodTable;
use crate::value::Value;

/// `list.extend(iterable)`.
pub fn extend(list: Value, iterable: Value) -> R<()> {
    let items = crate::iter::collect(iterable)?;
    list_items(list).extend(items);
    Ok(())
}

/// Methods of list.
pub const METHODS: MethodTable = &[];
/// Methods of tuple.
pub const TUPLE_METHODS: MethodTable = &[];
