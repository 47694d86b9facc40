//! Methods of `bytes` and `bytearray`: argument conversion and CPython's
//! messages around the algorithms of `text::str_methods` (generic over bytes)
//! and `text::bytes`. Every method returns its receiver's type; `fromhex` and
//! `maketrans` are also reached through the type object (`bytes.fromhex`).

use std::borrow::Cow;

use crate::args::{bind, count_tuple_style, no_args, one_arg, slice_index, ssize, Sig};
use crate::bytes::{
    byte_value, bytearray_data, check_resize, contents, need_buffer, new_like, BYTE_RANGE,
};
use crate::call::{arg_count, no_kwargs};
use crate::exception::{err, type_error, value_error, R};
use crate::int::from_i64;
use crate::list::new_list;
use crate::methods::MethodTable;
use crate::object::{type_data, type_id, type_name, TypeId};
use crate::text::bytes as tb;
use crate::text::str_methods as t;
use crate::tuple::new_tuple;
use crate::value::{none, Owned, Value};

/// `bytes.name` or `bytearray.name`, as messages name a method.
fn qual(recv: Value, name: &str) -> String {
    format!("{}.{name}", type_name(recv))
}

/// The receiver's contents: a bytes receiver borrowed, a bytearray one
/// copied (Python code run while converting arguments could change it).
fn recv<'a>(args: &[Value]) -> Cow<'a, [u8]> {
    if type_id(args[0]) == TypeId::Bytes {
        Cow::Borrowed(contents(args[0]))
    } else {
        Cow::Owned(contents(args[0]).to_vec())
    }
}

/// A result of the receiver's type.
fn mk(args: &[Value], v: Vec<u8>) -> Owned {
    new_like(type_id(args[0]), v)
}

/// A result that is a piece of the receiver: a bytes receiver is returned
/// itself when the piece is all of it (as CPython does).
fn piece(args: &[Value], whole: &[u8], part: &[u8]) -> Owned {
    if type_id(args[0]) == TypeId::Bytes && part.len() == whole.len() {
        return args[0].new_ref();
    }
    crate::bytes::new_like_slice(type_id(args[0]), part)
}

fn memory_error<T>() -> R<T> {
    crate::exception::no_memory()
}

macro_rules! no_arg_methods {
    ($($name:ident => $method:literal, $body:expr;)*) => {
        $(
            fn $name(args: &[Value], kwnames: &[Owned]) -> R {
                no_args(&qual(args[0], $method), &args[1..], kwnames)?;
                let f: fn(&[Value], &[u8]) -> Owned = $body;
                Ok(f(args, contents(args[0])))
            }
        )*
    };
}

no_arg_methods! {
    upper => "upper", |a, s| mk(a, tb::upper(s));
    lower => "lower", |a, s| mk(a, tb::lower(s));
    swapcase => "swapcase", |a, s| mk(a, tb::swapcase(s));
    title => "title", |a, s| mk(a, tb::title(s));
    capitalize => "capitalize", |a, s| mk(a, tb::capitalize(s));
    isalnum => "isalnum", |_, s| Owned::from(tb::isalnum(s));
    isalpha => "isalpha", |_, s| Owned::from(tb::isalpha(s));
    isdigit => "isdigit", |_, s| Owned::from(tb::isdigit(s));
    isspace => "isspace", |_, s| Owned::from(tb::isspace(s));
    islower => "islower", |_, s| Owned::from(tb::islower(s));
    isupper => "isupper", |_, s| Owned::from(tb::isupper(s));
    istitle => "istitle", |_, s| Owned::from(tb::istitle(s));
    isascii => "isascii", |_, s| Owned::from(tb::isascii(s));
}

/// A `chars`-style argument: None or bytes-like.
fn opt_buffer<'a>(v: Option<Value>) -> R<Option<Cow<'a, [u8]>>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => need_buffer(v).map(Some),
    }
}

type StripFn = for<'a> fn(&'a [u8], Option<&[u8]>) -> &'a [u8];

fn strip_common(args: &[Value], kwnames: &[Owned], name: &str, f: StripFn) -> R {
    no_kwargs(&qual(args[0], name), kwnames)?;
    arg_count(name, &args[1..], 0, 1)?;
    let chars = opt_buffer(args.get(1).copied())?.map(Cow::into_owned);
    let s = recv(args);
    let out = f(&s, chars.as_deref());
    Ok(piece(args, &s, out))
}

fn strip(args: &[Value], kwnames: &[Owned]) -> R {
    strip_common(args, kwnames, "strip", t::strip)
}

fn lstrip(args: &[Value], kwnames: &[Owned]) -> R {
    strip_common(args, kwnames, "lstrip", t::lstrip)
}

fn rstrip(args: &[Value], kwnames: &[Owned]) -> R {
    strip_common(args, kwnames, "rstrip", t::rstrip)
}

const SPLIT: Sig = Sig {
    name: "split",
    params: &["sep", "maxsplit"],
    posonly: 0,
    required: 0,
    maxpos: 2,
};
const RSPLIT: Sig = Sig {
    name: "rsplit",
    params: &["sep", "maxsplit"],
    posonly: 0,
    required: 0,
    maxpos: 2,
};

type SplitFn = for<'a> fn(&'a [u8], Option<&[u8]>, i64) -> Result<Vec<&'a [u8]>, &'static str>;

fn split_common(args: &[Value], kwnames: &[Owned], sig: &Sig, f: SplitFn) -> R {
    let a = bind(sig, &args[1..], kwnames)?;
    let sep = opt_buffer(a[0])?.map(Cow::into_owned);
    let maxsplit = match a[1] {
        None => -1,
        Some(v) => ssize(v)?,
    };
    let s = recv(args);
    match f(&s, sep.as_deref(), maxsplit) {
        Ok(parts) => Ok(new_list(
            parts
                .into_iter()
                .map(|p| crate::bytes::new_like_slice(type_id(args[0]), p))
                .collect(),
        )),
        Err(m) => value_error(m),
    }
}

fn split(args: &[Value], kwnames: &[Owned]) -> R {
    split_common(args, kwnames, &SPLIT, t::split)
}

fn rsplit(args: &[Value], kwnames: &[Owned]) -> R {
    split_common(args, kwnames, &RSPLIT, t::rsplit)
}

const SPLITLINES: Sig = Sig {
    name: "splitlines",
    params: &["keepends"],
    posonly: 0,
    required: 0,
    maxpos: 1,
};

fn splitlines(args: &[Value], kwnames: &[Owned]) -> R {
    let a = bind(&SPLITLINES, &args[1..], kwnames)?;
    let keepends = match a[0] {
        Some(v) => crate::ops::truthy(v)?,
        None => false,
    };
    let s = recv(args);
    Ok(new_list(
        t::splitlines(&s, keepends)
            .into_iter()
            .map(|p| crate::bytes::new_like_slice(type_id(args[0]), p))
            .collect(),
    ))
}

fn join(args: &[Value], kwnames: &[Owned]) -> R {
    let iterable = one_arg(&qual(args[0], "join"), &args[1..], kwnames)?;
    let items = crate::iter::collect_for_join(iterable)?;
    let sep = recv(args);
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        let Some(b) = crate::bytes::buffer_or_none(x.v()) else {
            return type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                type_name(x.v())
            ));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(mk(args, out))
}

fn replace(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs(&qual(args[0], "replace"), kwnames)?;
    arg_count("replace", &args[1..], 2, 3)?;
    let old = need_buffer(args[1])?.into_owned();
    let new = need_buffer(args[2])?.into_owned();
    let count = match args.get(3) {
        Some(&c) => ssize(c)?,
        None => -1,
    };
    let s = recv(args);
    Ok(mk(args, t::replace(&s, &old, &new, count)))
}

/// The `sub` argument of the search methods: an int in `range(256)` or a
/// bytes-like object.
fn sub_arg(v: Value) -> R<Vec<u8>> {
    if crate::int::is_int(v) {
        return Ok(vec![byte_value(v, BYTE_RANGE)?]);
    }
    match crate::bytes::buffer(v)? {
        Some(b) => Ok(b.into_owned()),
        None => type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            type_name(v)
        )),
    }
}

/// The receiver, `sub`, `start` and `end` of a search method.
type SearchArgs = (Cow<'static, [u8]>, Vec<u8>, Option<i64>, Option<i64>);

fn search_args(args: &[Value], kwnames: &[Owned], name: &str) -> R<SearchArgs> {
    no_kwargs(&qual(args[0], name), kwnames)?;
    count_tuple_style(name, &args[1..], 1, 3)?;
    let sub = sub_arg(args[1])?;
    let start = slice_index(args.get(2).copied())?;
    let end = slice_index(args.get(3).copied())?;
    Ok((recv(args), sub, start, end))
}

const SUBSECTION_NOT_FOUND: &str = "subsection not found";

fn find(args: &[Value], kwnames: &[Owned]) -> R {
    let (s, sub, a, b) = search_args(args, kwnames, "find")?;
    Ok(from_i64(t::find(&s, &sub, a, b)))
}

fn rfind(args: &[Value], kwnames: &[Owned]) -> R {
    let (s, sub, a, b) = search_args(args, kwnames, "rfind")?;
    Ok(from_i64(t::rfind(&s, &sub, a, b)))
}

fn index(args: &[Value], kwnames: &[Owned]) -> R {
    let (s, sub, a, b) = search_args(args, kwnames, "index")?;
    match t::find(&s, &sub, a, b) {
        k if k >= 0 => Ok(from_i64(k)),
        _ => value_error(SUBSECTION_NOT_FOUND),
    }
}

fn rindex(args: &[Value], kwnames: &[Owned]) -> R {
    let (s, sub, a, b) = search_args(args, kwnames, "rindex")?;
    match t::rfind(&s, &sub, a, b) {
        k if k >= 0 => Ok(from_i64(k)),
        _ => value_error(SUBSECTION_NOT_FOUND),
    }
}

fn count(args: &[Value], kwnames: &[Owned]) -> R {
    let (s, sub, a, b) = search_args(args, kwnames, "count")?;
    Ok(from_i64(t::count(&s, &sub, a, b) as i64))
}

type AffixFn = fn(&[u8], &[u8], Option<i64>, Option<i64>) -> bool;

fn affix_common(args: &[Value], kwnames: &[Owned], name: &str, f: AffixFn) -> R {
    no_kwargs(&qual(args[0], name), kwnames)?;
    count_tuple_style(name, &args[1..], 1, 3)?;
    let start = slice_index(args.get(2).copied())?;
    let end = slice_index(args.get(3).copied())?;
    let s = recv(args);
    let x = args[1];
    if crate::tuple::is_tuple(x) {
        for item in crate::tuple::items(x).to_vec() {
            let affix = need_buffer(item.v())?.into_owned();
            if f(&s, &affix, start, end) {
                return Ok(Owned::from(true));
            }
        }
        return Ok(Owned::from(false));
    }
    match crate::bytes::buffer(x)? {
        Some(affix) => Ok(Owned::from(f(&s, &affix, start, end))),
        None => type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            type_name(x)
        )),
    }
}

fn startswith(args: &[Value], kwnames: &[Owned]) -> R {
    affix_common(args, kwnames, "startswith", t::startswith)
}

fn endswith(args: &[Value], kwnames: &[Owned]) -> R {
    affix_common(args, kwnames, "endswith", t::endswith)
}

fn zfill(args: &[Value], kwnames: &[Owned]) -> R {
    let w = one_arg(&qual(args[0], "zfill"), &args[1..], kwnames)?;
    let width = ssize(w)?;
    let s = recv(args);
    match t::zfill(&s, width) {
        Ok(out) => Ok(piece(args, &s, &out)),
        Err(_) => memory_error(),
    }
}

type PadFn = fn(&[u8], i64, u8) -> Result<Vec<u8>, t::MemoryError>;

fn pad_common(args: &[Value], kwnames: &[Owned], name: &str, f: PadFn) -> R {
    no_kwargs(&qual(args[0], name), kwnames)?;
    arg_count(name, &args[1..], 1, 2)?;
    let width = ssize(args[1])?;
    let fill = match args.get(2) {
        None => b' ',
        Some(&c) => {
            let ok = c.is_ptr()
                && matches!(type_id(c), TypeId::Bytes | TypeId::ByteArray)
                && contents(c).len() == 1;
            if !ok {
                return type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    type_name(c)
                ));
            }
            contents(c)[0]
        }
    };
    let s = recv(args);
    match f(&s, width, fill) {
        Ok(out) => Ok(piece(args, &s, &out)),
        Err(_) => memory_error(),
    }
}

fn center(args: &[Value], kwnames: &[Owned]) -> R {
    pad_common(args, kwnames, "center", t::center)
}

fn ljust(args: &[Value], kwnames: &[Owned]) -> R {
    pad_common(args, kwnames, "ljust", t::ljust)
}

fn rjust(args: &[Value], kwnames: &[Owned]) -> R {
    pad_common(args, kwnames, "rjust", t::rjust)
}

type PartitionFn = for<'a> fn(&'a [u8], &[u8]) -> Result<[&'a [u8]; 3], &'static str>;

fn partition_common(args: &[Value], kwnames: &[Owned], name: &str, f: PartitionFn) -> R {
    let sep_obj = one_arg(&qual(args[0], name), &args[1..], kwnames)?;
    let sep = need_buffer(sep_obj)?.into_owned();
    let s = recv(args);
    match f(&s, &sep) {
        Ok([before, middle, after]) => {
            // A bytes receiver puts the separator object itself in the
            // result; a bytearray one a bytearray copy of it.
            let middle = if middle.is_empty() {
                mk(args, Vec::new())
            } else if type_id(args[0]) == TypeId::Bytes {
                sep_obj.new_ref()
            } else {
                mk(args, sep.clone())
            };
            Ok(new_tuple(vec![
                piece(args, &s, before),
                middle,
                piece(args, &s, after),
            ]))
        }
        Err(m) => value_error(m),
    }
}

fn partition(args: &[Value], kwnames: &[Owned]) -> R {
    partition_common(args, kwnames, "partition", t::partition)
}

fn rpartition(args: &[Value], kwnames: &[Owned]) -> R {
    partition_common(args, kwnames, "rpartition", t::rpartition)
}

type RemoveFn = for<'a> fn(&'a [u8], &[u8]) -> &'a [u8];

fn remove_common(args: &[Value], kwnames: &[Owned], name: &str, f: RemoveFn) -> R {
    let x = one_arg(&qual(args[0], name), &args[1..], kwnames)?;
    let x = need_buffer(x)?.into_owned();
    let s = recv(args);
    let out = f(&s, &x);
    Ok(piece(args, &s, out))
}

fn removeprefix(args: &[Value], kwnames: &[Owned]) -> R {
    remove_common(args, kwnames, "removeprefix", t::removeprefix)
}

fn removesuffix(args: &[Value], kwnames: &[Owned]) -> R {
    remove_common(args, kwnames, "removesuffix", t::removesuffix)
}

const EXPANDTABS: Sig = Sig {
    name: "expandtabs",
    params: &["tabsize"],
    posonly: 0,
    required: 0,
    maxpos: 1,
};

fn expandtabs(args: &[Value], kwnames: &[Owned]) -> R {
    let a = bind(&EXPANDTABS, &args[1..], kwnames)?;
    let tabsize = match a[0] {
        None => 8,
        Some(v) => {
            let n = crate::args::index_big(v)?;
            match num_traits::ToPrimitive::to_i32(&n) {
                Some(k) => k,
                None => {
                    return err(
                        TypeId::OverflowError,
                        "Python int too large to convert to C int",
                    )
                }
            }
        }
    };
    let s = recv(args);
    match t::expandtabs(&s, tabsize) {
        Ok(out) => Ok(mk(args, out)),
        Err(t::ExpandTabsError::TooLong) => err(TypeId::OverflowError, "result too long"),
        Err(t::ExpandTabsError::Memory) => memory_error(),
    }
}

const TRANSLATE: Sig = Sig {
    name: "translate",
    params: &["table", "delete"],
    posonly: 1,
    required: 1,
    maxpos: 2,
};

fn translate(args: &[Value], kwnames: &[Owned]) -> R {
    let a = bind(&TRANSLATE, &args[1..], kwnames)?;
    let table = opt_buffer(a[0])?.map(Cow::into_owned);
    if table.as_ref().is_some_and(|t| t.len() != 256) {
        return value_error("translation table must be 256 characters long");
    }
    let delete = match a[1] {
        Some(d) => need_buffer(d)?.into_owned(),
        None => Vec::new(),
    };
    let s = recv(args);
    let out = tb::translate(&s, table.as_deref(), &delete);
    if out[..] == s[..] && type_id(args[0]) == TypeId::Bytes {
        return Ok(args[0].new_ref());
    }
    Ok(mk(args, out))
}

/// `bytes.maketrans(frm, to)`, a static method: `args[0]` is the type or
/// instance it was reached through.
fn maketrans(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs("maketrans", kwnames)?;
    arg_count("maketrans", &args[1..], 2, 2)?;
    let frm = need_buffer(args[1])?.into_owned();
    let to = need_buffer(args[2])?.into_owned();
    if frm.len() != to.len() {
        return value_error("maketrans arguments must have same length");
    }
    Ok(crate::bytes::bytes_from_vec(tb::maketrans(&frm, &to)))
}

/// The builtin type a class method was reached through: the type object
/// itself, or the type of the instance.
fn class_of(v: Value) -> TypeId {
    if crate::object::is_type(v) {
        type_data(v.ptr()).id
    } else {
        type_id(v)
    }
}

/// `bytes.fromhex(string)` and `bytearray.fromhex(string)`.
fn fromhex(args: &[Value], kwnames: &[Owned]) -> R {
    let id = class_of(args[0]);
    let name = format!("{}.fromhex", type_data(crate::object::ty(id)).name);
    let s = one_arg(&name, &args[1..], kwnames)?;
    let s = crate::args::str_arg(s, "fromhex() argument must be str")?;
    match tb::fromhex(&crate::str::str_data(s).code_points()) {
        Ok(v) => Ok(new_like(id, v)),
        Err(pos) => value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        )),
    }
}

const HEX: Sig = Sig {
    name: "hex",
    params: &["sep", "bytes_per_sep"],
    posonly: 0,
    required: 0,
    maxpos: 2,
};

/// `hex(sep=..., bytes_per_sep=1)` of any bytes-like receiver.
pub fn hex_of(args: &[Value], kwnames: &[Owned]) -> R {
    let a = bind(&HEX, &args[1..], kwnames)?;
    let sep = match a[0] {
        None => None,
        Some(v) => {
            if crate::builtins::length(v)? != 1 {
                return value_error("sep must be length 1.");
            }
            let c = if crate::str::is_str(v) {
                crate::str::str_data(v).get(0)
            } else if crate::bytes::is_bytes(v) {
                u32::from(contents(v)[0])
            } else {
                return type_error("sep must be str or bytes.");
            };
            if c >= 0x80 {
                return value_error("sep must be ASCII.");
            }
            Some(c as u8)
        }
    };
    let per = match a[1] {
        None => 1,
        Some(v) => {
            let n = crate::args::index_big(v)?;
            match num_traits::ToPrimitive::to_i32(&n) {
                Some(k) => i64::from(k),
                None => {
                    return err(
                        TypeId::OverflowError,
                        "Python int too large to convert to C int",
                    )
                }
            }
        }
    };
    let b = crate::bytes::need_buffer(args[0])?;
    Ok(crate::str::new_str(&tb::hex(&b, sep, per)))
}

// ---------------------------------------------------------------------------
// bytearray's mutators
// ---------------------------------------------------------------------------

fn append(args: &[Value], kwnames: &[Owned]) -> R {
    let x = one_arg("bytearray.append", &args[1..], kwnames)?;
    let c = byte_value(x, BYTE_RANGE)?;
    let ba = args[0];
    check_resize(ba, bytearray_data(ba).data.len() + 1)?;
    bytearray_data(ba).data.push(c);
    Ok(none())
}

/// `ba.extend(iterable_of_ints)`.
pub fn extend_with(ba: Value, x: Value) -> R<()> {
    let new = if let Some(b) = crate::bytes::buffer(x)? {
        b.into_owned()
    } else {
        let it = match crate::iter::iter(x) {
            Ok(it) => it,
            Err(_) if crate::exception::raised_matches(TypeId::TypeError) => {
                crate::exception::take_raised();
                return type_error(format!("can't extend bytearray with {}", type_name(x)));
            }
            Err(e) => return Err(e),
        };
        let mut out = Vec::new();
        while let Some(item) = crate::iter::next(it.v())? {
            out.push(byte_value(item.v(), BYTE_RANGE)?);
        }
        out
    };
    check_resize(ba, bytearray_data(ba).data.len() + new.len())?;
    bytearray_data(ba).data.extend_from_slice(&new);
    Ok(())
}

fn extend(args: &[Value], kwnames: &[Owned]) -> R {
    let x = one_arg("bytearray.extend", &args[1..], kwnames)?;
    extend_with(args[0], x)?;
    Ok(none())
}

fn insert(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs("bytearray.insert", kwnames)?;
    arg_count("insert", &args[1..], 2, 2)?;
    let i = ssize(args[1])?;
    let c = byte_value(args[2], BYTE_RANGE)?;
    let ba = args[0];
    let len = bytearray_data(ba).data.len() as i64;
    check_resize(ba, len as usize + 1)?;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    bytearray_data(ba).data.insert(at as usize, c);
    Ok(none())
}

fn pop(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs("bytearray.pop", kwnames)?;
    arg_count("pop", &args[1..], 0, 1)?;
    let i = match args.get(1) {
        Some(&v) => ssize(v)?,
        None => -1,
    };
    let ba = args[0];
    let len = bytearray_data(ba).data.len() as i64;
    if len == 0 {
        return err(TypeId::IndexError, "pop from empty bytearray");
    }
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return err(TypeId::IndexError, "pop index out of range");
    }
    check_resize(ba, len as usize - 1)?;
    let c = bytearray_data(ba).data.remove(j as usize);
    Ok(from_i64(i64::from(c)))
}

fn remove(args: &[Value], kwnames: &[Owned]) -> R {
    let x = one_arg("bytearray.remove", &args[1..], kwnames)?;
    let c = byte_value(x, BYTE_RANGE)?;
    let ba = args[0];
    let Some(at) = bytearray_data(ba).data.iter().position(|&b| b == c) else {
        return value_error("value not found in bytearray");
    };
    check_resize(ba, bytearray_data(ba).data.len() - 1)?;
    bytearray_data(ba).data.remove(at);
    Ok(none())
}

fn reverse(args: &[Value], kwnames: &[Owned]) -> R {
    no_args("bytearray.reverse", &args[1..], kwnames)?;
    bytearray_data(args[0]).data.reverse();
    Ok(none())
}

fn clear(args: &[Value], kwnames: &[Owned]) -> R {
    no_args("bytearray.clear", &args[1..], kwnames)?;
    check_resize(args[0], 0)?;
    bytearray_data(args[0]).data.clear();
    Ok(none())
}

fn copy(args: &[Value], kwnames: &[Owned]) -> R {
    no_args("bytearray.copy", &args[1..], kwnames)?;
    Ok(crate::bytes::new_bytearray(recv(args).into_owned()))
}

fn hex(args: &[Value], kwnames: &[Owned]) -> R {
    hex_of(args, kwnames)
}

/// The methods `bytes` and `bytearray` share.
macro_rules! shared_methods {
    ($($extra:tt)*) => {
        &[
            ("capitalize", capitalize),
            ("center", center),
            ("count", count),
            ("decode", crate::codecs::bytes_decode),
            ("endswith", endswith),
            ("expandtabs", expandtabs),
            ("find", find),
            ("fromhex", fromhex),
            ("hex", hex),
            ("index", index),
            ("isalnum", isalnum),
            ("isalpha", isalpha),
            ("isascii", isascii),
            ("isdigit", isdigit),
            ("islower", islower),
            ("isspace", isspace),
            ("istitle", istitle),
            ("isupper", isupper),
            ("join", join),
            ("ljust", ljust),
            ("lower", lower),
            ("lstrip", lstrip),
            ("maketrans", maketrans),
            ("partition", partition),
            ("removeprefix", removeprefix),
            ("removesuffix", removesuffix),
            ("replace", replace),
            ("rfind", rfind),
            ("rindex", rindex),
            ("rjust", rjust),
            ("rpartition", rpartition),
            ("rsplit", rsplit),
            ("rstrip", rstrip),
            ("split", split),
            ("splitlines", splitlines),
            ("startswith", startswith),
            ("strip", strip),
            ("swapcase", swapcase),
            ("title", title),
            ("translate", translate),
            ("upper", upper),
            ("zfill", zfill),
            $($extra)*
        ]
    };
}

/// The methods of bytes.
pub const BYTES_METHODS: MethodTable = shared_methods!(
    ("__getnewargs__", crate::slots::bytes_getnewargs),
    ("__bytes__", crate::slots::bytes_bytes),
);

/// The methods of bytearray.
pub const BYTEARRAY_METHODS: MethodTable = shared_methods!(
    ("append", append),
    ("clear", clear),
    ("copy", copy),
    ("extend", extend),
    ("insert", insert),
    ("pop", pop),
    ("remove", remove),
    ("reverse", reverse),
);

/// The methods reached through the type objects (`bytes.fromhex`,
/// `bytearray.maketrans`), bound to the type.
pub const CLASS_METHODS: MethodTable = &[("fromhex", fromhex), ("maketrans", maketrans)];
