//! `format()`, f-string pieces, `ascii()` and `%`-formatting of str, with
//! CPython 3.12's results and messages. The spec mini-language itself lives
//! in `num::float_format` (numbers) and `text::format_str` (str).

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::exception::{err, type_error, value_error, R};
use crate::int::{is_int, to_bigint};
use crate::num::float_format::{self, FormatError, FormatSpec, Sign};
use crate::object::{type_id, type_name, TypeId};
use crate::str::{as_string, from_code_points, is_str, str_data};
use crate::value::{Owned, Value};

fn raise_format_error<T>(e: FormatError) -> R<T> {
    match e {
        FormatError::Value(m) => value_error(m),
        FormatError::Overflow(m) => err(TypeId::OverflowError, m),
    }
}

/// `format(v, spec)`; `spec` is a str.
pub fn format(v: Value, spec: Value) -> R {
    let spec_data = str_data(spec);
    if spec_data.len == 0 {
        if is_str(v) || is_int(v) || v.is_float() {
            return crate::repr::to_str(v);
        }
        // `object.__format__` is a method call (one C recursion unit in
        // CPython) before its `str(self)`.
        return crate::call::nested(crate::call::NESTED_CALL, || crate::repr::to_str(v));
    }
    if is_str(v) {
        let s = str_data(v).code_points();
        return match crate::text::format_str::format_str_cp(&s, &spec_data.code_points()) {
            Ok(out) => Ok(from_code_points(&out)),
            Err(crate::text::format_str::FormatError::Value(m)) => value_error(m),
            Err(crate::text::format_str::FormatError::Memory) => crate::exception::no_memory(),
        };
    }
    let spec_text = as_string(spec);
    if is_int(v) {
        let name = type_name(v);
        let parsed = match float_format::parse_format_spec(&spec_text, Some('d'), name) {
            Ok(p) => p,
            Err(m) => return value_error(m),
        };
        return match float_format::format_int(&to_bigint(v), &parsed, name) {
            Ok(s) => Ok(crate::str::new_str(&s)),
            Err(e) => raise_format_error(e),
        };
    }
    if crate::complex::is_complex(v) {
        let parsed = match float_format::parse_format_spec(&spec_text, None, "complex") {
            Ok(p) => p,
            Err(m) => return value_error(m),
        };
        let z = crate::complex::complex_of(v);
        return match float_format::format_complex(z.re, z.im, &parsed) {
            Ok(s) => Ok(crate::str::new_str(&s)),
            Err(e) => raise_format_error(e),
        };
    }
    if v.is_float() {
        let parsed = match float_format::parse_format_spec(&spec_text, None, "float") {
            Ok(p) => p,
            Err(m) => return value_error(m),
        };
        return match float_format::format_float(v.as_float(), &parsed, "float") {
            Ok(s) => Ok(crate::str::new_str(&s)),
            Err(e) => raise_format_error(e),
        };
    }
    type_error(format!(
        "unsupported format string passed to {}.__format__",
        type_name(v)
    ))
}

/// Escapes every non-ASCII code point of `cps` as `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
fn escape_non_ascii(cps: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(cps.len());
    for &c in cps {
        if c < 0x80 {
            out.push(c);
            continue;
        }
        let text = if c < 0x100 {
            format!("\\x{c:02x}")
        } else if c < 0x10000 {
            format!("\\u{c:04x}")
        } else {
            format!("\\U{c:08x}")
        };
        out.extend(text.bytes().map(u32::from));
    }
    out
}

/// `ascii(v)`: `repr(v)` with non-ASCII characters escaped.
pub fn ascii(v: Value) -> R {
    let r = crate::repr::repr(v)?;
    let d = str_data(r.v());
    if d.ascii {
        return Ok(r);
    }
    Ok(from_code_points(&escape_non_ascii(&d.code_points())))
}

// ---------------------------------------------------------------------------
// printf-style formatting: `fmt % args`
// ---------------------------------------------------------------------------

/// Where `%` conversions take their arguments from.
struct ArgSource {
    /// The current argument (a tuple when `arglen >= 0`).
    args: Owned,
    /// The tuple's length, or -1 for a single non-tuple argument.
    arglen: i64,
    /// The next index; -2 before a single argument is taken.
    argidx: i64,
    /// The mapping for `%(key)` conversions, if `args` is one.
    dict: Option<Value>,
}

impl ArgSource {
    fn next(&mut self) -> R {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args.clone());
            }
            return Ok(crate::tuple::items(self.args.v())[i as usize].clone());
        }
        type_error("not enough arguments for format string")
    }
}

/// The conversion flags of one `%` specifier.
#[derive(Default)]
struct Flags {
    left: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
}

/// Whether `%` treats `v` as a mapping (CPython's `PyMapping_Check`, minus
/// tuples and strs).
fn is_mapping(v: Value) -> bool {
    v.is_ptr() && matches!(type_id(v), TypeId::Dict | TypeId::List | TypeId::Range)
}

/// `fmt % args` for a str.
pub fn percent_format(fmt: Value, args: Value) -> R {
    debug_assert!(is_str(fmt));
    let f = str_data(fmt).code_points();
    let out = percent_core(&f, args, false)?;
    Ok(from_code_points(&out))
}

/// `fmt % args` for a bytes or bytearray: the result has `fmt`'s type.
pub fn percent_format_bytes(fmt: Value, args: Value) -> R {
    let f: Vec<u32> = crate::bytes::contents(fmt)
        .iter()
        .map(|&b| u32::from(b))
        .collect();
    let out = percent_core(&f, args, true)?;
    let out = out.into_iter().map(|c| c as u8).collect();
    Ok(crate::bytes::new_like(type_id(fmt), out))
}

/// The `%` engine; in bytes mode `f` and the result hold bytes (code points
/// below 256) and the conversions follow `bytes.__mod__`.
fn percent_core(f: &[u32], args: Value, bytes: bool) -> R<Vec<u32>> {
    let is_tuple = crate::tuple::is_tuple(args);
    let mapping = if bytes {
        !crate::bytes::is_bytes(args)
            && !crate::bytes::is_bytearray(args)
            && !is_str(args)
            && (is_mapping(args) || (args.is_ptr() && type_id(args) == TypeId::MemoryView))
    } else {
        !is_str(args) && is_mapping(args)
    };
    let mut src = ArgSource {
        args: args.new_ref(),
        arglen: if is_tuple {
            crate::tuple::items(args).len() as i64
        } else {
            -1
        },
        argidx: if is_tuple { 0 } else { -2 },
        dict: (!is_tuple && mapping).then_some(args),
    };
    let mut out: Vec<u32> = Vec::with_capacity(f.len() + 16);
    let n = f.len();
    let mut pos = 0;
    while pos < n {
        let c = f[pos];
        if c != '%' as u32 {
            out.push(c);
            pos += 1;
            continue;
        }
        pos += 1;
        if pos < n && f[pos] == '%' as u32 {
            out.push(c);
            pos += 1;
            continue;
        }
        pos = one_conversion(f, pos, &mut src, &mut out, bytes)?;
    }
    if src.argidx < src.arglen && src.dict.is_none() {
        return type_error(format!(
            "not all arguments converted during {} formatting",
            if bytes { "bytes" } else { "string" }
        ));
    }
    Ok(out)
}

fn is_digit(c: u32) -> bool {
    (0x30..=0x39).contains(&c)
}

/// Parses a run of ASCII digits at `*pos`.
fn digits(f: &[u32], pos: &mut usize, too_big: &str) -> R<i64> {
    let mut v: i64 = 0;
    while *pos < f.len() && is_digit(f[*pos]) {
        let d = (f[*pos] - 0x30) as i64;
        if v > (i64::MAX - d) / 10 {
            return value_error(too_big);
        }
        v = v * 10 + d;
        *pos += 1;
    }
    Ok(v)
}

/// A `*` width or precision argument.
fn star_arg(src: &mut ArgSource, what: &str) -> R<i64> {
    let v = src.next()?;
    if !is_int(v.v()) {
        return type_error("* wants int");
    }
    let n = to_bigint(v.v());
    match what {
        "width" => match n.to_i64() {
            Some(k) => Ok(k),
            None => err(
                TypeId::OverflowError,
                "Python int too large to convert to C ssize_t",
            ),
        },
        _ => match n.to_i32() {
            Some(k) => Ok(k as i64),
            None => err(
                TypeId::OverflowError,
                "Python int too large to convert to C int",
            ),
        },
    }
}

/// Formats the conversion whose text starts at `pos` (just after `%`);
/// returns the position after it.
fn one_conversion(
    f: &[u32],
    mut pos: usize,
    src: &mut ArgSource,
    out: &mut Vec<u32>,
    bytes: bool,
) -> R<usize> {
    let n = f.len();
    let incomplete = || value_error("incomplete format");
    if pos < n && f[pos] == '(' as u32 {
        let Some(dict) = src.dict else {
            return type_error("format requires a mapping");
        };
        pos += 1;
        let start = pos;
        let mut depth = 1;
        while pos < n {
            if f[pos] == ')' as u32 {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            } else if f[pos] == '(' as u32 {
                depth += 1;
            }
            pos += 1;
        }
        if depth > 0 {
            return value_error("incomplete format key");
        }
        let key = if bytes {
            crate::bytes::bytes_from_vec(f[start..pos].iter().map(|&c| c as u8).collect())
        } else {
            from_code_points(&f[start..pos])
        };
        pos += 1;
        let value = crate::subscript::getitem(dict, key.v())?;
        src.args = value;
        src.arglen = -1;
        src.argidx = -2;
    }
    let mut flags = Flags::default();
    while pos < n {
        match char::from_u32(f[pos]) {
            Some('-') => flags.left = true,
            Some('+') => flags.plus = true,
            Some(' ') => flags.space = true,
            Some('#') => flags.alt = true,
            Some('0') => flags.zero = true,
            _ => break,
        }
        pos += 1;
    }
    let mut width: i64 = -1;
    if pos < n && f[pos] == '*' as u32 {
        width = star_arg(src, "width")?;
        if width < 0 {
            flags.left = true;
            width = width.saturating_neg();
        }
        pos += 1;
    } else if pos < n && is_digit(f[pos]) {
        width = digits(f, &mut pos, "width too big")?;
    }
    let mut prec: i64 = -1;
    if pos < n && f[pos] == '.' as u32 {
        pos += 1;
        if pos < n && f[pos] == '*' as u32 {
            prec = star_arg(src, "precision")?.max(0);
            pos += 1;
        } else {
            prec = digits(f, &mut pos, "precision too big")?;
            if prec > i32::MAX as i64 {
                return value_error("precision too big");
            }
        }
    }
    while pos < n && matches!(char::from_u32(f[pos]), Some('h' | 'l' | 'L')) {
        pos += 1;
    }
    if pos >= n {
        return incomplete();
    }
    let conv = f[pos];
    let conv_at = pos;
    pos += 1;
    let arg = src.next()?;
    let arg = arg.v();
    let width = width.max(0) as usize;
    let prec = (prec >= 0).then_some(prec as usize);
    let ch = char::from_u32(conv).unwrap_or('\u{fffd}');
    match ch {
        's' | 'b' if bytes => {
            let Some(b) = crate::bytes::buffer(arg)? else {
                return type_error(format!(
                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                    type_name(arg)
                ));
            };
            let mut cps: Vec<u32> = b.iter().map(|&c| u32::from(c)).collect();
            if let Some(p) = prec {
                cps.truncate(p);
            }
            pad_text(out, &cps, width, flags.left);
        }
        'r' | 'a' if bytes => {
            let text = ascii(arg)?;
            let mut cps = str_data(text.v()).code_points();
            if let Some(p) = prec {
                cps.truncate(p);
            }
            pad_text(out, &cps, width, flags.left);
        }
        'c' if bytes => {
            let b = byte_arg(arg)?;
            pad_text(out, &[u32::from(b)], width, flags.left);
        }
        's' | 'r' | 'a' => {
            let text = match ch {
                's' => crate::repr::to_str(arg)?,
                'r' => crate::repr::repr(arg)?,
                _ => ascii(arg)?,
            };
            let mut cps = str_data(text.v()).code_points();
            if let Some(p) = prec {
                cps.truncate(p);
            }
            pad_text(out, &cps, width, flags.left);
        }
        'c' => {
            let cp = char_arg(arg)?;
            pad_text(out, &[cp], width, flags.left);
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
            let value = int_arg(arg, ch)?;
            let body = int_body(&value, ch, &flags, prec)?;
            pad_number(out, &body, width, &flags);
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = if bytes && !arg.is_float() && !is_int(arg) {
                return type_error(format!("float argument required, not {}", type_name(arg)));
            } else {
                crate::args::float_arg(arg)?
            };
            let spec = FormatSpec {
                fill: ' ',
                align: None,
                sign: if flags.plus {
                    Sign::Plus
                } else if flags.space {
                    Sign::Space
                } else {
                    Sign::Default
                },
                z: false,
                alternate: flags.alt,
                zero: false,
                width: None,
                grouping: None,
                precision: Some(prec.unwrap_or(6)),
                ty: Some(ch),
            };
            let body = match float_format::format_float(x, &spec, "float") {
                Ok(s) => s,
                Err(e) => return raise_format_error(e),
            };
            pad_number(out, &body, width, &flags);
        }
        _ => {
            let shown = if (0x20..0x7f).contains(&conv) {
                ch
            } else {
                '?'
            };
            return value_error(format!(
                "unsupported format character '{shown}' (0x{conv:x}) at index {conv_at}"
            ));
        }
    }
    Ok(pos)
}

/// Appends `cps` padded with spaces to `width`.
fn pad_text(out: &mut Vec<u32>, cps: &[u32], width: usize, left: bool) {
    let pad = width.saturating_sub(cps.len());
    if !left {
        out.extend(std::iter::repeat_n(0x20, pad));
    }
    out.extend_from_slice(cps);
    if left {
        out.extend(std::iter::repeat_n(0x20, pad));
    }
}

/// Appends a number's text (sign first, then any `0x` prefix) padded to
/// `width`: spaces, or zeros after the sign and prefix with the `0` flag.
fn pad_number(out: &mut Vec<u32>, body: &str, width: usize, flags: &Flags) {
    let len = body.chars().count();
    let pad = width.saturating_sub(len);
    if pad == 0 || flags.left {
        out.extend(body.chars().map(u32::from));
        out.extend(std::iter::repeat_n(0x20, pad));
        return;
    }
    if !flags.zero {
        out.extend(std::iter::repeat_n(0x20, pad));
        out.extend(body.chars().map(u32::from));
        return;
    }
    let bytes = body.as_bytes();
    let mut head = 0;
    if matches!(bytes.first(), Some(b'-' | b'+' | b' ')) {
        head = 1;
    }
    if bytes.len() >= head + 2
        && bytes[head] == b'0'
        && matches!(bytes[head + 1], b'x' | b'X' | b'o')
    {
        head += 2;
    }
    out.extend(body[..head].chars().map(u32::from));
    out.extend(std::iter::repeat_n(0x30, pad));
    out.extend(body[head..].chars().map(u32::from));
}

/// The byte of a bytes `%c` conversion: an int in `range(256)` or a bytes or
/// bytearray of length 1.
fn byte_arg(arg: Value) -> R<u8> {
    if crate::bytes::is_bytes(arg) || crate::bytes::is_bytearray(arg) {
        let b = crate::bytes::contents(arg);
        if b.len() == 1 {
            return Ok(b[0]);
        }
    } else if is_int(arg) {
        return match to_bigint(arg).to_u8() {
            Some(c) => Ok(c),
            None => err(TypeId::OverflowError, "%c arg not in range(256)"),
        };
    }
    type_error("%c requires an integer in range(256) or a single byte")
}

fn char_arg(arg: Value) -> R<u32> {
    if is_str(arg) {
        let d = str_data(arg);
        if d.len == 1 {
            return Ok(d.get(0));
        }
    } else if is_int(arg) {
        return match to_bigint(arg).to_u32() {
            Some(c) if c < 0x110000 => Ok(c),
            _ => err(TypeId::OverflowError, "%c arg not in range(0x110000)"),
        };
    }
    type_error("%c requires int or char")
}

fn int_arg(arg: Value, conv: char) -> R<BigInt> {
    if is_int(arg) {
        return Ok(to_bigint(arg));
    }
    if matches!(conv, 'd' | 'i' | 'u') {
        if arg.is_float() {
            let v = crate::builtins_more::float_to_int(arg.as_float())?;
            return Ok(to_bigint(v.v()));
        }
        return type_error(format!(
            "%{conv} format: a real number is required, not {}",
            type_name(arg)
        ));
    }
    type_error(format!(
        "%{conv} format: an integer is required, not {}",
        type_name(arg)
    ))
}

/// The text of an integer conversion before padding: sign, prefix, digits
/// (zero-extended to the precision).
fn int_body(n: &BigInt, conv: char, flags: &Flags, prec: Option<usize>) -> R<String> {
    let mag = n.abs();
    let mut digits = match conv {
        'x' => mag.to_str_radix(16),
        'X' => mag.to_str_radix(16).to_ascii_uppercase(),
        'o' => mag.to_str_radix(8),
        _ => {
            let v = crate::int::from_bigint(mag);
            crate::repr::int_text(v.v())?
        }
    };
    if let Some(p) = prec {
        if digits.len() < p {
            digits = "0".repeat(p - digits.len()) + &digits;
        }
    }
    let sign = if n.is_negative() {
        "-"
    } else if flags.plus {
        "+"
    } else if flags.space {
        " "
    } else {
        ""
    };
    let prefix = match (flags.alt, conv) {
        (true, 'x') => "0x",
        (true, 'X') => "0X",
        (true, 'o') => "0o",
        _ => "",
    };
    Ok(format!("{sign}{prefix}{digits}"))
}

#[cfg(test)]
#[allow(clippy::approx_constant)]
mod tests {
    use crate::args::testing::*;
    use crate::value::{none, Owned};

    fn fmt(v: &Owned, spec: &str) -> String {
        show(super::format(v.v(), s(spec).v()))
    }

    fn pct(f: &str, args: &Owned) -> String {
        show(super::percent_format(s(f).v(), args.v()))
    }

    #[test]
    fn format_dispatch() {
        let _g = setup();
        let t = Owned::from(true);
        assert_eq!(fmt(&t, ""), "'True'");
        assert_eq!(fmt(&t, "d"), "'1'");
        assert_eq!(fmt(&t, ">5"), "'    1'");
        assert_eq!(
            fmt(&t, "q"),
            "ValueError: Unknown format code 'q' for object of type 'bool'"
        );
        assert_eq!(
            fmt(&i(1), "q"),
            "ValueError: Unknown format code 'q' for object of type 'int'"
        );
        assert_eq!(fmt(&i(3), "c"), "'\\x03'");
        assert_eq!(fmt(&i(1234567), ","), "'1,234,567'");
        assert_eq!(
            fmt(&f(1.5), "x"),
            "ValueError: Unknown format code 'x' for object of type 'float'"
        );
        assert_eq!(fmt(&f(1.0), ""), "'1.0'");
        assert_eq!(fmt(&f(3.14159), ".2f"), "'3.14'");
        assert_eq!(fmt(&f(1.5), "%"), "'150.000000%'");
        assert_eq!(fmt(&f(-0.0), "z"), "'0.0'");
        assert_eq!(fmt(&s("ab"), ">5"), "'   ab'");
        assert_eq!(
            fmt(&s("a"), "d"),
            "ValueError: Unknown format code 'd' for object of type 'str'"
        );
        assert_eq!(
            fmt(&s("a"), "=5"),
            "ValueError: '=' alignment not allowed in string format specifier"
        );
        assert_eq!(fmt(&list(&[&i(1)]), ""), "'[1]'");
        assert_eq!(
            fmt(&list(&[&i(1)]), "x"),
            "TypeError: unsupported format string passed to list.__format__"
        );
        assert_eq!(
            fmt(&none(), "x"),
            "TypeError: unsupported format string passed to NoneType.__format__"
        );
        assert_eq!(fmt(&none(), ""), "'None'");
        assert_eq!(show(super::ascii(s("é\n").v())), "\"'\\\\xe9\\\\n'\"");
        assert_eq!(
            show(super::ascii(list(&[&s("\u{1F600}ā")]).v())),
            "\"['\\\\U0001f600\\\\u0101']\""
        );
    }

    #[test]
    fn percent_basics() {
        let _g = setup();
        let args = tuple(&[&s("a"), &i(3), &f(3.14159), &i(255), &s("b")]);
        assert_eq!(pct("%s %d %5.2f %x %r %%", &args), "\"a 3  3.14 ff 'b' %\"");
        assert_eq!(pct("%s", &i(5)), "'5'");
        assert_eq!(
            pct("%s %s", &tuple(&[&i(1)])),
            "TypeError: not enough arguments for format string"
        );
        assert_eq!(
            pct("%s", &tuple(&[&i(1), &i(2)])),
            "TypeError: not all arguments converted during string formatting"
        );
        assert_eq!(
            pct("%d", &s("a")),
            "TypeError: %d format: a real number is required, not str"
        );
        assert_eq!(pct("%s", &list(&[&i(1), &i(2)])), "'[1, 2]'");
        assert_eq!(pct("%s", &tuple(&[&i(1)])), "'1'");
        assert_eq!(
            pct("%5s|%-5s|", &tuple(&[&s("a"), &s("b")])),
            "'    a|b    |'"
        );
        assert_eq!(pct("%05d", &i(-42)), "'-0042'");
        assert_eq!(pct("%+d % d", &tuple(&[&i(5), &i(5)])), "'+5  5'");
        let xs = tuple(&[&i(255), &i(255), &i(8), &i(255), &i(8)]);
        assert_eq!(pct("%x %X %o %#x %#o", &xs), "'ff FF 10 0xff 0o10'");
        let es = tuple(&[&f(12345.678), &f(0.0001), &f(1e-5), &f(1e20)]);
        assert_eq!(
            pct("%e %E %g %G", &es),
            "'1.234568e+04 1.000000E-04 1e-05 1E+20'"
        );
        assert_eq!(pct("%c%c", &tuple(&[&s("a"), &i(98)])), "'ab'");
        assert_eq!(pct("%i %u", &tuple(&[&i(3), &i(4)])), "'3 4'");
        assert_eq!(pct("%.3s", &s("abcdef")), "'abc'");
        assert_eq!(pct("%*d", &tuple(&[&i(5), &i(3)])), "'    3'");
        assert_eq!(
            pct("%-*.*f|", &tuple(&[&i(8), &i(2), &f(3.14159)])),
            "'3.14    |'"
        );
        assert_eq!(pct("%*s|", &tuple(&[&i(-5), &s("a")])), "'a    |'");
        assert_eq!(pct("%.*s|", &tuple(&[&i(-1), &s("abc")])), "'|'");
        assert_eq!(pct("%d", &f(3.7)), "'3'");
        assert_eq!(
            pct("%x", &f(3.7)),
            "TypeError: %x format: an integer is required, not float"
        );
        assert_eq!(
            pct("%s %", &tuple(&[&i(1)])),
            "ValueError: incomplete format"
        );
        assert_eq!(
            pct("%z", &i(1)),
            "ValueError: unsupported format character 'z' (0x7a) at index 1"
        );
        assert_eq!(
            pct("%é", &i(1)),
            "ValueError: unsupported format character '?' (0xe9) at index 1"
        );
        assert_eq!(
            pct("%5%", &tuple(&[&i(1)])),
            "ValueError: unsupported format character '%' (0x25) at index 2"
        );
        assert_eq!(
            pct("%5%", &tuple(&[])),
            "TypeError: not enough arguments for format string"
        );
        assert_eq!(pct("%%", &tuple(&[])), "'%'");
        assert_eq!(
            pct("abc", &i(5)),
            "TypeError: not all arguments converted during string formatting"
        );
        assert_eq!(pct("abc", &list(&[&i(1)])), "'abc'");
        assert_eq!(pct("%c", &s("ab")), "TypeError: %c requires int or char");
        assert_eq!(
            pct("%c", &i(0x110000)),
            "OverflowError: %c arg not in range(0x110000)"
        );
        assert_eq!(
            pct("%3c|%-3c|%03c|", &tuple(&[&s("a"), &i(97), &s("a")])),
            "'  a|a  |  a|'"
        );
        assert_eq!(
            pct("%f", &s("a")),
            "TypeError: must be real number, not str"
        );
        assert_eq!(
            pct("%*d", &tuple(&[&s("a"), &i(1)])),
            "TypeError: * wants int"
        );
        let big = crate::int::from_bigint(num_bigint::BigInt::from(1) << 2000);
        assert_eq!(
            pct("%e", &big),
            "OverflowError: int too large to convert to float"
        );
        assert_eq!(
            pct("%d", &f(f64::INFINITY)),
            "OverflowError: cannot convert float infinity to integer"
        );
    }

    #[test]
    fn percent_numbers() {
        let _g = setup();
        assert_eq!(pct("%.2d", &i(5)), "'05'");
        assert_eq!(pct("%10.4f|", &f(-3.14159)), "'   -3.1416|'");
        assert_eq!(pct("%f", &f(f64::INFINITY)), "'inf'");
        assert_eq!(pct("%010f", &f(f64::INFINITY)), "'0000000inf'");
        assert_eq!(pct("%-010f|", &f(f64::NAN)), "'nan       |'");
        assert_eq!(pct("%+010.2f", &f(3.14159)), "'+000003.14'");
        assert_eq!(pct("%#.0f", &i(3)), "'3.'");
        assert_eq!(pct("%#.3g", &i(1)), "'1.00'");
        assert_eq!(pct("%#x", &i(-255)), "'-0xff'");
        assert_eq!(pct("%#010x", &i(255)), "'0x000000ff'");
        assert_eq!(pct("%#-10x|", &i(255)), "'0xff      |'");
        assert_eq!(pct("% 05d", &i(42)), "' 0042'");
        assert_eq!(pct("%.3x", &i(5)), "'005'");
        assert_eq!(pct("%10.5d|", &i(-42)), "'    -00042|'");
        assert_eq!(pct("%#5.3x", &i(17)), "'0x011'");
        assert_eq!(pct("%#.3o", &i(8)), "'0o010'");
        assert_eq!(pct("%08.3d", &i(5)), "'00000005'");
        assert_eq!(pct("%-08d|", &i(5)), "'5       |'");
        assert_eq!(pct("%.0f %.0f", &tuple(&[&f(0.5), &f(1.5)])), "'0 2'");
        assert_eq!(pct("%d", &Owned::from(true)), "'1'");
        assert_eq!(pct("%s", &Owned::from(true)), "'True'");
        assert_eq!(pct("%x", &i(-255)), "'-ff'");
        assert_eq!(
            pct("%g %g", &tuple(&[&i(100000), &i(1000000)])),
            "'100000 1e+06'"
        );
        assert_eq!(pct("%.2f", &i(1 << 60)), "'1152921504606846976.00'");
        assert_eq!(
            pct("%F %G", &tuple(&[&f(f64::INFINITY), &f(f64::NAN)])),
            "'INF NAN'"
        );
        assert_eq!(pct("%5.1f%%", &f(99.55)), "' 99.5%'");
        assert_eq!(pct("%+.2e", &i(12345)), "'+1.23e+04'");
        assert_eq!(pct("%010.3f", &f(-1.5)), "'-00001.500'");
        assert_eq!(pct("%r", &f(1e16)), "'1e+16'");
        assert_eq!(pct("%.1s", &f(1.5)), "'1'");
    }

    #[test]
    fn percent_mappings() {
        let _g = setup();
        let d = crate::dict::new_dict();
        crate::dict::dict_set(d.v(), s("a"), i(1)).unwrap();
        crate::dict::dict_set(d.v(), s("b"), i(2)).unwrap();
        assert_eq!(pct("%(a)s %(b)d", &d), "'1 2'");
        assert_eq!(pct("%(a)s %(a)r", &d), "'1 1'");
        assert_eq!(pct("%s", &d), "\"{'a': 1, 'b': 2}\"");
        assert_eq!(pct("%s %(a)s", &d), "\"{'a': 1, 'b': 2} 1\"");
        assert_eq!(
            pct("%(a)s %s", &d),
            "TypeError: not enough arguments for format string"
        );
        assert_eq!(
            pct("%d %d", &d),
            "TypeError: %d format: a real number is required, not dict"
        );
        assert_eq!(
            pct("%(a)*d", &d),
            "TypeError: not enough arguments for format string"
        );
        assert_eq!(pct("%(z)s", &d), "KeyError: 'z'");
        assert_eq!(pct("%(a", &d), "ValueError: incomplete format key");
        assert_eq!(pct("%(a)", &d), "ValueError: incomplete format");
        assert_eq!(pct("%(a)s", &i(5)), "TypeError: format requires a mapping");
        assert_eq!(
            pct("%(x)s", &tuple(&[&list(&[])])),
            "TypeError: format requires a mapping"
        );
        assert_eq!(
            pct("%(x)s", &list(&[])),
            "TypeError: list indices must be integers or slices, not str"
        );
        assert_eq!(pct("abc", &d), "'abc'");
    }
}
