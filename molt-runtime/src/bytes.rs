//! `bytes` (immutable, hashable) and `bytearray` (mutable): their payloads,
//! construction (`Objects/bytesobject.c` `bytes_new`, `bytearray___init__`),
//! the buffer protocol every bytes-like argument is read through, and their
//! operators (`+`, `*`, `in`, comparisons, subscripts).
//!
//! A bytes-like object is a `bytes`, a `bytearray` or a `memoryview`; the
//! borrowed contents [`buffer`] returns must not be held across code that may
//! mutate a bytearray.

use std::borrow::Cow;
use std::cell::Cell;

use crate::exception::{err, type_error, value_error, R};
use crate::int::{is_int, to_i64};
use crate::object::{alloc, payload, type_id, type_name, TypeId};
use crate::value::{Owned, Value};

/// The payload of a bytes object.
pub struct BytesData {
    /// Cached hash; -1 until computed.
    pub hash: Cell<i64>,
    pub data: Box<[u8]>,
}

/// The payload of a bytearray.
///
/// `exports` counts the unreleased memoryviews over it; while it is not zero
/// the length cannot change (`BufferError`), so views stay in bounds.
pub struct ByteArrayData {
    pub data: Vec<u8>,
    pub exports: usize,
}

/// A new bytes (`id` is `Bytes`) or bytearray holding a copy of `b`.
pub fn new_like_slice(id: TypeId, b: &[u8]) -> Owned {
    if id == TypeId::ByteArray {
        new_bytearray(b.to_vec())
    } else {
        new_bytes(b)
    }
}

/// The shared empty and one-byte bytes objects (index 256 is `b''`),
/// created on first use and immortal, as CPython shares them.
static mut SMALL: [Value; 257] = [Value::NONE; 257];

fn alloc_bytes(data: Box<[u8]>) -> Owned {
    alloc(
        TypeId::Bytes,
        BytesData {
            hash: Cell::new(-1),
            data,
        },
    )
}

/// The shared bytes object for `b`, of length 0 or 1.
fn small(b: &[u8]) -> Owned {
    let i = b.first().map_or(256, |&c| usize::from(c));
    unsafe {
        let small = &mut *std::ptr::addr_of_mut!(SMALL);
        if small[i].is_none() {
            let v = alloc_bytes(b.into());
            crate::object::immortalize(v.v());
            small[i] = v.into_raw();
        }
        small[i].new_ref()
    }
}

/// A new bytes object holding a copy of `b`; empty and one-byte results are
/// shared.
pub fn new_bytes(b: &[u8]) -> Owned {
    if b.len() <= 1 {
        return small(b);
    }
    alloc_bytes(b.into())
}

/// A new bytes object owning `v`; empty and one-byte results are shared.
pub fn bytes_from_vec(v: Vec<u8>) -> Owned {
    if v.len() <= 1 {
        return small(&v);
    }
    alloc_bytes(v.into_boxed_slice())
}

/// A new bytearray owning `v`.
pub fn new_bytearray(v: Vec<u8>) -> Owned {
    alloc(
        TypeId::ByteArray,
        ByteArrayData {
            data: v,
            exports: 0,
        },
    )
}

/// A new bytes (`id` is `Bytes`) or bytearray holding `v`: methods of both
/// types return their receiver's type.
pub fn new_like(id: TypeId, v: Vec<u8>) -> Owned {
    if id == TypeId::ByteArray {
        new_bytearray(v)
    } else {
        bytes_from_vec(v)
    }
}

/// Whether `v` is a bytes object.
#[inline]
pub fn is_bytes(v: Value) -> bool {
    v.is_ptr() && type_id(v) == TypeId::Bytes
}

/// Whether `v` is a bytearray.
#[inline]
pub fn is_bytearray(v: Value) -> bool {
    v.is_ptr() && type_id(v) == TypeId::ByteArray
}

/// Whether `v` is bytes-like (supports the buffer protocol).
#[inline]
pub fn is_bytes_like(v: Value) -> bool {
    v.is_ptr()
        && matches!(
            type_id(v),
            TypeId::Bytes | TypeId::ByteArray | TypeId::MemoryView
        )
}

/// The contents of a bytes object.
#[inline]
pub fn bytes_of<'a>(v: Value) -> &'a [u8] {
    unsafe { &payload::<BytesData>(v).data }
}

/// The payload of a bytearray.
#[inline]
pub fn bytearray_data<'a>(v: Value) -> &'a mut ByteArrayData {
    unsafe { payload::<ByteArrayData>(v) }
}

/// The contents of a bytes or bytearray (not a memoryview).
#[inline]
pub fn contents<'a>(v: Value) -> &'a [u8] {
    if type_id(v) == TypeId::ByteArray {
        &bytearray_data(v).data
    } else {
        bytes_of(v)
    }
}

/// The contents of a bytes-like object, `None` for anything else; a released
/// memoryview raises.
pub fn buffer<'a>(v: Value) -> R<Option<Cow<'a, [u8]>>> {
    if !v.is_ptr() {
        return Ok(None);
    }
    Ok(match type_id(v) {
        TypeId::Bytes => Some(Cow::Borrowed(bytes_of(v))),
        TypeId::ByteArray => Some(Cow::Borrowed(&bytearray_data(v).data)),
        TypeId::MemoryView => Some(crate::memoryview::view_bytes(v)?),
        _ => None,
    })
}

/// The contents of a bytes-like argument, or `TypeError: a bytes-like object
/// is required, not 'T'`.
pub fn need_buffer<'a>(v: Value) -> R<Cow<'a, [u8]>> {
    match buffer(v)? {
        Some(b) => Ok(b),
        None => type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(v)
        )),
    }
}

/// CPython's hash of a bytes object: SipHash-1-3 of the contents, as for str.
pub fn bytes_hash(v: Value) -> i64 {
    let d = unsafe { payload::<BytesData>(v) };
    let h = d.hash.get();
    if h != -1 {
        return h;
    }
    let h = crate::hash::hash_bytes(&d.data);
    d.hash.set(h);
    h
}

/// An int in `range(256)` (`_getbytevalue`): `TypeError` for non-ints,
/// `ValueError(msg)` out of range.
pub fn byte_value(v: Value, msg: &str) -> R<u8> {
    if !is_int(v) {
        return crate::args::not_index(v);
    }
    match to_i64(v) {
        Some(n @ 0..=255) => Ok(n as u8),
        _ => value_error(msg),
    }
}

/// The `ValueError` of a byte out of range, for bytearray operations.
pub const BYTE_RANGE: &str = "byte must be in range(0, 256)";

/// Raises `BufferError` when a bytearray with live views would change size.
pub fn check_resize(ba: Value, new_len: usize) -> R<()> {
    let d = bytearray_data(ba);
    if d.exports > 0 && new_len != d.data.len() {
        return err(
            TypeId::BufferError,
            "Existing exports of data: object cannot be re-sized",
        );
    }
    Ok(())
}

/// The bytes of an iterable of ints in `range(256)`: a list, tuple or any
/// iterable (`PyBytes_FromObject` past the buffer case). `range_msg` is
/// `bytes must be...` for bytes and `byte must be...` for bytearray.
fn from_iterable(v: Value, range_msg: &str, what: &str) -> R<Vec<u8>> {
    let it = match crate::iter::iter(v) {
        Ok(it) => it,
        Err(_) if crate::exception::raised_matches(TypeId::TypeError) => {
            crate::exception::take_raised();
            return type_error(format!(
                "cannot convert '{}' object to {what}",
                type_name(v)
            ));
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = crate::iter::next(it.v())? {
        out.push(byte_value(x.v(), range_msg)?);
    }
    Ok(out)
}

/// `PyNumber_AsSsize_t(x, OverflowError)` for a count argument, `None` when
/// `x` is not an int.
fn count_arg(x: Value) -> R<Option<usize>> {
    if !is_int(x) {
        return Ok(None);
    }
    let Some(n) = to_i64(x) else {
        return err(
            TypeId::OverflowError,
            "cannot fit 'int' into an index-sized integer",
        );
    };
    if n < 0 {
        return value_error("negative count");
    }
    Ok(Some(n as usize))
}

const BYTES_SIG: crate::args::Sig = crate::args::Sig {
    name: "bytes",
    params: &["source", "encoding", "errors"],
    posonly: 0,
    required: 0,
    maxpos: 3,
};

const BYTEARRAY_SIG: crate::args::Sig = crate::args::Sig {
    name: "bytearray",
    params: &["source", "encoding", "errors"],
    posonly: 0,
    required: 0,
    maxpos: 3,
};

/// The `encoding` and `errors` arguments of a constructor, checked to be strs.
fn codec_args(name: &str, a: &[Option<Value>]) -> R<(Option<Value>, Option<Value>)> {
    for (i, what) in [(1, "encoding"), (2, "errors")] {
        if let Some(v) = a[i] {
            if !crate::str::is_str(v) {
                return type_error(format!(
                    "{name}() argument '{what}' must be str, not {}",
                    crate::args::arg_type_name(v)
                ));
            }
        }
    }
    Ok((a[1], a[2]))
}

fn no_string_error<T>(encoding: Option<Value>) -> R<T> {
    type_error(if encoding.is_some() {
        "encoding without a string argument"
    } else {
        "errors without a string argument"
    })
}

/// `bytes(source=b'', encoding=..., errors=...)`.
pub fn construct_bytes(args: &[Value], kwnames: &[Owned]) -> R {
    let a = crate::args::bind(&BYTES_SIG, args, kwnames)?;
    let (encoding, errors) = codec_args("bytes", &a)?;
    let Some(x) = a[0] else {
        if encoding.is_some() || errors.is_some() {
            return no_string_error(encoding);
        }
        return Ok(bytes_from_vec(Vec::new()));
    };
    if encoding.is_some() {
        if !crate::str::is_str(x) {
            return type_error("encoding without a string argument");
        }
        return crate::codecs::encode_str(x, encoding, errors);
    }
    if errors.is_some() {
        return type_error(if crate::str::is_str(x) {
            "string argument without an encoding"
        } else {
            "errors without a string argument"
        });
    }
    if crate::str::is_str(x) {
        return type_error("string argument without an encoding");
    }
    if is_bytes(x) {
        return Ok(x.new_ref());
    }
    if let Some(n) = count_arg(x)? {
        return Ok(bytes_from_vec(zeroed(n)?));
    }
    Ok(bytes_from_vec(to_vec(
        x,
        "bytes must be in range(0, 256)",
        "bytes",
    )?))
}

/// The bytes of any object `bytes(x)` accepts past its int and str cases.
fn to_vec(x: Value, range_msg: &str, what: &str) -> R<Vec<u8>> {
    if let Some(b) = buffer(x)? {
        return Ok(b.into_owned());
    }
    if crate::str::is_str(x) {
        return type_error(format!("cannot convert 'str' object to {what}"));
    }
    from_iterable(x, range_msg, what)
}

/// `bytearray(source=b'', encoding=..., errors=...)`.
pub fn construct_bytearray(args: &[Value], kwnames: &[Owned]) -> R {
    let a = crate::args::bind(&BYTEARRAY_SIG, args, kwnames)?;
    let (encoding, errors) = codec_args("bytearray", &a)?;
    let Some(x) = a[0] else {
        if encoding.is_some() || errors.is_some() {
            return no_string_error(encoding);
        }
        return Ok(new_bytearray(Vec::new()));
    };
    if crate::str::is_str(x) {
        if encoding.is_none() {
            return type_error("string argument without an encoding");
        }
        let b = crate::codecs::encode_str(x, encoding, errors)?;
        return Ok(new_bytearray(bytes_of(b.v()).to_vec()));
    }
    if encoding.is_some() || errors.is_some() {
        return no_string_error(encoding);
    }
    if let Some(n) = count_arg(x)? {
        return Ok(new_bytearray(zeroed(n)?));
    }
    Ok(new_bytearray(to_vec(x, BYTE_RANGE, "bytearray")?))
}

/// The bytes of `bytes(x)` for an argument that must become bytes (`join`
/// items, `int.from_bytes`): a buffer or an iterable of ints.
pub fn bytes_from_object(x: Value) -> R<Vec<u8>> {
    to_vec(x, "bytes must be in range(0, 256)", "bytes")
}

// ---------------------------------------------------------------------------
// Operators
// ---------------------------------------------------------------------------

/// `a + b` with `a` a bytes or bytearray: the result has `a`'s type.
pub fn concat(a: Value, b: Value) -> R {
    let Some(y) = buffer_or_none(b) else {
        return type_error(format!("can't concat {} to {}", type_name(b), type_name(a)));
    };
    let x = contents(a);
    let mut v = Vec::with_capacity(x.len() + y.len());
    v.extend_from_slice(x);
    v.extend_from_slice(&y);
    Ok(new_like(type_id(a), v))
}

/// `a += b` for a bytearray, in place.
pub fn extend_in_place(a: Value, b: Value) -> R<()> {
    let Some(y) = buffer_or_none(b) else {
        return type_error(format!("can't concat {} to {}", type_name(b), type_name(a)));
    };
    let y = y.into_owned();
    check_resize(a, bytearray_data(a).data.len() + y.len())?;
    bytearray_data(a).data.extend_from_slice(&y);
    Ok(())
}

/// `n` zero bytes, or `MemoryError`.
fn zeroed(n: usize) -> R<Vec<u8>> {
    let mut v = Vec::new();
    if v.try_reserve_exact(n).is_err() {
        return crate::exception::no_memory();
    }
    v.resize(n, 0);
    Ok(v)
}

/// `x` repeated `n` times, or `MemoryError`; the caller checked that the
/// length fits.
fn repeated(x: &[u8], n: usize) -> R<Vec<u8>> {
    let mut v = Vec::new();
    if v.try_reserve_exact(x.len() * n).is_err() {
        return crate::exception::no_memory();
    }
    for _ in 0..n {
        v.extend_from_slice(x);
    }
    Ok(v)
}

/// `a * n` for a bytes or bytearray (`n` already clamped at 0).
pub fn repeat(a: Value, n: usize) -> R {
    let x = contents(a);
    if x.len()
        .checked_mul(n)
        .is_none_or(|t| t > isize::MAX as usize)
    {
        if type_id(a) == TypeId::Bytes {
            return err(TypeId::OverflowError, "repeated bytes are too long");
        }
        return crate::exception::no_memory();
    }
    let v = repeated(x, n)?;
    Ok(new_like(type_id(a), v))
}

/// `a *= n` for a bytearray, in place.
pub fn repeat_in_place(a: Value, n: usize) -> R<()> {
    let len = bytearray_data(a).data.len();
    if n == 1 {
        return Ok(());
    }
    let Some(total) = len.checked_mul(n).filter(|&t| t <= isize::MAX as usize) else {
        return crate::exception::no_memory();
    };
    check_resize(a, total)?;
    let v = repeated(&bytearray_data(a).data, n)?;
    bytearray_data(a).data = v;
    Ok(())
}

/// `item in b` for a bytes or bytearray: an int is a byte, a buffer a
/// substring.
pub fn contains(b: Value, item: Value) -> R<bool> {
    if is_int(item) {
        let c = byte_value(item, BYTE_RANGE)?;
        return Ok(contents(b).contains(&c));
    }
    let Some(sub) = buffer(item)? else {
        return type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(item)
        ));
    };
    Ok(crate::text::search::find(contents(b), &sub).is_some())
}

/// `a == b` when either is bytes-like; `None` when the pair does not compare
/// as buffers (one side is not bytes-like).
pub fn eq(a: Value, b: Value) -> R<Option<bool>> {
    let (Some(x), Some(y)) = (buffer_or_none(a), buffer_or_none(b)) else {
        return Ok(None);
    };
    Ok(Some(x == y))
}

/// The contents of a bytes-like object where a failed buffer request counts
/// as no buffer (comparisons, concatenation, `join`): a released memoryview
/// has none.
pub fn buffer_or_none<'a>(v: Value) -> Option<Cow<'a, [u8]>> {
    if v.is_ptr() && type_id(v) == TypeId::MemoryView && crate::memoryview::is_released(v) {
        return None;
    }
    buffer(v).ok().flatten()
}

/// The ordering of `a` and `b` for `<`-style operators: two bytes, or a
/// bytearray and any bytes-like object; `None` otherwise.
pub fn order(a: Value, b: Value) -> Option<std::cmp::Ordering> {
    let (ta, tb) = (type_id(a), type_id(b));
    let ok = (ta == TypeId::Bytes && tb == TypeId::Bytes)
        || (ta == TypeId::ByteArray && is_bytes_like(b))
        || (tb == TypeId::ByteArray && is_bytes_like(a));
    if !ok {
        return None;
    }
    let (x, y) = (buffer_or_none(a)?, buffer_or_none(b)?);
    Some(x.cmp(&y))
}

// ---------------------------------------------------------------------------
// Subscripts
// ---------------------------------------------------------------------------

fn is_slice(v: Value) -> bool {
    v.is_ptr() && type_id(v) == TypeId::Slice
}

/// The bytes of `s` selected by a normalised slice.
pub fn pick(s: &[u8], start: i64, step: i64, n: usize) -> Vec<u8> {
    if step == 1 {
        return s[start as usize..start as usize + n].to_vec();
    }
    (0..n)
        .map(|k| s[(start + k as i64 * step) as usize])
        .collect()
}

/// `b[key]` for a bytes or bytearray.
pub fn getitem(b: Value, key: Value) -> R {
    let id = type_id(b);
    let s = contents(b);
    if is_slice(key) {
        let (start, _, step, n) = crate::subscript::slice_indices(key, s.len())?;
        if id == TypeId::Bytes && step == 1 && n == s.len() {
            return Ok(b.new_ref());
        }
        return Ok(new_like(id, pick(s, start, step, n)));
    }
    let (what, msg) = if id == TypeId::Bytes {
        ("byte", "index out of range")
    } else {
        ("bytearray", "bytearray index out of range")
    };
    let i = crate::subscript::index_of(key, what)?;
    let j = if i < 0 { i + s.len() as i64 } else { i };
    if j < 0 || j >= s.len() as i64 {
        return err(TypeId::IndexError, msg);
    }
    Ok(crate::int::from_i64(i64::from(s[j as usize])))
}

/// The in-range position of an int index into a bytearray.
fn bytearray_index(ba: Value, key: Value) -> R<usize> {
    let len = bytearray_data(ba).data.len() as i64;
    let i = crate::subscript::index_of(key, "bytearray")?;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return err(TypeId::IndexError, "bytearray index out of range");
    }
    Ok(j as usize)
}

/// `ba[key] = value` (`value` None deletes), as `bytearray_ass_subscript`.
pub fn setitem(ba: Value, key: Value, value: Option<Value>) -> R<()> {
    let (start, stop, step, n) = if is_slice(key) {
        let len = bytearray_data(ba).data.len();
        crate::subscript::slice_indices(key, len)?
    } else {
        let i = bytearray_index(ba, key)?;
        match value {
            Some(v) => {
                let c = byte_value(v, BYTE_RANGE)?;
                bytearray_data(ba).data[i] = c;
                return Ok(());
            }
            None => (i as i64, i as i64 + 1, 1, 1),
        }
    };
    let new: Vec<u8> = match value {
        None => Vec::new(),
        Some(v) if is_bytearray(v) => bytearray_data(v).data.clone(),
        Some(v) => {
            if is_int(v) || v.is_float() || crate::str::is_str(v) {
                return type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                );
            }
            to_vec(v, BYTE_RANGE, "bytearray")?
        }
    };
    let len = bytearray_data(ba).data.len();
    if step == 1 {
        let stop = stop.max(start) as usize;
        let start = start as usize;
        check_resize(ba, len - (stop - start) + new.len())?;
        bytearray_data(ba).data.splice(start..stop, new);
        return Ok(());
    }
    if new.is_empty() {
        check_resize(ba, len - n)?;
        let mut doomed = vec![false; len];
        for k in 0..n {
            doomed[(start + k as i64 * step) as usize] = true;
        }
        let mut k = 0;
        bytearray_data(ba).data.retain(|_| {
            k += 1;
            !doomed[k - 1]
        });
        return Ok(());
    }
    if new.len() != n {
        return value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {n}",
            new.len()
        ));
    }
    let d = &mut bytearray_data(ba).data;
    for (k, c) in new.into_iter().enumerate() {
        d[(start + k as i64 * step) as usize] = c;
    }
    Ok(())
}
