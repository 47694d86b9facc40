//! `str`: a PEP 393 style flexible representation, one, two or four bytes per
//! code point, always the narrowest that fits (so hashes match CPython's,
//! which hash the raw buffer). Lone surrogates are ordinary code points.

use std::cell::Cell;

use crate::object::{alloc, payload, TypeId};
use crate::value::{Owned, Value};

/// The payload of a str object.
pub struct StrData {
    /// Bytes per code point: 1, 2 or 4.
    pub width: u8,
    /// Length in code points.
    pub len: usize,
    /// Whether every code point is ASCII.
    pub ascii: bool,
    /// Cached hash; -1 until computed.
    pub hash: Cell<i64>,
    pub data: Box<[u8]>,
}

impl StrData {
    /// The code point at `i` (< len).
    #[inline]
    pub fn get(&self, i: usize) -> u32 {
        match self.width {
            1 => self.data[i] as u32,
            2 => u16::from_ne_bytes([self.data[2 * i], self.data[2 * i + 1]]) as u32,
            _ => u32::from_ne_bytes(self.data[4 * i..4 * i + 4].try_into().unwrap()),
        }
    }

    /// All code points.
    pub fn code_points(&self) -> Vec<u32> {
        match self.width {
            1 => self.data.iter().map(|&b| b as u32).collect(),
            _ => (0..self.len).map(|i| self.get(i)).collect(),
        }
    }

    /// The text as Rust UTF-8; lone surrogates become U+FFFD.
    pub fn to_string_lossy(&self) -> String {
        if self.ascii {
            return String::from_utf8(self.data.to_vec()).unwrap();
        }
        (0..self.len)
            .map(|i| char::from_u32(self.get(i)).unwrap_or('\u{fffd}'))
            .collect()
    }

    /// Whether the text contains a lone surrogate.
    pub fn has_surrogates(&self) -> bool {
        self.width >= 2 && (0..self.len).any(|i| (0xD800..0xE000).contains(&self.get(i)))
    }
}

/// A new str from code points.
pub fn from_code_points(cps: &[u32]) -> Owned {
    let max = cps.iter().copied().max().unwrap_or(0);
    let width: u8 = if max < 0x100 {
        1
    } else if max < 0x10000 {
        2
    } else {
        4
    };
    let data: Vec<u8> = match width {
        1 => cps.iter().map(|&c| c as u8).collect(),
        2 => cps.iter().flat_map(|&c| (c as u16).to_ne_bytes()).collect(),
        _ => cps.iter().flat_map(|&c| c.to_ne_bytes()).collect(),
    };
    alloc(
        TypeId::Str,
        StrData {
            width,
            len: cps.len(),
            ascii: max < 0x80,
            hash: Cell::new(-1),
            data: data.into_boxed_slice(),
        },
    )
}

/// A new str from Rust text.
pub fn new_str(s: &str) -> Owned {
    if s.is_ascii() {
        return alloc(
            TypeId::Str,
            StrData {
                width: 1,
                len: s.len(),
                ascii: true,
                hash: Cell::new(-1),
                data: s.as_bytes().into(),
            },
        );
    }
    from_code_points(&s.chars().map(|c| c as u32).collect::<Vec<_>>())
}

/// The payload of a str value.
#[inline]
pub fn str_data<'a>(v: Value) -> &'a StrData {
    unsafe { payload::<StrData>(v) }
}

/// Whether `v` is a str (or a subclass).
#[inline]
pub fn is_str(v: Value) -> bool {
    v.is_ptr() && crate::object::is_instance(v, TypeId::Str)
}

/// The text of a str value, lossy for lone surrogates.
pub fn as_string(v: Value) -> String {
    str_data(v).to_string_lossy()
}

/// CPython's hash of a str.
pub fn str_hash(v: Value) -> i64 {
    let s = str_data(v);
    let h = s.hash.get();
    if h != -1 {
        return h;
    }
    let h = crate::hash::hash_bytes(&s.data);
    s.hash.set(h);
    h
}

/// `a == b` for two strs.
pub fn str_eq(a: Value, b: Value) -> bool {
    if a == b {
        return true;
    }
    let (x, y) = (str_data(a), str_data(b));
    x.len == y.len && x.width == y.width && x.data == y.data
}

/// Ordering of two strs by code points.
pub fn str_cmp(a: Value, b: Value) -> std::cmp::Ordering {
    let (x, y) = (str_data(a), str_data(b));
    if x.width == 1 && y.width == 1 {
        return x.data.cmp(&y.data);
    }
    let n = x.len.min(y.len);
    for i in 0..n {
        match x.get(i).cmp(&y.get(i)) {
            std::cmp::Ordering::Equal => {}
            other => return other,
        }
    }
    x.len.cmp(&y.len)
}

/// `a + b` for two strs.
pub fn str_concat(a: Value, b: Value) -> Owned {
    let (x, y) = (str_data(a), str_data(b));
    if x.width == 1 && y.width == 1 {
        let mut data = Vec::with_capacity(x.len + y.len);
        data.extend_from_slice(&x.data);
        data.extend_from_slice(&y.data);
        return alloc(
            TypeId::Str,
            StrData {
                width: 1,
                len: data.len(),
                ascii: x.ascii && y.ascii,
                hash: Cell::new(-1),
                data: data.into_boxed_slice(),
            },
        );
    }
    let mut cps = x.code_points();
    cps.extend(y.code_points());
    from_code_points(&cps)
}

/// Concatenates many strs.
pub fn str_join_values(parts: &[Value]) -> Owned {
    if parts.iter().all(|&p| str_data(p).width == 1) {
        let total: usize = parts.iter().map(|&p| str_data(p).len).sum();
        let mut data = Vec::with_capacity(total);
        let mut ascii = true;
        for &p in parts {
            let s = str_data(p);
            data.extend_from_slice(&s.data);
            ascii &= s.ascii;
        }
        return alloc(
            TypeId::Str,
            StrData {
                width: 1,
                len: data.len(),
                ascii,
                hash: Cell::new(-1),
                data: data.into_boxed_slice(),
            },
        );
    }
    let mut cps = Vec::new();
    for &p in parts {
        cps.extend(str_data(p).code_points());
    }
    from_code_points(&cps)
}

/// A one-character str.
pub fn char_str(c: u32) -> Owned {
    from_code_points(&[c])
}

/// Whether `v` is exactly a str (not a subclass).
#[inline]
pub fn is_str_exact(v: Value) -> bool {
    v.is_ptr() && crate::object::type_id(v) == TypeId::Str
}

/// Appends `b` to the str `a`, which nothing else refers to (its old value
/// can no longer be observed). The buffer is reallocated in place where the
/// allocator allows, as CPython's `unicode_resize` does.
pub fn append_in_place(a: Value, b: Value) {
    let y = str_data(b);
    let x = unsafe { payload::<StrData>(a) };
    if x.width == 1 && y.width == 1 {
        let mut data = std::mem::take(&mut x.data).into_vec();
        data.extend_from_slice(&y.data);
        x.data = data.into_boxed_slice();
        x.len += y.len;
        x.ascii &= y.ascii;
        x.hash.set(-1);
        return;
    }
    let joined = str_concat(a, b);
    let j = unsafe { payload::<StrData>(joined.v()) };
    std::mem::swap(x, j);
}
