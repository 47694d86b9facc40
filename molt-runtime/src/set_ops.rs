//! Set algebra shared by the methods of `set`/`frozenset` and the operators
//! `| & - ^`, their in-place forms and the subset comparisons. Each function
//! follows its CPython counterpart in `Objects/setobject.c` step for step
//! (which operand is iterated, when a copy is made, when a result is
//! resized), because those choices decide the result's iteration order.

use crate::exception::R;
use crate::object::{type_id, TypeId};
use crate::ops::{BinOp, CmpOp};
use crate::set::{
    add_hashed, clear, contains_hashed, contains_key, discard_hashed, discard_key, is_anyset,
    is_set, make_new, next_entry, purge_dummies, set_len, swap_bodies, update,
};
use crate::value::{Owned, Value};

/// The type of a result derived from `so`: a set for a set, else a frozenset
/// (`make_new_set_basetype`).
fn basetype(so: Value) -> TypeId {
    if is_set(so) {
        TypeId::Set
    } else {
        TypeId::FrozenSet
    }
}

fn is_exact_dict(v: Value) -> bool {
    v.is_ptr() && type_id(v) == TypeId::Dict
}

/// The keys of a dict with their stored hashes.
fn dict_entries(d: Value) -> Vec<(Owned, i64)> {
    crate::dict::dict_data(d)
        .iter()
        .map(|e| (e.key.clone(), e.hash))
        .collect()
}

/// `so.copy()` for a set, and the first step of most operations.
pub fn copy(so: Value) -> R {
    make_new(basetype(so), Some(so))
}

/// `so.union(*others)`.
pub fn union(so: Value, others: &[Value]) -> R {
    let result = copy(so)?;
    for &other in others {
        if other != so {
            update(result.v(), other)?;
        }
    }
    Ok(result)
}

/// `so & other`, `so.intersection(other)`: iterates the smaller of two
/// sets, or an iterable until the result is as large as `so`.
pub fn intersection(so: Value, other: Value) -> R {
    if so == other {
        return copy(so);
    }
    let result = make_new(basetype(so), None)?;
    if is_anyset(other) {
        let (big, small) = if set_len(other) > set_len(so) {
            (other, so)
        } else {
            (so, other)
        };
        let mut pos = 0;
        while let Some((key, hash)) = next_entry(small, &mut pos) {
            if contains_hashed(big, key.v(), hash)? {
                add_hashed(result.v(), key, hash)?;
            }
        }
        return Ok(result);
    }
    let it = crate::iter::iter(other)?;
    while let Some(key) = crate::iter::next(it.v())? {
        let hash = crate::ops::hash(key.v())?;
        if contains_hashed(so, key.v(), hash)? {
            add_hashed(result.v(), key, hash)?;
            if set_len(result.v()) >= set_len(so) {
                break;
            }
        }
    }
    Ok(result)
}

/// `so.intersection(*others)`.
pub fn intersection_multi(so: Value, others: &[Value]) -> R {
    if others.is_empty() {
        return copy(so);
    }
    let mut result = so.new_ref();
    for &other in others {
        result = intersection(result.v(), other)?;
    }
    Ok(result)
}

/// `so.intersection_update(*others)`.
pub fn intersection_update(so: Value, others: &[Value]) -> R<()> {
    let tmp = intersection_multi(so, others)?;
    swap_bodies(so, tmp.v());
    Ok(())
}

/// `so.isdisjoint(other)`.
pub fn isdisjoint(so: Value, other: Value) -> R<bool> {
    if so == other {
        return Ok(set_len(so) == 0);
    }
    if is_anyset(other) && matches!(type_id(other), TypeId::Set | TypeId::FrozenSet) {
        let (big, small) = if set_len(other) > set_len(so) {
            (other, so)
        } else {
            (so, other)
        };
        let mut pos = 0;
        while let Some((key, hash)) = next_entry(small, &mut pos) {
            if contains_hashed(big, key.v(), hash)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = crate::iter::iter(other)?;
    while let Some(key) = crate::iter::next(it.v())? {
        if contains_key(so, key.v())? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `so -= other`, and `so.difference_update(other)` for one iterable.
pub fn difference_update(so: Value, other: Value) -> R<()> {
    if so == other {
        clear(so);
        return Ok(());
    }
    if is_anyset(other) {
        // A much larger other set is first cut down to the common elements.
        let other = if set_len(other) >> 3 > set_len(so) {
            intersection(so, other)?
        } else {
            other.new_ref()
        };
        let mut pos = 0;
        while let Some((key, hash)) = next_entry(other.v(), &mut pos) {
            discard_hashed(so, key.v(), hash)?;
        }
    } else {
        let it = crate::iter::iter(other)?;
        while let Some(key) = crate::iter::next(it.v())? {
            discard_key(so, key.v())?;
        }
    }
    purge_dummies(so);
    Ok(())
}

/// `so.difference_update(*others)`.
pub fn difference_update_multi(so: Value, others: &[Value]) -> R<()> {
    for &other in others {
        difference_update(so, other)?;
    }
    Ok(())
}

fn copy_and_difference(so: Value, other: Value) -> R {
    let result = copy(so)?;
    difference_update(result.v(), other)?;
    Ok(result)
}

/// `so - other`, `so.difference(other)`: builds the result from `so`'s
/// elements missing from `other`, unless `so` is much larger.
pub fn difference(so: Value, other: Value) -> R {
    let other_len = if is_anyset(other) {
        set_len(other)
    } else if is_exact_dict(other) {
        crate::dict::dict_data(other).len()
    } else {
        return copy_and_difference(so, other);
    };
    if set_len(so) >> 2 > other_len {
        return copy_and_difference(so, other);
    }
    let result = make_new(basetype(so), None)?;
    let mut pos = 0;
    while let Some((key, hash)) = next_entry(so, &mut pos) {
        let present = if is_exact_dict(other) {
            crate::dict::dict_data(other).find(key.v(), hash)?.is_some()
        } else {
            contains_hashed(other, key.v(), hash)?
        };
        if !present {
            add_hashed(result.v(), key, hash)?;
        }
    }
    Ok(result)
}

/// `so.difference(*others)`.
pub fn difference_multi(so: Value, others: &[Value]) -> R {
    let Some((&first, rest)) = others.split_first() else {
        return copy(so);
    };
    let result = difference(so, first)?;
    for &other in rest {
        difference_update(result.v(), other)?;
    }
    Ok(result)
}

/// Toggles each `(key, hash)`: removes it when present, else adds it.
fn toggle(so: Value, key: Owned, hash: i64) -> R<()> {
    if !discard_hashed(so, key.v(), hash)? {
        add_hashed(so, key, hash)?;
    }
    Ok(())
}

/// `so ^= other`, `so.symmetric_difference_update(other)`.
pub fn symmetric_difference_update(so: Value, other: Value) -> R<()> {
    if so == other {
        clear(so);
        return Ok(());
    }
    if is_exact_dict(other) {
        for (key, hash) in dict_entries(other) {
            toggle(so, key, hash)?;
        }
        return Ok(());
    }
    let otherset = if is_anyset(other) {
        other.new_ref()
    } else {
        make_new(basetype(so), Some(other))?
    };
    let mut pos = 0;
    while let Some((key, hash)) = next_entry(otherset.v(), &mut pos) {
        toggle(so, key, hash)?;
    }
    Ok(())
}

/// `so ^ other`, `so.symmetric_difference(other)`: a copy of `other`
/// toggled by `so`'s elements.
pub fn symmetric_difference(so: Value, other: Value) -> R {
    let result = make_new(basetype(so), Some(other))?;
    symmetric_difference_update(result.v(), so)?;
    Ok(result)
}

/// `so.issubset(other)`, `so <= other`.
pub fn issubset(so: Value, other: Value) -> R<bool> {
    if !is_anyset(other) {
        let common = intersection(so, other)?;
        return Ok(set_len(common.v()) == set_len(so));
    }
    if set_len(so) > set_len(other) {
        return Ok(false);
    }
    let mut pos = 0;
    while let Some((key, hash)) = next_entry(so, &mut pos) {
        if !contains_hashed(other, key.v(), hash)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `so.issuperset(other)`, `so >= other`.
pub fn issuperset(so: Value, other: Value) -> R<bool> {
    if is_anyset(other) {
        return issubset(other, so);
    }
    let it = crate::iter::iter(other)?;
    while let Some(key) = crate::iter::next(it.v())? {
        if !contains_key(so, key.v())? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// A comparison of two sets or frozensets (`set_richcompare`).
pub fn compare(op: CmpOp, v: Value, w: Value) -> R<bool> {
    match op {
        CmpOp::Eq => {
            if set_len(v) != set_len(w) {
                return Ok(false);
            }
            let (hv, hw) = (crate::set::cached_hash(v), crate::set::cached_hash(w));
            if hv != -1 && hw != -1 && hv != hw {
                return Ok(false);
            }
            issubset(v, w)
        }
        CmpOp::Ne => Ok(!compare(CmpOp::Eq, v, w)?),
        CmpOp::Le => issubset(v, w),
        CmpOp::Ge => issuperset(v, w),
        CmpOp::Lt => Ok(set_len(v) < set_len(w) && issubset(v, w)?),
        CmpOp::Gt => Ok(set_len(v) > set_len(w) && issuperset(v, w)?),
        CmpOp::Is => Ok(v == w),
        CmpOp::IsNot => Ok(v != w),
        CmpOp::In => crate::set::contains(w, v),
        CmpOp::NotIn => Ok(!crate::set::contains(w, v)?),
    }
}

/// `a | b` for two sets or frozensets.
fn or(a: Value, b: Value) -> R {
    let result = copy(a)?;
    if a != b {
        update(result.v(), b)?;
    }
    Ok(result)
}

/// `a <op> b` for two sets or frozensets; `None` for an operator sets do
/// not define.
pub fn binary(op: BinOp, a: Value, b: Value) -> Option<R> {
    Some(match op {
        BinOp::Or => or(a, b),
        BinOp::And => intersection(a, b),
        BinOp::Sub => difference(a, b),
        BinOp::Xor => symmetric_difference(a, b),
        _ => return None,
    })
}

/// `a <op>= b` for a set `a` and a set or frozenset `b`, in place; `None`
/// for an operator sets do not define.
pub fn inplace(op: BinOp, a: Value, b: Value) -> Option<R<()>> {
    Some(match op {
        BinOp::Or => update(a, b),
        BinOp::And => intersection_update(a, &[b]),
        BinOp::Sub => difference_update(a, b),
        BinOp::Xor => symmetric_difference_update(a, b),
        _ => return None,
    })
}
