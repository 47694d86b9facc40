//! The set operators of dict keys and items views (`d.keys() & other`,
//! `d.items() ^ e.items()`, `v.isdisjoint(other)`), and membership in an
//! items view. Each follows `Objects/dictobject.c`: which operand is
//! iterated and which set is built first decide the result's order.

use crate::dict::{dict_data, dict_get, new_view, view_data, ViewKind};
use crate::exception::R;
use crate::methods::MethodTable;
use crate::object::{type_id, TypeId};
use crate::ops::{BinOp, CmpOp};
use crate::set::{add, is_anyset, make_new, set_len};
use crate::value::{Owned, Value};

/// Whether `v` is a view with set operators (a keys or items view; values
/// views have none).
fn is_set_view(v: Value) -> bool {
    v.is_ptr() && matches!(type_id(v), TypeId::DictKeys | TypeId::DictItems)
}

fn view_len(v: Value) -> usize {
    dict_data(view_data(v).dict.v()).len()
}

/// `item in view` for a keys or items view: an items view holds `(k, v)`
/// when `k` is a key whose value is `v` (or equal to it).
pub fn contains(view: Value, item: Value) -> R<bool> {
    let d = view_data(view).dict.v();
    if type_id(view) == TypeId::DictKeys {
        return Ok(dict_get(d, item)?.is_some());
    }
    if !crate::tuple::is_tuple(item) || crate::tuple::items(item).len() != 2 {
        return Ok(false);
    }
    let pair = crate::tuple::items(item);
    match dict_get(d, pair[0].v())? {
        Some(found) => {
            let found = found.new_ref();
            crate::ops::same_or_eq(found.v(), pair[1].v())
        }
        None => Ok(false),
    }
}

/// `a <op> b` when either operand is a keys or items view; `None` for
/// other operands and operators.
pub fn binary(op: BinOp, a: Value, b: Value) -> Option<R> {
    if !is_set_view(a) && !is_set_view(b) {
        return None;
    }
    Some(match op {
        BinOp::And => intersection(a, b),
        BinOp::Or => union(a, b),
        BinOp::Sub => difference(a, b),
        BinOp::Xor => symmetric_difference(a, b),
        _ => return None,
    })
}

/// `a < b` and the other orderings between a keys or items view and a set
/// or another such view: subset tests, sizes first (`dictview_richcompare`);
/// `None` when neither operand is such a view or the other is no set.
pub fn order(op: CmpOp, a: Value, b: Value) -> Option<R<bool>> {
    let set_like = |v: Value| is_set_view(v) || is_anyset(v);
    if !(is_set_view(a) || is_set_view(b)) || !(set_like(a) && set_like(b)) {
        return None;
    }
    // A set on the left defers to the view's reflected comparison.
    let (op, view, other) = match (is_set_view(a), op) {
        (true, _) => (op, a, b),
        (false, CmpOp::Lt) => (CmpOp::Gt, b, a),
        (false, CmpOp::Le) => (CmpOp::Ge, b, a),
        (false, CmpOp::Gt) => (CmpOp::Lt, b, a),
        (false, _) => (CmpOp::Le, b, a),
    };
    Some(subset_order(op, view, other))
}

/// `view <op> other` for a set-like `other`.
fn subset_order(op: CmpOp, view: Value, other: Value) -> R<bool> {
    let (len, other_len) = (view_len(view), crate::builtins::length(other)?);
    Ok(match op {
        CmpOp::Lt => len < other_len && all_in(view, other)?,
        CmpOp::Le => len <= other_len && all_in(view, other)?,
        CmpOp::Gt => len > other_len && all_in(other, view)?,
        _ => len >= other_len && all_in(other, view)?,
    })
}

/// Whether every item of `items` is in `container`.
fn all_in(items: Value, container: Value) -> R<bool> {
    let it = crate::iter::iter(items)?;
    while let Some(item) = crate::iter::next(it.v())? {
        if !crate::ops::contains(container, item.v())? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set(v)`, read from the dict itself for a keys view (its stored hashes).
fn to_set(v: Value) -> R {
    let source = if v.is_ptr() && type_id(v) == TypeId::DictKeys {
        view_data(v).dict.v()
    } else {
        v
    };
    make_new(TypeId::Set, Some(source))
}

/// `a & b`: a set that is at least as large intersects itself with the
/// view; otherwise the smaller operand is iterated and checked against the
/// larger view.
fn intersection(a: Value, b: Value) -> R {
    let (mut view, mut other) = if is_set_view(a) { (a, b) } else { (b, a) };
    let len = view_len(view);
    if other.is_ptr() && type_id(other) == TypeId::Set && len <= set_len(other) {
        return crate::set_ops::intersection(other, view);
    }
    if is_set_view(other) && view_len(other) > len {
        std::mem::swap(&mut view, &mut other);
    }
    let result = crate::set::new_set();
    let it = crate::iter::iter(other)?;
    while let Some(item) = crate::iter::next(it.v())? {
        if contains(view, item.v())? {
            add(result.v(), item.v())?;
        }
    }
    Ok(result)
}

/// `a | b`: `set(a)` updated with `b`.
fn union(a: Value, b: Value) -> R {
    let result = to_set(a)?;
    crate::set::update(result.v(), b)?;
    Ok(result)
}

/// `a - b`: `set(a)` without the items of `b`.
fn difference(a: Value, b: Value) -> R {
    let result = to_set(a)?;
    crate::set_ops::difference_update(result.v(), b)?;
    Ok(result)
}

/// `a ^ b`: two items views are compared pair by pair; anything else is
/// `set(a)` toggled by each item of `b`.
fn symmetric_difference(a: Value, b: Value) -> R {
    let both_items = [a, b]
        .iter()
        .all(|&v| v.is_ptr() && type_id(v) == TypeId::DictItems);
    if both_items {
        return items_symmetric_difference(view_data(a).dict.v(), view_data(b).dict.v());
    }
    let result = to_set(a)?;
    crate::set_ops::symmetric_difference_update(result.v(), b)?;
    Ok(result)
}

/// `d1.items() ^ d2.items()`: the pairs of `d2` whose key is missing from
/// `d1` or holds another value there, in `d2`'s order, then the pairs of
/// `d1` that `d2` did not match.
fn items_symmetric_difference(d1: Value, d2: Value) -> R {
    let remaining = crate::dict_methods::copy(d1)?;
    let result = crate::set::new_set();
    let entries: Vec<(Owned, Owned, i64)> = dict_data(d2)
        .iter()
        .map(|e| (e.key.clone(), e.value.clone(), e.hash))
        .collect();
    for (key, value, hash) in entries {
        let same = match dict_data(remaining.v()).get(key.v(), hash)? {
            Some(found) => {
                let found = found.new_ref();
                crate::ops::same_or_eq(found.v(), value.v())?
            }
            None => false,
        };
        if same {
            dict_data(remaining.v()).remove(key.v(), hash)?;
        } else {
            let pair = crate::tuple::new_tuple(vec![key, value]);
            add(result.v(), pair.v())?;
        }
    }
    let rest = new_view(remaining.v(), ViewKind::Items);
    crate::set::update(result.v(), rest.v())?;
    Ok(result)
}

/// `view.isdisjoint(other)`: iterates `other`, or the view when `other`
/// is a larger set or view.
fn isdisjoint(args: &[Value], kwnames: &[Owned]) -> R {
    let name = format!("{}.isdisjoint", crate::object::type_name(args[0]));
    let other = crate::args::one_arg(&name, &args[1..], kwnames)?;
    let (mut container, mut iterated) = (args[0], other);
    if container == iterated {
        return Ok(Owned::from(view_len(container) == 0));
    }
    if (is_anyset(other) || is_set_view(other))
        && crate::builtins::length(other)? > view_len(container)
    {
        std::mem::swap(&mut container, &mut iterated);
    }
    let it = crate::iter::iter(iterated)?;
    while let Some(item) = crate::iter::next(it.v())? {
        if crate::ops::contains(container, item.v())? {
            return Ok(Owned::from(false));
        }
    }
    Ok(Owned::from(true))
}

/// Methods of keys and items views.
pub const METHODS: MethodTable = &[("isdisjoint", isdisjoint)];
