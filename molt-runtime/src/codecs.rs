//! `str.encode`, `bytes.decode` and the constructors that take an encoding:
//! argument checks, codec and handler lookup, and the `UnicodeEncodeError` /
//! `UnicodeDecodeError` objects (whose `args` are `(encoding, object, start,
//! end, reason)`, as in CPython). The codecs themselves are `text::codecs`.

use crate::args::{bind, Sig};
use crate::exception::{err, raise_value, type_error, R};
use crate::int::from_i64;
use crate::object::{ty, type_name, TypeId};
use crate::str::{as_string, from_code_points, is_str, str_data};
use crate::text::codecs::{self as c, Codec, CodecError, Handler, Lookup};
use crate::value::{Owned, Value};

/// The codec an `encoding` argument names, or `LookupError` (as CPython),
/// or `NotImplementedError` for a CPython codec Molt lacks. `verb` is
/// `encode` or `decode`.
fn codec(encoding: Option<Value>, verb: &str) -> R<Codec> {
    let Some(e) = encoding else {
        return Ok(Codec::Utf8);
    };
    let name = as_string(e);
    match c::lookup(&name) {
        Lookup::Builtin(codec) => Ok(codec),
        Lookup::NotText => err(
            TypeId::LookupError,
            format!("'{name}' is not a text encoding; use codecs.{verb}() to handle arbitrary codecs"),
        ),
        Lookup::Unsupported => err(
            TypeId::NotImplementedError,
            format!("the '{name}' codec is not supported by Molt (utf-8, utf-16, utf-32, ascii and latin-1 are)"),
        ),
        Lookup::Unknown => err(TypeId::LookupError, format!("unknown encoding: {name}")),
    }
}

fn handler(errors: Option<Value>) -> Handler {
    errors.map_or(Handler::Strict, |e| Handler::lookup(&as_string(e)))
}

/// Raises the error a codec reported; `object` is the input (a str, or the
/// bytes being decoded).
fn raise_codec_error<T>(e: CodecError, errors: Option<Value>, id: TypeId, object: Owned) -> R<T> {
    match e {
        CodecError::Unicode {
            encoding,
            start,
            end,
            reason,
        } => {
            let args = [
                crate::str::new_str(encoding),
                object,
                from_i64(start as i64),
                from_i64(end as i64),
                crate::str::new_str(reason),
            ];
            let values: Vec<Value> = args.iter().map(|a| a.v()).collect();
            let exc = crate::exception_types::construct(ty(id), &values, &[])?;
            Err(raise_value(exc))
        }
        CodecError::UnknownHandler => err(
            TypeId::LookupError,
            format!(
                "unknown error handler name '{}'",
                errors.map(as_string).unwrap_or_default()
            ),
        ),
        CodecError::NoNames => err(
            TypeId::NotImplementedError,
            "the 'namereplace' error handler is not supported (Molt has no Unicode name table)",
        ),
        CodecError::WrongDirection => type_error(format!(
            "don't know how to handle {} in error callback",
            if id == TypeId::UnicodeDecodeError {
                "UnicodeDecodeError"
            } else {
                "UnicodeEncodeError"
            }
        )),
    }
}

/// `s.encode(encoding, errors)` as a bytes object; the arguments are strs.
pub fn encode_str(s: Value, encoding: Option<Value>, errors: Option<Value>) -> R {
    let codec = codec(encoding, "encode")?;
    let d = str_data(s);
    let ascii_compatible = matches!(codec, Codec::Utf8 | Codec::Ascii | Codec::Latin1);
    if d.ascii && ascii_compatible {
        return Ok(crate::bytes::new_bytes(&d.data));
    }
    let cps = d.code_points();
    match c::encode(codec, &cps, handler(errors)) {
        Ok(b) => Ok(crate::bytes::bytes_from_vec(b)),
        Err(e) => raise_codec_error(e, errors, TypeId::UnicodeEncodeError, s.new_ref()),
    }
}

/// `b.decode(encoding, errors)` for the contents of a bytes-like object; the
/// arguments are strs.
pub fn decode_bytes(b: &[u8], encoding: Option<Value>, errors: Option<Value>) -> R {
    let codec = codec(encoding, "decode")?;
    let ascii_compatible = matches!(codec, Codec::Utf8 | Codec::Ascii | Codec::Latin1);
    if b.is_ascii() && ascii_compatible {
        return Ok(crate::str::new_str(std::str::from_utf8(b).unwrap()));
    }
    match c::decode(codec, b, handler(errors)) {
        Ok(cps) => Ok(from_code_points(&cps)),
        Err(e) => {
            let object = crate::bytes::new_bytes(b);
            raise_codec_error(e, errors, TypeId::UnicodeDecodeError, object)
        }
    }
}

/// The `encoding` and `errors` arguments of `encode`/`decode`, checked.
fn codec_args(name: &str, a: &[Option<Value>]) -> R<(Option<Value>, Option<Value>)> {
    for (i, what) in [(0, "encoding"), (1, "errors")] {
        if let Some(v) = a[i] {
            if !is_str(v) {
                return type_error(format!(
                    "{name}() argument '{what}' must be str, not {}",
                    crate::args::arg_type_name(v)
                ));
            }
            if as_string(v).contains('\0') {
                return crate::exception::value_error("embedded null character");
            }
        }
    }
    Ok((a[0], a[1]))
}

const ENCODE: Sig = Sig {
    name: "encode",
    params: &["encoding", "errors"],
    posonly: 0,
    required: 0,
    maxpos: 2,
};

const DECODE: Sig = Sig {
    name: "decode",
    params: &["encoding", "errors"],
    posonly: 0,
    required: 0,
    maxpos: 2,
};

/// `str.encode(encoding='utf-8', errors='strict')`.
pub fn str_encode(args: &[Value], kwnames: &[Owned]) -> R {
    let a = bind(&ENCODE, &args[1..], kwnames)?;
    let (encoding, errors) = codec_args("encode", &a)?;
    encode_str(args[0], encoding, errors)
}

/// `bytes.decode(encoding='utf-8', errors='strict')`, also bytearray's.
pub fn bytes_decode(args: &[Value], kwnames: &[Owned]) -> R {
    let a = bind(&DECODE, &args[1..], kwnames)?;
    let (encoding, errors) = codec_args("decode", &a)?;
    let b = crate::bytes::contents(args[0]).to_vec();
    decode_bytes(&b, encoding, errors)
}

/// `str(obj, encoding, errors)`: decodes a bytes-like object.
pub fn str_from_bytes(obj: Value, encoding: Option<Value>, errors: Option<Value>) -> R {
    match crate::bytes::buffer(obj)? {
        Some(b) => {
            let b = b.into_owned();
            decode_bytes(&b, encoding, errors)
        }
        None => type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            type_name(obj)
        )),
    }
}
