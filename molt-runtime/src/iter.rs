//! Iterators over the builtin containers and the iterator builtins
//! (`enumerate`, `zip`, `reversed`).

use crate::dict::{dict_data, view_data, ViewKind};
use crate::exception::{type_error, R};
use crate::list::list_items;
use crate::object::{alloc, payload, type_id, type_name, TypeId};
use crate::value::{Owned, Value};

/// The state of a builtin iterator. Compiled `for` loops step a
/// [`IterData::Range`] inline, reading its tag and fields at fixed offsets
/// (`molt_ir::abi::ITER_KIND_RANGE`, `RANGE_ITER_*`), which the primitive
/// representation fixes.
#[repr(u64)]
pub enum IterData {
    /// A list, tuple, str, bytes, bytearray or memoryview walked forwards by
    /// index.
    Seq {
        seq: Owned,
        index: usize,
    },
    /// A list walked backwards; `index` is one past the next item.
    SeqReverse {
        seq: Owned,
        index: usize,
    },
    /// A range of `i64` values.
    Range {
        next: i64,
        step: i64,
        remaining: u64,
    },
    /// A range whose values do not all fit `i64`.
    BigRange {
        next: num_bigint::BigInt,
        step: num_bigint::BigInt,
        remaining: num_bigint::BigInt,
    },
    /// Entries of a dict, by entry index (the next one, or with `reverse`
    /// the number not yet looked at); `size` detects resizing.
    Dict {
        dict: Owned,
        kind: ViewKind,
        index: usize,
        size: usize,
        reverse: bool,
    },
    /// Elements of a set or frozenset by table position; `set` is `None`
    /// once exhausted, and `used` (the size when iteration began, `usize::MAX`
    /// after a size change was reported) detects resizing.
    Set {
        set: Option<Owned>,
        pos: usize,
        used: usize,
    },
    Enumerate {
        iter: Owned,
        count: Owned,
    },
    Zip {
        iters: Vec<Owned>,
        strict: bool,
    },
    /// `map(func, *iterables)`.
    Map {
        func: Owned,
        iters: Vec<Owned>,
    },
    /// `filter(func, iterable)`; `func` None keeps truthy items.
    Filter {
        func: Owned,
        iter: Owned,
    },
    /// `iter(func, sentinel)`; `func` becomes None once exhausted.
    Callable {
        func: Owned,
        sentinel: Owned,
    },
}

/// A new iterator object of a builtin iterator type. Range iterators hold
/// no objects that could form a cycle, so the collector does not track
/// them (CPython's `range_iterator` is not a GC type).
pub fn new_iter(id: TypeId, data: IterData) -> Owned {
    let atomic = matches!(data, IterData::Range { .. } | IterData::BigRange { .. });
    let it = alloc(id, data);
    if atomic {
        crate::gc::untrack(it.v());
    }
    it
}

/// The collector's traverse: the iterated objects and callables.
pub fn traverse(it: Value, visit: &mut dyn FnMut(Value)) {
    match data(it) {
        IterData::Seq { seq, .. } | IterData::SeqReverse { seq, .. } => visit(seq.v()),
        IterData::Range { .. } | IterData::BigRange { .. } => {}
        IterData::Dict { dict, .. } => visit(dict.v()),
        IterData::Set { set, .. } => {
            if let Some(s) = set {
                visit(s.v());
            }
        }
        IterData::Enumerate { iter, count } => {
            visit(iter.v());
            visit(count.v());
        }
        IterData::Zip { iters, .. } => {
            for i in iters.iter() {
                visit(i.v());
            }
        }
        IterData::Map { func, iters } => {
            visit(func.v());
            for i in iters.iter() {
                visit(i.v());
            }
        }
        IterData::Filter { func, iter } => {
            visit(func.v());
            visit(iter.v());
        }
        IterData::Callable { func, sentinel } => {
            visit(func.v());
            visit(sentinel.v());
        }
    }
}

fn data<'a>(it: Value) -> &'a mut IterData {
    unsafe { payload::<IterData>(it) }
}

/// `iter(v)`.
pub fn iter(v: Value) -> R {
    if v.is_ptr() {
        let id = type_id(v);
        let seq = |tid| {
            Ok(new_iter(
                tid,
                IterData::Seq {
                    seq: v.new_ref(),
                    index: 0,
                },
            ))
        };
        match id {
            TypeId::List => return seq(TypeId::ListIterator),
            TypeId::Tuple => return seq(TypeId::TupleIterator),
            // CPython's iterator over a str of ASCII characters is a type of its own.
            TypeId::Str if crate::str::str_data(v).ascii => return seq(TypeId::StrIterator),
            TypeId::Str => return seq(TypeId::StrUnicodeIterator),
            TypeId::Bytes => return seq(TypeId::BytesIterator),
            TypeId::ByteArray => return seq(TypeId::ByteArrayIterator),
            TypeId::MemoryView => {
                crate::memoryview::length(v)?;
                return seq(TypeId::MemoryViewIterator);
            }
            TypeId::Dict => return Ok(dict_iter(v, ViewKind::Keys)),
            TypeId::DictKeys | TypeId::DictValues | TypeId::DictItems => {
                let view = view_data(v);
                return Ok(dict_iter(view.dict.v(), view.kind));
            }
            TypeId::Range => return crate::range_methods::range_iter(v),
            TypeId::Set | TypeId::FrozenSet => {
                let data = IterData::Set {
                    set: Some(v.new_ref()),
                    pos: 0,
                    used: crate::set::set_len(v),
                };
                return Ok(new_iter(TypeId::SetIterator, data));
            }
            TypeId::Generator => return Ok(v.new_ref()),
            _ => {}
        }
        if crate::object::type_data(crate::object::type_of(v)).kind == crate::object::Kind::Iterator
        {
            return Ok(v.new_ref());
        }
    }
    type_error(format!("'{}' object is not iterable", type_name(v)))
}

fn dict_iter(d: Value, kind: ViewKind) -> Owned {
    let id = match kind {
        ViewKind::Keys => TypeId::DictKeyIterator,
        ViewKind::Values => TypeId::DictValueIterator,
        ViewKind::Items => TypeId::DictItemIterator,
    };
    let size = dict_data(d).len();
    new_iter(
        id,
        IterData::Dict {
            dict: d.new_ref(),
            kind,
            index: 0,
            size,
            reverse: false,
        },
    )
}

/// `reversed(d)` or `reversed(view)`: the dict's entries, last first.
pub fn dict_reverse_iter(d: Value, kind: ViewKind) -> Owned {
    let id = match kind {
        ViewKind::Keys => TypeId::DictReverseKeyIterator,
        ViewKind::Values => TypeId::DictReverseValueIterator,
        ViewKind::Items => TypeId::DictReverseItemIterator,
    };
    let data = dict_data(d);
    new_iter(
        id,
        IterData::Dict {
            dict: d.new_ref(),
            kind,
            index: data.entries.len(),
            size: data.len(),
            reverse: true,
        },
    )
}

/// The next item, `None` when exhausted.
pub fn next(it: Value) -> R<Option<Owned>> {
    if crate::generator::is_generator(it) {
        return crate::generator::next(it);
    }
    if !it.is_ptr()
        || crate::object::type_data(crate::object::type_of(it)).kind
            != crate::object::Kind::Iterator
    {
        return type_error(format!("'{}' object is not an iterator", type_name(it)));
    }
    match data(it) {
        IterData::Seq { seq, index } => {
            let s = seq.v();
            let item = match type_id(s) {
                TypeId::List => list_items(s).get(*index).cloned(),
                TypeId::Tuple => crate::tuple::items(s).get(*index).cloned(),
                TypeId::Bytes | TypeId::ByteArray => crate::bytes::contents(s)
                    .get(*index)
                    .map(|&c| crate::int::from_i64(i64::from(c))),
                TypeId::MemoryView => crate::memoryview::item(s, *index)?,
                _ => {
                    let d = crate::str::str_data(s);
                    (*index < d.len).then(|| crate::str::char_str(d.get(*index)))
                }
            };
            if item.is_some() {
                *index += 1;
            }
            Ok(item)
        }
        IterData::SeqReverse { seq, index } => {
            let items = list_items(seq.v());
            if *index == 0 || *index > items.len() {
                *index = 0;
                return Ok(None);
            }
            *index -= 1;
            Ok(Some(items[*index].clone()))
        }
        IterData::Range {
            next,
            step,
            remaining,
        } => {
            if *remaining == 0 {
                return Ok(None);
            }
            let v = *next;
            *remaining -= 1;
            *next = next.wrapping_add(*step);
            Ok(Some(crate::int::from_i64(v)))
        }
        IterData::BigRange {
            next,
            step,
            remaining,
        } => {
            if num_traits::Zero::is_zero(remaining) {
                return Ok(None);
            }
            let v = next.clone();
            *next += &*step;
            *remaining -= 1u32;
            Ok(Some(crate::int::from_bigint(v)))
        }
        IterData::Dict {
            dict,
            kind,
            index,
            size,
            reverse,
        } => {
            let d = dict_data(dict.v());
            if d.len() != *size {
                *size = usize::MAX;
                return crate::exception::err(
                    TypeId::RuntimeError,
                    "dictionary changed size during iteration",
                );
            }
            loop {
                let i = if *reverse {
                    if *index == 0 {
                        break;
                    }
                    *index -= 1;
                    *index
                } else {
                    if *index >= d.entries.len() {
                        break;
                    }
                    *index += 1;
                    *index - 1
                };
                if let Some(e) = d.entries.get(i).and_then(Option::as_ref) {
                    return Ok(Some(match kind {
                        ViewKind::Keys => e.key.clone(),
                        ViewKind::Values => e.value.clone(),
                        ViewKind::Items => {
                            crate::tuple::new_tuple(vec![e.key.clone(), e.value.clone()])
                        }
                    }));
                }
            }
            Ok(None)
        }
        IterData::Set { set, pos, used } => {
            let Some(s) = set else {
                return Ok(None);
            };
            if crate::set::set_len(s.v()) != *used {
                *used = usize::MAX;
                return crate::exception::err(
                    TypeId::RuntimeError,
                    "Set changed size during iteration",
                );
            }
            match crate::set::next_entry(s.v(), pos) {
                Some((key, _)) => Ok(Some(key)),
                None => {
                    *set = None;
                    Ok(None)
                }
            }
        }
        IterData::Enumerate { iter, count } => {
            let Some(item) = next(iter.v())? else {
                return Ok(None);
            };
            let n = count.clone();
            *count = crate::ops::binary(crate::ops::BinOp::Add, n.v(), Value::inline_int(1))?;
            Ok(Some(crate::tuple::new_tuple(vec![n, item])))
        }
        IterData::Map { func, iters } => {
            let (func, iters) = (func.clone(), iters.clone());
            let mut args = Vec::with_capacity(iters.len());
            for it in &iters {
                match next(it.v())? {
                    Some(x) => args.push(x),
                    None => return Ok(None),
                }
            }
            let argv: Vec<Value> = args.iter().map(|a| a.v()).collect();
            crate::call::call(func.v(), &argv, &[]).map(Some)
        }
        IterData::Filter { func, iter } => {
            let (func, iter) = (func.clone(), iter.clone());
            while let Some(x) = next(iter.v())? {
                let keep = if func.v().is_none() {
                    crate::ops::truthy(x.v())?
                } else {
                    let r = crate::call::call(func.v(), &[x.v()], &[])?;
                    crate::ops::truthy(r.v())?
                };
                if keep {
                    return Ok(Some(x));
                }
            }
            Ok(None)
        }
        IterData::Callable { func, sentinel } => {
            if func.v().is_none() {
                return Ok(None);
            }
            let (f, s) = (func.clone(), sentinel.clone());
            let r = match crate::call::call(f.v(), &[], &[]) {
                Ok(r) => r,
                Err(_) if crate::exception::raised_matches(TypeId::StopIteration) => {
                    crate::exception::take_raised();
                    if let IterData::Callable { func, .. } = data(it) {
                        *func = crate::value::none();
                    }
                    return Ok(None);
                }
                Err(e) => return Err(e),
            };
            if crate::ops::same_or_eq(r.v(), s.v())? {
                if let IterData::Callable { func, .. } = data(it) {
                    *func = crate::value::none();
                }
                return Ok(None);
            }
            Ok(Some(r))
        }
        IterData::Zip { iters, strict } => {
            let strict = *strict;
            let iters = iters.clone();
            let mut out = Vec::with_capacity(iters.len());
            for (i, it) in iters.iter().enumerate() {
                match next(it.v())? {
                    Some(x) => out.push(x),
                    None => {
                        if strict {
                            return crate::builtins_more::zip_strict_error(&iters, i);
                        }
                        return Ok(None);
                    }
                }
            }
            if out.is_empty() {
                return Ok(None);
            }
            Ok(Some(crate::tuple::new_tuple(out)))
        }
    }
}

/// The items of `v` for `str.join`/`bytes.join`: a value that is not
/// iterable raises TypeError("can only join an iterable"); errors raised
/// while iterating propagate unchanged.
pub fn collect_for_join(v: Value) -> R<Vec<Owned>> {
    if v.is_ptr() && matches!(type_id(v), TypeId::List | TypeId::Tuple) {
        return collect(v);
    }
    let it = match iter(v) {
        Ok(it) => it,
        Err(_) if crate::exception::raised_matches(TypeId::TypeError) => {
            crate::exception::take_raised();
            return crate::exception::type_error("can only join an iterable");
        }
        Err(e) => return Err(e),
    };
    collect(it.v())
}

/// Collects an iterable into a vector.
pub fn collect(v: Value) -> R<Vec<Owned>> {
    if v.is_ptr() {
        match type_id(v) {
            TypeId::List => return Ok(list_items(v).clone()),
            TypeId::Tuple => return Ok(crate::tuple::items(v).to_vec()),
            _ => {}
        }
    }
    let it = iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = next(it.v())? {
        out.push(x);
    }
    Ok(out)
}

fn method_next(args: &[Value], kwnames: &[Owned]) -> R {
    crate::call::wrapper_no_args("__next__", &args[1..], kwnames)?;
    match next(args[0])? {
        Some(v) => Ok(v),
        None => crate::args::stop_iteration(None),
    }
}

/// `it.__iter__()`: the iterator itself.
pub fn method_iter(args: &[Value], kwnames: &[Owned]) -> R {
    crate::call::wrapper_no_args("__iter__", &args[1..], kwnames)?;
    Ok(args[0].new_ref())
}

/// The methods every builtin iterator type has.
pub const METHODS: crate::methods::MethodTable =
    &[("__next__", method_next), ("__iter__", method_iter)];
