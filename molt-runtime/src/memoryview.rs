//! `memoryview`: a one-dimensional view, format `'B'`, over a bytes or
//! bytearray (`Objects/memoryobject.c`): indexing, slicing (views of views
//! share the base object), item and slice assignment through writable views,
//! `release()`, and its methods and attributes.
//!
//! A view over a bytearray counts as one export of it until released or freed,
//! which keeps the bytearray's length fixed, so `start + k * step` (`k <
//! len`) always lies inside the base.

use std::borrow::Cow;

use crate::args::{bind, no_args, Sig};
use crate::bytes::{bytearray_data, contents, is_bytearray};
use crate::exception::{err, type_error, value_error, R};
use crate::int::from_i64;
use crate::methods::MethodTable;
use crate::object::{alloc, payload, type_id, type_name, TypeId};
use crate::value::{none, Owned, Value};

/// The payload of a memoryview.
pub struct MemoryViewData {
    /// The bytes or bytearray viewed.
    pub base: Owned,
    pub start: usize,
    pub step: isize,
    pub len: usize,
    pub readonly: bool,
    pub released: bool,
}

impl MemoryViewData {
    /// The index into the base of item `k` (< len).
    fn at(&self, k: usize) -> usize {
        (self.start as isize + k as isize * self.step) as usize
    }

    fn release(&mut self) {
        if !self.released {
            self.released = true;
            if is_bytearray(self.base.v()) {
                bytearray_data(self.base.v()).exports -= 1;
            }
        }
    }
}

impl Drop for MemoryViewData {
    fn drop(&mut self) {
        self.release();
    }
}

fn data<'a>(m: Value) -> &'a mut MemoryViewData {
    unsafe { payload::<MemoryViewData>(m) }
}

/// Whether a memoryview was released.
pub fn is_released(m: Value) -> bool {
    data(m).released
}

fn released_error<T>() -> R<T> {
    value_error("operation forbidden on released memoryview object")
}

/// The payload of a memoryview that is not released.
fn live<'a>(m: Value) -> R<&'a mut MemoryViewData> {
    let d = data(m);
    if d.released {
        return released_error();
    }
    Ok(d)
}

/// A new view of part of `base`.
fn new_view(base: Value, start: usize, step: isize, len: usize, readonly: bool) -> Owned {
    if is_bytearray(base) {
        bytearray_data(base).exports += 1;
    }
    alloc(
        TypeId::MemoryView,
        MemoryViewData {
            base: base.new_ref(),
            start,
            step,
            len,
            readonly,
            released: false,
        },
    )
}

const MEMORYVIEW: Sig = Sig {
    name: "memoryview",
    params: &["object"],
    posonly: 0,
    required: 1,
    maxpos: 1,
};

/// `memoryview(object)`.
pub fn construct(args: &[Value], kwnames: &[Owned]) -> R {
    let a = bind(&MEMORYVIEW, args, kwnames)?;
    let obj = a[0].unwrap();
    if !obj.is_ptr() {
        return not_buffer(obj);
    }
    match type_id(obj) {
        TypeId::Bytes => Ok(new_view(obj, 0, 1, contents(obj).len(), true)),
        TypeId::ByteArray => Ok(new_view(obj, 0, 1, contents(obj).len(), false)),
        TypeId::MemoryView => {
            let d = live(obj)?;
            Ok(new_view(d.base.v(), d.start, d.step, d.len, d.readonly))
        }
        _ => not_buffer(obj),
    }
}

fn not_buffer<T>(obj: Value) -> R<T> {
    type_error(format!(
        "memoryview: a bytes-like object is required, not '{}'",
        type_name(obj)
    ))
}

/// The bytes a memoryview shows, in order.
pub fn view_bytes<'a>(m: Value) -> R<Cow<'a, [u8]>> {
    let d = live(m)?;
    let base = contents(d.base.v());
    if d.step == 1 {
        return Ok(Cow::Borrowed(&base[d.start..d.start + d.len]));
    }
    Ok(Cow::Owned((0..d.len).map(|k| base[d.at(k)]).collect()))
}

/// `len(m)`.
pub fn length(m: Value) -> R<usize> {
    Ok(live(m)?.len)
}

/// Item `k` of a memoryview for iteration; `None` past the end.
pub fn item(m: Value, k: usize) -> R<Option<Owned>> {
    let d = live(m)?;
    if k >= d.len {
        return Ok(None);
    }
    Ok(Some(from_i64(i64::from(contents(d.base.v())[d.at(k)]))))
}

/// The position in the view of an int key (`PyNumber_AsSsize_t(key,
/// IndexError)`, then bounds).
fn index(d: &MemoryViewData, key: Value) -> R<usize> {
    let Some(i) = crate::int::to_i64(key) else {
        return err(
            TypeId::IndexError,
            "cannot fit 'int' into an index-sized integer",
        );
    };
    let j = if i < 0 { i + d.len as i64 } else { i };
    if j < 0 || j >= d.len as i64 {
        return err(TypeId::IndexError, "index out of bounds on dimension 1");
    }
    Ok(j as usize)
}

fn is_slice(v: Value) -> bool {
    v.is_ptr() && type_id(v) == TypeId::Slice
}

/// A tuple key: one int selects an item; more ints or slices are beyond a
/// one-dimensional view.
fn tuple_key(key: Value) -> R<Option<Value>> {
    if !crate::tuple::is_tuple(key) {
        return Ok(None);
    }
    let items = crate::tuple::items(key);
    if !items.is_empty() && items.iter().all(|k| crate::int::is_int(k.v())) {
        if items.len() > 1 {
            return type_error(format!(
                "cannot index 1-dimension view with {}-element tuple",
                items.len()
            ));
        }
        return Ok(Some(items[0].v()));
    }
    if !items.is_empty() && items.iter().all(|k| is_slice(k.v())) {
        return err(
            TypeId::NotImplementedError,
            "multi-dimensional slicing is not implemented",
        );
    }
    Ok(None)
}

/// `m[key]`.
pub fn getitem(m: Value, key: Value) -> R {
    let d = live(m)?;
    if is_slice(key) {
        let (start, _, step, n) = crate::subscript::slice_indices(key, d.len)?;
        let first = if n == 0 {
            d.start
        } else {
            d.at(start as usize)
        };
        return Ok(new_view(
            d.base.v(),
            first,
            d.step.wrapping_mul(step as isize),
            n,
            d.readonly,
        ));
    }
    let key = match tuple_key(key)? {
        Some(k) => k,
        None if crate::int::is_int(key) => key,
        None => return type_error("memoryview: invalid slice key"),
    };
    let k = index(d, key)?;
    Ok(from_i64(i64::from(contents(d.base.v())[d.at(k)])))
}

/// `m[key] = value`, or `del m[key]` when `value` is None.
pub fn setitem(m: Value, key: Value, value: Option<Value>) -> R<()> {
    let d = live(m)?;
    if d.readonly {
        return type_error("cannot modify read-only memory");
    }
    let Some(value) = value else {
        return type_error("cannot delete memory");
    };
    let int_key = if crate::int::is_int(key) {
        Some(key)
    } else if is_slice(key) {
        None
    } else {
        match tuple_key(key)? {
            Some(k) => Some(k),
            None => return type_error("memoryview: invalid slice key"),
        }
    };
    if let Some(key) = int_key {
        let k = index(d, key)?;
        let byte = if crate::int::is_int(value) {
            match crate::int::to_i64(value) {
                Some(n @ 0..=255) => n as u8,
                _ => return value_error("memoryview: invalid value for format 'B'"),
            }
        } else {
            return type_error("memoryview: invalid type for format 'B'");
        };
        let at = d.at(k);
        bytearray_data(d.base.v()).data[at] = byte;
        return Ok(());
    }
    let src = crate::bytes::need_buffer(value)?.into_owned();
    let d = live(m)?;
    let (start, _, step, n) = crate::subscript::slice_indices(key, d.len)?;
    if src.len() != n {
        return value_error("memoryview assignment: lvalue and rvalue have different structures");
    }
    for (k, c) in src.into_iter().enumerate() {
        let at = d.at((start + k as i64 * step) as usize);
        bytearray_data(d.base.v()).data[at] = c;
    }
    Ok(())
}

/// `hash(m)`: the hash of its bytes, for read-only views.
pub fn hash(m: Value) -> R<i64> {
    let d = live(m)?;
    if !d.readonly {
        return value_error("cannot hash writable memoryview object");
    }
    // The base must be hashable too (a read-only view of a bytearray is not).
    crate::ops::hash(d.base.v())?;
    Ok(crate::hash::hash_bytes(&view_bytes(m)?))
}

/// `repr(m)`.
pub fn repr(m: Value) -> String {
    let released = if data(m).released { "released " } else { "" };
    format!("<{released}memory at {:#x}>", m.ptr() as usize)
}

/// The attributes of a memoryview.
pub fn attribute(m: Value, name: &str) -> R<Option<Owned>> {
    let known = matches!(
        name,
        "obj"
            | "nbytes"
            | "readonly"
            | "itemsize"
            | "format"
            | "ndim"
            | "shape"
            | "strides"
            | "suboffsets"
            | "c_contiguous"
            | "f_contiguous"
            | "contiguous"
    );
    if !known {
        return Ok(None);
    }
    let d = live(m)?;
    let contiguous = d.step == 1 || d.len <= 1;
    Ok(Some(match name {
        "obj" => d.base.clone(),
        "nbytes" => from_i64(d.len as i64),
        "readonly" => Owned::from(d.readonly),
        "itemsize" | "ndim" => from_i64(1),
        "format" => crate::str::new_str("B"),
        "shape" => crate::tuple::new_tuple(vec![from_i64(d.len as i64)]),
        "strides" => crate::tuple::new_tuple(vec![from_i64(d.step as i64)]),
        "suboffsets" => crate::tuple::new_tuple(Vec::new()),
        _ => Owned::from(contiguous),
    }))
}

fn tobytes(args: &[Value], kwnames: &[Owned]) -> R {
    const SIG: Sig = Sig {
        name: "tobytes",
        params: &["order"],
        posonly: 0,
        required: 0,
        maxpos: 1,
    };
    let a = bind(&SIG, &args[1..], kwnames)?;
    if let Some(order) = a[0] {
        if !order.is_none() {
            let text =
                crate::args::str_arg(order, "tobytes() argument 'order' must be str or None")?;
            if !matches!(crate::str::as_string(text).as_str(), "C" | "F" | "A") {
                return value_error("order must be 'C', 'F' or 'A'");
            }
        }
    }
    Ok(crate::bytes::new_bytes(&view_bytes(args[0])?))
}

fn tolist(args: &[Value], kwnames: &[Owned]) -> R {
    no_args("memoryview.tolist", &args[1..], kwnames)?;
    let b = view_bytes(args[0])?;
    Ok(crate::list::new_list(
        b.iter().map(|&c| from_i64(i64::from(c))).collect(),
    ))
}

fn hex(args: &[Value], kwnames: &[Owned]) -> R {
    live(args[0])?;
    crate::bytes_methods::hex_of(args, kwnames)
}

fn release(args: &[Value], kwnames: &[Owned]) -> R {
    no_args("memoryview.release", &args[1..], kwnames)?;
    data(args[0]).release();
    Ok(none())
}

fn toreadonly(args: &[Value], kwnames: &[Owned]) -> R {
    no_args("memoryview.toreadonly", &args[1..], kwnames)?;
    let d = live(args[0])?;
    Ok(new_view(d.base.v(), d.start, d.step, d.len, true))
}

fn enter(args: &[Value], kwnames: &[Owned]) -> R {
    no_args("memoryview.__enter__", &args[1..], kwnames)?;
    live(args[0])?;
    Ok(args[0].new_ref())
}

fn exit(args: &[Value], kwnames: &[Owned]) -> R {
    crate::call::no_kwargs("memoryview.__exit__", kwnames)?;
    data(args[0]).release();
    Ok(none())
}

/// The methods of memoryview.
pub const METHODS: MethodTable = &[
    ("tobytes", tobytes),
    ("tolist", tolist),
    ("hex", hex),
    ("release", release),
    ("toreadonly", toreadonly),
    ("__enter__", enter),
    ("__exit__", exit),
];
