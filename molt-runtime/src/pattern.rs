//! Structural pattern matching (`match`): the sequence and mapping checks
//! of PEP 634 for the builtin types. Each returns `None` when the subject
//! does not match, or a tuple of the parts the sub-patterns match against.

use crate::exception::R;
use crate::object::{type_id, TypeId};
use crate::value::{Owned, Value};

/// Whether `v` is a sequence for `match` (collections.abc.Sequence minus
/// str, bytes and bytearray).
fn is_sequence(v: Value) -> bool {
    v.is_ptr() && matches!(type_id(v), TypeId::List | TypeId::Tuple | TypeId::Range)
}

/// `case [a, b, c]` (`after` is None) or `case [a, *rest, b, c]`: the
/// items, with the starred part as a list in its place.
pub fn match_sequence(subject: Value, before: usize, after: Option<usize>) -> R {
    if !is_sequence(subject) {
        return Ok(Owned::from_raw(Value::NONE));
    }
    let n = crate::builtins::length(subject)?;
    let fits = match after {
        None => n == before,
        Some(a) => n >= before + a,
    };
    if !fits {
        return Ok(Owned::from_raw(Value::NONE));
    }
    let mut items = Vec::with_capacity(n);
    for i in 0..n {
        let index = crate::int::from_i64(i as i64);
        items.push(crate::subscript::getitem(subject, index.v())?);
    }
    if let Some(a) = after {
        let tail = items.split_off(n - a);
        let middle = items.split_off(before);
        items.push(crate::list::new_list(middle));
        items.extend(tail);
    }
    Ok(crate::tuple::new_tuple(items))
}

/// `case {k1: p1, k2: p2, **rest}`: the values of `keys` (a tuple), then
/// the remaining items as a new dict when `rest` is set.
pub fn match_mapping(subject: Value, keys: Value, rest: bool) -> R {
    if !crate::dict::is_dict(subject) {
        return Ok(Owned::from_raw(Value::NONE));
    }
    let keys = crate::tuple::items(keys);
    // CPython compares the lengths first: a subject too short to hold every
    // key fails without its keys being checked for duplicates.
    if crate::dict::dict_data(subject).len() < keys.len() {
        return Ok(Owned::from_raw(Value::NONE));
    }
    for (i, k) in keys.iter().enumerate() {
        if keys[..i]
            .iter()
            .any(|p| crate::ops::eq(p.v(), k.v()).unwrap_or(false))
        {
            return crate::exception::value_error(format!(
                "mapping pattern checks duplicate key ({})",
                crate::repr::repr_string(k.v())?
            ));
        }
    }
    let mut values = Vec::with_capacity(keys.len() + 1);
    for k in keys {
        match crate::dict::dict_get(subject, k.v())? {
            Some(v) => values.push(v.new_ref()),
            None => return Ok(Owned::from_raw(Value::NONE)),
        }
    }
    if rest {
        let copy = crate::dict::new_dict();
        crate::dict_methods::update_from(copy.v(), subject)?;
        for k in keys {
            let hash = crate::ops::hash(k.v())?;
            crate::dict::dict_data(copy.v()).remove(k.v(), hash)?;
        }
        values.push(copy);
    }
    Ok(crate::tuple::new_tuple(values))
}
