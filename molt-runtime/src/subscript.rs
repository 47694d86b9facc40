//! Subscripts (`a[i]`, `a[i:j:k]`, assignment and deletion) and unpacking,
//! with CPython's index normalisation and messages.

use crate::dict::{dict_data, dict_get, dict_set, is_dict};
use crate::exception::{err, type_error, value_error, R};
use crate::int::{is_int, to_i64};
use crate::list::{is_list, list_items, new_list};
use crate::object::{type_id, type_name, TypeId};
use crate::slice::slice_data;
use crate::str::{from_code_points, str_data};
use crate::tuple::{items, new_tuple};
use crate::value::{Owned, Value};

/// An index value as `i64`, clamping huge ints (for slices) or raising.
pub fn index_of(v: Value, what: &str) -> R<i64> {
    if is_int(v) {
        return match to_i64(v) {
            Some(n) => Ok(n),
            None => err(
                TypeId::IndexError,
                "cannot fit 'int' into an index-sized integer",
            ),
        };
    }
    type_error(format!(
        "{what} indices must be integers or slices, not {}",
        type_name(v)
    ))
}

/// Normalises a slice against a length: (start, stop, step, count).
pub fn slice_indices(s: Value, len: usize) -> R<(i64, i64, i64, usize)> {
    let d = slice_data(s);
    let len = len as i64;
    let part = |v: Value| -> R<Option<i64>> {
        if v.is_none() {
            return Ok(None);
        }
        if is_int(v) {
            return Ok(Some(to_i64(v).unwrap_or(if crate::int::sign(v) < 0 {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            })));
        }
        type_error("slice indices must be integers or None or have an __index__ method")
    };
    let step = part(d.step.v())?.unwrap_or(1);
    if step == 0 {
        return value_error("slice step cannot be zero");
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |x: Option<i64>, default: i64| -> i64 {
        match x {
            None => default,
            Some(i) if i < 0 => (i + len).max(lower),
            Some(i) => i.min(upper),
        }
    };
    let start = clamp(part(d.start.v())?, if step < 0 { upper } else { lower });
    let stop = clamp(part(d.stop.v())?, if step < 0 { lower } else { upper });
    let count = if step > 0 {
        if stop > start {
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    Ok((start, stop, step, count as usize))
}

fn is_slice(v: Value) -> bool {
    v.is_ptr() && type_id(v) == TypeId::Slice
}

fn norm_index(i: i64, len: usize, what: &str) -> R<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return err(TypeId::IndexError, format!("{what} index out of range"));
    }
    Ok(j as usize)
}

fn pick<T: Clone>(src: &[T], start: i64, step: i64, count: usize) -> Vec<T> {
    (0..count)
        .map(|k| src[(start + k as i64 * step) as usize].clone())
        .collect()
}

/// `a[b]`.
pub fn getitem(a: Value, b: Value) -> R {
    if !a.is_ptr() {
        return type_error(format!("'{}' object is not subscriptable", type_name(a)));
    }
    match type_id(a) {
        TypeId::List => {
            let v = list_items(a);
            if is_slice(b) {
                let (start, _, step, n) = slice_indices(b, v.len())?;
                return Ok(new_list(pick(v, start, step, n)));
            }
            let i = norm_index(index_of(b, "list")?, v.len(), "list")?;
            Ok(v[i].clone())
        }
        TypeId::Tuple => {
            let v = items(a);
            if is_slice(b) {
                let (start, _, step, n) = slice_indices(b, v.len())?;
                if n == v.len() && step == 1 {
                    return Ok(a.new_ref());
                }
                return Ok(new_tuple(pick(v, start, step, n)));
            }
            let i = norm_index(index_of(b, "tuple")?, v.len(), "tuple")?;
            Ok(v[i].clone())
        }
        TypeId::Str => {
            let s = str_data(a);
            if is_slice(b) {
                let (start, _, step, n) = slice_indices(b, s.len)?;
                let cps: Vec<u32> = (0..n)
                    .map(|k| s.get((start + k as i64 * step) as usize))
                    .collect();
                return Ok(from_code_points(&cps));
            }
            if !is_int(b) {
                return type_error(format!(
                    "string indices must be integers, not '{}'",
                    type_name(b)
                ));
            }
            let i = norm_index(index_of(b, "string")?, s.len, "string")?;
            Ok(crate::str::char_str(s.get(i)))
        }
        TypeId::Bytes | TypeId::ByteArray => crate::bytes::getitem(a, b),
        TypeId::MemoryView => crate::memoryview::getitem(a, b),
        TypeId::Dict => match dict_get(a, b)? {
            Some(v) => Ok(v.new_ref()),
            None => {
                let args = new_tuple(vec![b.new_ref()]);
                Err(crate::exception::raise_value(
                    crate::exception::new_exception(crate::object::ty(TypeId::KeyError), args),
                ))
            }
        },
        TypeId::Range => crate::range_methods::range_getitem(a, b),
        _ => type_error(format!("'{}' object is not subscriptable", type_name(a))),
    }
}

/// `a[b] = c`.
pub fn setitem(a: Value, b: Value, c: Value) -> R<()> {
    if is_list(a) {
        if is_slice(b) {
            return set_list_slice(a, b, c);
        }
        let v = list_items(a);
        let i = norm_index(index_of(b, "list")?, v.len(), "list assignment")?;
        v[i] = c.new_ref();
        return Ok(());
    }
    if is_dict(a) {
        return dict_set(a, b.new_ref(), c.new_ref());
    }
    if crate::bytes::is_bytearray(a) {
        return crate::bytes::setitem(a, b, Some(c));
    }
    if a.is_ptr() && type_id(a) == TypeId::MemoryView {
        return crate::memoryview::setitem(a, b, Some(c));
    }
    type_error(format!(
        "'{}' object does not support item assignment",
        type_name(a)
    ))
}

fn set_list_slice(a: Value, b: Value, c: Value) -> R<()> {
    let (start, stop, step, n) = slice_indices(b, list_items(a).len())?;
    let new_items = match crate::iter::collect(c) {
        Ok(v) => v,
        Err(_) if crate::exception::raised_matches(TypeId::TypeError) => {
            crate::exception::take_raised();
            return type_error(if step == 1 {
                "can only assign an iterable"
            } else {
                "must assign iterable to extended slice"
            });
        }
        Err(e) => return Err(e),
    };
    let v = list_items(a);
    if step == 1 {
        let stop = stop.max(start) as usize;
        v.splice(start as usize..stop, new_items);
        return Ok(());
    }
    if new_items.len() != n {
        return value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {n}",
            new_items.len()
        ));
    }
    for (k, item) in new_items.into_iter().enumerate() {
        v[(start + k as i64 * step) as usize] = item;
    }
    Ok(())
}

/// `del a[b]`.
pub fn delitem(a: Value, b: Value) -> R<()> {
    if is_list(a) {
        let v = list_items(a);
        if is_slice(b) {
            let (start, _, step, n) = slice_indices(b, v.len())?;
            let mut doomed: Vec<usize> =
                (0..n).map(|k| (start + k as i64 * step) as usize).collect();
            doomed.sort_unstable();
            let mut k = 0;
            let mut idx = 0;
            v.retain(|_| {
                let keep = k >= doomed.len() || doomed[k] != idx;
                if !keep {
                    k += 1;
                }
                idx += 1;
                keep
            });
            return Ok(());
        }
        let i = norm_index(index_of(b, "list")?, v.len(), "list assignment")?;
        v.remove(i);
        return Ok(());
    }
    if crate::bytes::is_bytearray(a) {
        return crate::bytes::setitem(a, b, None);
    }
    if a.is_ptr() && type_id(a) == TypeId::MemoryView {
        return crate::memoryview::setitem(a, b, None);
    }
    if is_dict(a) {
        let h = crate::ops::hash(b)?;
        if dict_data(a).remove(b, h)?.is_none() {
            let args = new_tuple(vec![b.new_ref()]);
            return Err(crate::exception::raise_value(
                crate::exception::new_exception(crate::object::ty(TypeId::KeyError), args),
            ));
        }
        return Ok(());
    }
    // CPython's wording depends on the path that failed: types with the
    // sequence protocol reject an integer index with "doesn't".
    let sequence = a.is_ptr()
        && matches!(
            type_id(a),
            TypeId::Tuple
                | TypeId::Str
                | TypeId::Bytes
                | TypeId::Range
                | TypeId::Set
                | TypeId::FrozenSet
                | TypeId::DictKeys
                | TypeId::DictValues
                | TypeId::DictItems
        );
    let verb = if sequence && crate::int::is_int(b) {
        "doesn't"
    } else {
        "does not"
    };
    type_error(format!(
        "'{}' object {verb} support item deletion",
        type_name(a)
    ))
}

/// The items of `v`, which must number exactly `n`, as a tuple.
pub fn unpack(v: Value, n: usize) -> R {
    if crate::tuple::is_tuple(v) && crate::tuple::items(v).len() == n {
        return Ok(v.new_ref());
    }
    let items: Vec<Owned> = if v.is_ptr() && matches!(type_id(v), TypeId::List | TypeId::Tuple) {
        crate::iter::collect(v)?
    } else {
        let it = match crate::iter::iter(v) {
            Ok(it) => it,
            Err(_) if crate::exception::raised_matches(TypeId::TypeError) => {
                crate::exception::take_raised();
                return type_error(format!(
                    "cannot unpack non-iterable {} object",
                    type_name(v)
                ));
            }
            Err(e) => return Err(e),
        };
        let mut out = Vec::with_capacity(n);
        while let Some(x) = crate::iter::next(it.v())? {
            out.push(x);
            if out.len() > n {
                return value_error(format!("too many values to unpack (expected {n})"));
            }
        }
        out
    };
    if items.len() > n {
        return value_error(format!("too many values to unpack (expected {n})"));
    }
    if items.len() < n {
        return value_error(format!(
            "not enough values to unpack (expected {n}, got {})",
            items.len()
        ));
    }
    Ok(new_tuple(items))
}

/// `a, *b, c = v`: a tuple of the `before` first items, a list of the
/// middle ones, then the `after` last items.
pub fn unpack_ex(v: Value, before: usize, after: usize) -> R {
    let items = match crate::iter::iter(v) {
        Ok(it) => {
            let mut out = Vec::new();
            while let Some(x) = crate::iter::next(it.v())? {
                out.push(x);
            }
            out
        }
        Err(_) if crate::exception::raised_matches(TypeId::TypeError) => {
            crate::exception::take_raised();
            return type_error(format!(
                "cannot unpack non-iterable {} object",
                type_name(v)
            ));
        }
        Err(e) => return Err(e),
    };
    let n = items.len();
    if n < before + after {
        return value_error(format!(
            "not enough values to unpack (expected at least {}, got {n})",
            before + after
        ));
    }
    let mut items = items;
    let tail = items.split_off(n - after);
    let middle = items.split_off(before);
    let mut out = items;
    out.push(crate::list::new_list(middle));
    out.extend(tail);
    Ok(crate::tuple::new_tuple(out))
}
