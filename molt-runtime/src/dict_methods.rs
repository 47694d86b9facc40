//! Methods of `dict` and its views.

use crate::dict::{dict_data, dict_set, new_dict};
use crate::exception::R;
use crate::methods::MethodTable;
use crate::value::{Owned, Value};

/// `d.copy()`.
pub fn copy(d: Value) -> R {
    let out = new_dict();
    update_from(out.v(), d)?;
    Ok(out)
}

/// `d.update(other)` for a dict `other`.
pub fn update_from(d: Value, other: Value) -> R<()> {
    let entries: Vec<(Owned, Owned)> =
        dict_data(other).iter().map(|e| (e.key.clone(), e.value.clone())).collect();
    for (k, v) in entries {
        dict_set(d, k, v)?;
    }
    Ok(())
}

/// `a == b` for two dicts.
pub fn dict_eq(a: Value, b: Value) -> R<bool> {
    if dict_data(a).len() != dict_data(b).len() {
        return Ok(false);
    }
    let entries: Vec<(Owned, Owned)> =
        dict_data(a).iter().map(|e| (e.key.clone(), e.value.clone())).collect();
    for (k, v) in entries {
        match crate::dict::dict_get(b, k.v())? {
            Some(w) if v.v() == w || crate::ops::eq(v.v(), w)? => {}
            _ => return Ok(false),
        }
    }
    Ok(true)
}

/// `a == b` for two keys views or two items views (set equality).
pub fn view_eq(a: Value, b: Value) -> R<bool> {
    let x = crate::iter::collect(a)?;
    let y = crate::iter::collect(b)?;
    if x.len() != y.len() {
        return Ok(false);
    }
    for item in &x {
        if !crate::ops::contains(b, item.v())? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Methods of dict.
pub const METHODS: MethodTable = &[];
