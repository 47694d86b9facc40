//! `format(s, spec)` / `str.__format__` for `str` values: the format-spec
//! mini-language `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`
//! with CPython 3.12's parsing order and error messages.

use super::unicode::decimal_value;
use std::fmt;

/// Failure of [`format_str_cp`]: CPython raises `ValueError(msg)` or `MemoryError`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatError {
    /// `ValueError` with this message.
    Value(String),
    /// `MemoryError` (the requested width cannot be allocated).
    Memory,
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatError::Value(m) => f.write_str(m),
            FormatError::Memory => f.write_str("MemoryError"),
        }
    }
}

fn value_err<T>(msg: impl Into<String>) -> Result<T, FormatError> {
    Err(FormatError::Value(msg.into()))
}

/// Thousands-separator request in a spec.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Grouping {
    None,
    Comma,
    Underscore,
}

/// Parsed spec (the fields `str` formatting cares about, plus those it rejects).
struct Spec {
    fill: u32,
    align: Option<u32>,
    sign: Option<u32>,
    no_neg_zero: bool,
    alternate: bool,
    width: Option<u64>,
    precision: Option<u64>,
    ty: u32,
}

fn is_align(c: u32) -> bool {
    matches!(c, 0x3C | 0x3E | 0x3D | 0x5E) // < > = ^
}

/// How CPython quotes a presentation type in messages: the character itself when
/// it is a printable ASCII other than space, else `\x` + lowercase hex.
fn type_text(c: u32) -> String {
    match char::from_u32(c) {
        Some(ch) if c > 32 && c < 128 => ch.to_string(),
        _ => format!("\\x{c:x}"),
    }
}

/// Reads decimal digits (any Unicode decimal digit, as CPython) starting at `*pos`.
/// Returns `None` when there are none.
fn get_integer(spec: &[u32], pos: &mut usize) -> Result<Option<u64>, FormatError> {
    const MAX: u64 = i64::MAX as u64;
    let start = *pos;
    let mut acc: u64 = 0;
    while let Some(d) = spec.get(*pos).and_then(|&c| decimal_value(c)) {
        let d = u64::from(d);
        if acc > (MAX - d) / 10 {
            return value_err("Too many decimal digits in format string");
        }
        acc = acc * 10 + d;
        *pos += 1;
    }
    Ok((*pos > start).then_some(acc))
}

fn parse(spec: &[u32]) -> Result<Spec, FormatError> {
    let n = spec.len();
    let mut pos = 0;
    let mut out = Spec {
        fill: 0x20,
        align: None,
        sign: None,
        no_neg_zero: false,
        alternate: false,
        width: None,
        precision: None,
        ty: u32::from(b's'),
    };
    let mut fill_given = false;
    if n >= 2 && is_align(spec[1]) {
        out.fill = spec[0];
        out.align = Some(spec[1]);
        fill_given = true;
        pos = 2;
    } else if n >= 1 && is_align(spec[0]) {
        out.align = Some(spec[0]);
        pos = 1;
    }
    let at = |pos: usize| spec.get(pos).copied();
    if let Some(c @ (0x2B | 0x2D | 0x20)) = at(pos) {
        out.sign = Some(c);
        pos += 1;
    }
    if at(pos) == Some(u32::from(b'z')) {
        out.no_neg_zero = true;
        pos += 1;
    }
    if at(pos) == Some(u32::from(b'#')) {
        out.alternate = true;
        pos += 1;
    }
    // Zero padding shorthand; for str the default alignment stays '<'.
    if !fill_given && at(pos) == Some(u32::from(b'0')) {
        out.fill = u32::from(b'0');
        pos += 1;
    }
    out.width = get_integer(spec, &mut pos)?;
    let mut grouping = Grouping::None;
    if at(pos) == Some(u32::from(b',')) {
        grouping = Grouping::Comma;
        pos += 1;
    }
    if at(pos) == Some(u32::from(b'_')) {
        if grouping != Grouping::None {
            return value_err("Cannot specify both ',' and '_'.");
        }
        grouping = Grouping::Underscore;
        pos += 1;
    }
    if at(pos) == Some(u32::from(b',')) && grouping == Grouping::Underscore {
        return value_err("Cannot specify both ',' and '_'.");
    }
    if at(pos) == Some(u32::from(b'.')) {
        pos += 1;
        out.precision = get_integer(spec, &mut pos)?;
        if out.precision.is_none() {
            return value_err("Format specifier missing precision");
        }
    }
    if n - pos > 1 {
        let text: String = spec
            .iter()
            .map(|&c| char::from_u32(c).unwrap_or('\u{FFFD}'))
            .collect();
        return value_err(format!(
            "Invalid format specifier '{text}' for object of type 'str'"
        ));
    }
    if n - pos == 1 {
        out.ty = spec[pos];
    }
    if grouping != Grouping::None {
        let allowed = match char::from_u32(out.ty) {
            Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0') => true,
            Some('b' | 'o' | 'x' | 'X') => grouping == Grouping::Underscore,
            _ => false,
        };
        if !allowed {
            let sep = if grouping == Grouping::Comma {
                ','
            } else {
                '_'
            };
            return value_err(format!(
                "Cannot specify '{sep}' with '{}'.",
                type_text(out.ty)
            ));
        }
    }
    Ok(out)
}

/// `format(s, spec)` with the spec as code points (so the fill may be any code point,
/// lone surrogates included).
pub fn format_str_cp(s: &[u32], spec: &[u32]) -> Result<Vec<u32>, FormatError> {
    if spec.is_empty() {
        return Ok(s.to_vec());
    }
    let spec = parse(spec)?;
    if spec.ty != u32::from(b's') {
        return value_err(format!(
            "Unknown format code '{}' for object of type 'str'",
            type_text(spec.ty)
        ));
    }
    match spec.sign {
        Some(0x20) => return value_err("Space not allowed in string format specifier"),
        Some(_) => return value_err("Sign not allowed in string format specifier"),
        None => {}
    }
    if spec.no_neg_zero {
        return value_err("Negative zero coercion (z) not allowed in string format specifier");
    }
    if spec.alternate {
        return value_err("Alternate form (#) not allowed in string format specifier");
    }
    if spec.align == Some(u32::from(b'=')) {
        return value_err("'=' alignment not allowed in string format specifier");
    }
    let len = match spec.precision {
        Some(p) => s.len().min(usize::try_from(p).unwrap_or(usize::MAX)),
        None => s.len(),
    };
    let body = &s[..len];
    let width = spec.width.unwrap_or(0);
    if width <= len as u64 {
        return Ok(body.to_vec());
    }
    let total = usize::try_from(width).map_err(|_| FormatError::Memory)?;
    let pad = total - len;
    let left = match spec.align.and_then(char::from_u32) {
        Some('>') => pad,
        Some('^') => pad / 2,
        _ => 0,
    };
    let mut out = Vec::new();
    out.try_reserve_exact(total)
        .map_err(|_| FormatError::Memory)?;
    out.resize(left, spec.fill);
    out.extend_from_slice(body);
    out.resize(total, spec.fill);
    Ok(out)
}

/// `format(s, spec)` for a `str` value.  `Err` holds the `ValueError` message (or
/// `"MemoryError"` when the width cannot be allocated; use [`format_str_cp`] to tell
/// the two apart).
pub fn format_str(s: &[u32], spec: &str) -> Result<Vec<u32>, String> {
    let spec: Vec<u32> = spec.chars().map(u32::from).collect();
    format_str_cp(s, &spec).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Code points of a test literal; `\u{10FFFD}` + four hex digits is a lone surrogate.
    fn w(s: &str) -> Vec<u32> {
        let mut out = Vec::new();
        let mut it = s.chars();
        while let Some(ch) = it.next() {
            if ch == '\u{10FFFD}' {
                let hex: String = it.by_ref().take(4).collect();
                out.push(u32::from_str_radix(&hex, 16).unwrap());
            } else {
                out.push(ch as u32);
            }
        }
        out
    }

    /// (value, spec, Ok(result) / Err(ValueError message)) from python3.12.
    type Row = (
        &'static str,
        &'static str,
        Result<&'static str, &'static str>,
    );
    const CASES: &[Row] = &[
        ("abc", "", Ok("abc")),
        ("", "", Ok("")),
        ("ab", "", Ok("ab")),
        ("a", "", Ok("a")),
        ("𝔘\u{10FFFD}D800", "", Ok("𝔘\u{10FFFD}D800")),
        ("é\u{301}x", "", Ok("é\u{301}x")),
        ("😀😀😀", "", Ok("😀😀😀")),
        ("abc", "s", Ok("abc")),
        ("", "s", Ok("")),
        ("ab", "s", Ok("ab")),
        ("a", "s", Ok("a")),
        ("𝔘\u{10FFFD}D800", "s", Ok("𝔘\u{10FFFD}D800")),
        ("é\u{301}x", "s", Ok("é\u{301}x")),
        ("😀😀😀", "s", Ok("😀😀😀")),
        ("abc", "10", Ok("abc       ")),
        ("", "10", Ok("          ")),
        ("ab", "10", Ok("ab        ")),
        ("a", "10", Ok("a         ")),
        ("𝔘\u{10FFFD}D800", "10", Ok("𝔘\u{10FFFD}D800        ")),
        ("é\u{301}x", "10", Ok("é\u{301}x       ")),
        ("😀😀😀", "10", Ok("😀😀😀       ")),
        ("abc", "<10", Ok("abc       ")),
        ("", "<10", Ok("          ")),
        ("ab", "<10", Ok("ab        ")),
        ("a", "<10", Ok("a         ")),
        ("𝔘\u{10FFFD}D800", "<10", Ok("𝔘\u{10FFFD}D800        ")),
        ("é\u{301}x", "<10", Ok("é\u{301}x       ")),
        ("😀😀😀", "<10", Ok("😀😀😀       ")),
        ("abc", ">10", Ok("       abc")),
        ("", ">10", Ok("          ")),
        ("ab", ">10", Ok("        ab")),
        ("a", ">10", Ok("         a")),
        ("𝔘\u{10FFFD}D800", ">10", Ok("        𝔘\u{10FFFD}D800")),
        ("é\u{301}x", ">10", Ok("       é\u{301}x")),
        ("😀😀😀", ">10", Ok("       😀😀😀")),
        ("abc", "^10", Ok("   abc    ")),
        ("", "^10", Ok("          ")),
        ("ab", "^10", Ok("    ab    ")),
        ("a", "^10", Ok("    a     ")),
        ("𝔘\u{10FFFD}D800", "^10", Ok("    𝔘\u{10FFFD}D800    ")),
        ("é\u{301}x", "^10", Ok("   é\u{301}x    ")),
        ("😀😀😀", "^10", Ok("   😀😀😀    ")),
        ("abc", "^9", Ok("   abc   ")),
        ("", "^9", Ok("         ")),
        ("ab", "^9", Ok("   ab    ")),
        ("a", "^9", Ok("    a    ")),
        ("𝔘\u{10FFFD}D800", "^9", Ok("   𝔘\u{10FFFD}D800    ")),
        ("é\u{301}x", "^9", Ok("   é\u{301}x   ")),
        ("😀😀😀", "^9", Ok("   😀😀😀   ")),
        ("abc", "*^9", Ok("***abc***")),
        ("", "*^9", Ok("*********")),
        ("ab", "*^9", Ok("***ab****")),
        ("a", "*^9", Ok("****a****")),
        ("𝔘\u{10FFFD}D800", "*^9", Ok("***𝔘\u{10FFFD}D800****")),
        ("é\u{301}x", "*^9", Ok("***é\u{301}x***")),
        ("😀😀😀", "*^9", Ok("***😀😀😀***")),
        (
            "abc",
            "=10",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        (
            "",
            "=10",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        (
            "ab",
            "=10",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        (
            "a",
            "=10",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "=10",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        (
            "é\u{301}x",
            "=10",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        (
            "😀😀😀",
            "=10",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        (
            "abc",
            "+",
            Err("Sign not allowed in string format specifier"),
        ),
        ("", "+", Err("Sign not allowed in string format specifier")),
        (
            "ab",
            "+",
            Err("Sign not allowed in string format specifier"),
        ),
        ("a", "+", Err("Sign not allowed in string format specifier")),
        (
            "𝔘\u{10FFFD}D800",
            "+",
            Err("Sign not allowed in string format specifier"),
        ),
        (
            "é\u{301}x",
            "+",
            Err("Sign not allowed in string format specifier"),
        ),
        (
            "😀😀😀",
            "+",
            Err("Sign not allowed in string format specifier"),
        ),
        (
            "abc",
            "-",
            Err("Sign not allowed in string format specifier"),
        ),
        ("", "-", Err("Sign not allowed in string format specifier")),
        (
            "ab",
            "-",
            Err("Sign not allowed in string format specifier"),
        ),
        ("a", "-", Err("Sign not allowed in string format specifier")),
        (
            "𝔘\u{10FFFD}D800",
            "-",
            Err("Sign not allowed in string format specifier"),
        ),
        (
            "é\u{301}x",
            "-",
            Err("Sign not allowed in string format specifier"),
        ),
        (
            "😀😀😀",
            "-",
            Err("Sign not allowed in string format specifier"),
        ),
        (
            "abc",
            " ",
            Err("Space not allowed in string format specifier"),
        ),
        ("", " ", Err("Space not allowed in string format specifier")),
        (
            "ab",
            " ",
            Err("Space not allowed in string format specifier"),
        ),
        (
            "a",
            " ",
            Err("Space not allowed in string format specifier"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            " ",
            Err("Space not allowed in string format specifier"),
        ),
        (
            "é\u{301}x",
            " ",
            Err("Space not allowed in string format specifier"),
        ),
        (
            "😀😀😀",
            " ",
            Err("Space not allowed in string format specifier"),
        ),
        (
            "abc",
            "z",
            Err("Negative zero coercion (z) not allowed in string format specifier"),
        ),
        (
            "",
            "z",
            Err("Negative zero coercion (z) not allowed in string format specifier"),
        ),
        (
            "ab",
            "z",
            Err("Negative zero coercion (z) not allowed in string format specifier"),
        ),
        (
            "a",
            "z",
            Err("Negative zero coercion (z) not allowed in string format specifier"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "z",
            Err("Negative zero coercion (z) not allowed in string format specifier"),
        ),
        (
            "é\u{301}x",
            "z",
            Err("Negative zero coercion (z) not allowed in string format specifier"),
        ),
        (
            "😀😀😀",
            "z",
            Err("Negative zero coercion (z) not allowed in string format specifier"),
        ),
        (
            "abc",
            "#",
            Err("Alternate form (#) not allowed in string format specifier"),
        ),
        (
            "",
            "#",
            Err("Alternate form (#) not allowed in string format specifier"),
        ),
        (
            "ab",
            "#",
            Err("Alternate form (#) not allowed in string format specifier"),
        ),
        (
            "a",
            "#",
            Err("Alternate form (#) not allowed in string format specifier"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "#",
            Err("Alternate form (#) not allowed in string format specifier"),
        ),
        (
            "é\u{301}x",
            "#",
            Err("Alternate form (#) not allowed in string format specifier"),
        ),
        (
            "😀😀😀",
            "#",
            Err("Alternate form (#) not allowed in string format specifier"),
        ),
        ("abc", "0", Ok("abc")),
        ("", "0", Ok("")),
        ("ab", "0", Ok("ab")),
        ("a", "0", Ok("a")),
        ("𝔘\u{10FFFD}D800", "0", Ok("𝔘\u{10FFFD}D800")),
        ("é\u{301}x", "0", Ok("é\u{301}x")),
        ("😀😀😀", "0", Ok("😀😀😀")),
        ("abc", "05", Ok("abc00")),
        ("", "05", Ok("00000")),
        ("ab", "05", Ok("ab000")),
        ("a", "05", Ok("a0000")),
        ("𝔘\u{10FFFD}D800", "05", Ok("𝔘\u{10FFFD}D800000")),
        ("é\u{301}x", "05", Ok("é\u{301}x00")),
        ("😀😀😀", "05", Ok("😀😀😀00")),
        ("abc", "010", Ok("abc0000000")),
        ("", "010", Ok("0000000000")),
        ("ab", "010", Ok("ab00000000")),
        ("a", "010", Ok("a000000000")),
        ("𝔘\u{10FFFD}D800", "010", Ok("𝔘\u{10FFFD}D80000000000")),
        ("é\u{301}x", "010", Ok("é\u{301}x0000000")),
        ("😀😀😀", "010", Ok("😀😀😀0000000")),
        ("abc", "<05", Ok("abc00")),
        ("", "<05", Ok("00000")),
        ("ab", "<05", Ok("ab000")),
        ("a", "<05", Ok("a0000")),
        ("𝔘\u{10FFFD}D800", "<05", Ok("𝔘\u{10FFFD}D800000")),
        ("é\u{301}x", "<05", Ok("é\u{301}x00")),
        ("😀😀😀", "<05", Ok("😀😀😀00")),
        ("abc", "0<5", Ok("abc00")),
        ("", "0<5", Ok("00000")),
        ("ab", "0<5", Ok("ab000")),
        ("a", "0<5", Ok("a0000")),
        ("𝔘\u{10FFFD}D800", "0<5", Ok("𝔘\u{10FFFD}D800000")),
        ("é\u{301}x", "0<5", Ok("é\u{301}x00")),
        ("😀😀😀", "0<5", Ok("😀😀😀00")),
        ("abc", "00", Ok("abc")),
        ("", "00", Ok("")),
        ("ab", "00", Ok("ab")),
        ("a", "00", Ok("a")),
        ("𝔘\u{10FFFD}D800", "00", Ok("𝔘\u{10FFFD}D800")),
        ("é\u{301}x", "00", Ok("é\u{301}x")),
        ("😀😀😀", "00", Ok("😀😀😀")),
        ("abc", ",", Err("Cannot specify ',' with 's'.")),
        ("", ",", Err("Cannot specify ',' with 's'.")),
        ("ab", ",", Err("Cannot specify ',' with 's'.")),
        ("a", ",", Err("Cannot specify ',' with 's'.")),
        ("𝔘\u{10FFFD}D800", ",", Err("Cannot specify ',' with 's'.")),
        ("é\u{301}x", ",", Err("Cannot specify ',' with 's'.")),
        ("😀😀😀", ",", Err("Cannot specify ',' with 's'.")),
        ("abc", "_", Err("Cannot specify '_' with 's'.")),
        ("", "_", Err("Cannot specify '_' with 's'.")),
        ("ab", "_", Err("Cannot specify '_' with 's'.")),
        ("a", "_", Err("Cannot specify '_' with 's'.")),
        ("𝔘\u{10FFFD}D800", "_", Err("Cannot specify '_' with 's'.")),
        ("é\u{301}x", "_", Err("Cannot specify '_' with 's'.")),
        ("😀😀😀", "_", Err("Cannot specify '_' with 's'.")),
        ("abc", ",s", Err("Cannot specify ',' with 's'.")),
        ("", ",s", Err("Cannot specify ',' with 's'.")),
        ("ab", ",s", Err("Cannot specify ',' with 's'.")),
        ("a", ",s", Err("Cannot specify ',' with 's'.")),
        ("𝔘\u{10FFFD}D800", ",s", Err("Cannot specify ',' with 's'.")),
        ("é\u{301}x", ",s", Err("Cannot specify ',' with 's'.")),
        ("😀😀😀", ",s", Err("Cannot specify ',' with 's'.")),
        ("abc", "_s", Err("Cannot specify '_' with 's'.")),
        ("", "_s", Err("Cannot specify '_' with 's'.")),
        ("ab", "_s", Err("Cannot specify '_' with 's'.")),
        ("a", "_s", Err("Cannot specify '_' with 's'.")),
        ("𝔘\u{10FFFD}D800", "_s", Err("Cannot specify '_' with 's'.")),
        ("é\u{301}x", "_s", Err("Cannot specify '_' with 's'.")),
        ("😀😀😀", "_s", Err("Cannot specify '_' with 's'.")),
        ("abc", ",_", Err("Cannot specify both ',' and '_'.")),
        ("", ",_", Err("Cannot specify both ',' and '_'.")),
        ("ab", ",_", Err("Cannot specify both ',' and '_'.")),
        ("a", ",_", Err("Cannot specify both ',' and '_'.")),
        (
            "𝔘\u{10FFFD}D800",
            ",_",
            Err("Cannot specify both ',' and '_'."),
        ),
        ("é\u{301}x", ",_", Err("Cannot specify both ',' and '_'.")),
        ("😀😀😀", ",_", Err("Cannot specify both ',' and '_'.")),
        ("abc", "_,", Err("Cannot specify both ',' and '_'.")),
        ("", "_,", Err("Cannot specify both ',' and '_'.")),
        ("ab", "_,", Err("Cannot specify both ',' and '_'.")),
        ("a", "_,", Err("Cannot specify both ',' and '_'.")),
        (
            "𝔘\u{10FFFD}D800",
            "_,",
            Err("Cannot specify both ',' and '_'."),
        ),
        ("é\u{301}x", "_,", Err("Cannot specify both ',' and '_'.")),
        ("😀😀😀", "_,", Err("Cannot specify both ',' and '_'.")),
        ("abc", ",,", Err("Cannot specify ',' with ','.")),
        ("", ",,", Err("Cannot specify ',' with ','.")),
        ("ab", ",,", Err("Cannot specify ',' with ','.")),
        ("a", ",,", Err("Cannot specify ',' with ','.")),
        ("𝔘\u{10FFFD}D800", ",,", Err("Cannot specify ',' with ','.")),
        ("é\u{301}x", ",,", Err("Cannot specify ',' with ','.")),
        ("😀😀😀", ",,", Err("Cannot specify ',' with ','.")),
        ("abc", "__", Err("Cannot specify '_' with '_'.")),
        ("", "__", Err("Cannot specify '_' with '_'.")),
        ("ab", "__", Err("Cannot specify '_' with '_'.")),
        ("a", "__", Err("Cannot specify '_' with '_'.")),
        ("𝔘\u{10FFFD}D800", "__", Err("Cannot specify '_' with '_'.")),
        ("é\u{301}x", "__", Err("Cannot specify '_' with '_'.")),
        ("😀😀😀", "__", Err("Cannot specify '_' with '_'.")),
        (
            "abc",
            "d",
            Err("Unknown format code 'd' for object of type 'str'"),
        ),
        (
            "",
            "d",
            Err("Unknown format code 'd' for object of type 'str'"),
        ),
        (
            "ab",
            "d",
            Err("Unknown format code 'd' for object of type 'str'"),
        ),
        (
            "a",
            "d",
            Err("Unknown format code 'd' for object of type 'str'"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "d",
            Err("Unknown format code 'd' for object of type 'str'"),
        ),
        (
            "é\u{301}x",
            "d",
            Err("Unknown format code 'd' for object of type 'str'"),
        ),
        (
            "😀😀😀",
            "d",
            Err("Unknown format code 'd' for object of type 'str'"),
        ),
        (
            "abc",
            "x",
            Err("Unknown format code 'x' for object of type 'str'"),
        ),
        (
            "",
            "x",
            Err("Unknown format code 'x' for object of type 'str'"),
        ),
        (
            "ab",
            "x",
            Err("Unknown format code 'x' for object of type 'str'"),
        ),
        (
            "a",
            "x",
            Err("Unknown format code 'x' for object of type 'str'"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "x",
            Err("Unknown format code 'x' for object of type 'str'"),
        ),
        (
            "é\u{301}x",
            "x",
            Err("Unknown format code 'x' for object of type 'str'"),
        ),
        (
            "😀😀😀",
            "x",
            Err("Unknown format code 'x' for object of type 'str'"),
        ),
        (
            "abc",
            "%",
            Err("Unknown format code '%' for object of type 'str'"),
        ),
        (
            "",
            "%",
            Err("Unknown format code '%' for object of type 'str'"),
        ),
        (
            "ab",
            "%",
            Err("Unknown format code '%' for object of type 'str'"),
        ),
        (
            "a",
            "%",
            Err("Unknown format code '%' for object of type 'str'"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "%",
            Err("Unknown format code '%' for object of type 'str'"),
        ),
        (
            "é\u{301}x",
            "%",
            Err("Unknown format code '%' for object of type 'str'"),
        ),
        (
            "😀😀😀",
            "%",
            Err("Unknown format code '%' for object of type 'str'"),
        ),
        (
            "abc",
            "ss",
            Err("Invalid format specifier 'ss' for object of type 'str'"),
        ),
        (
            "",
            "ss",
            Err("Invalid format specifier 'ss' for object of type 'str'"),
        ),
        (
            "ab",
            "ss",
            Err("Invalid format specifier 'ss' for object of type 'str'"),
        ),
        (
            "a",
            "ss",
            Err("Invalid format specifier 'ss' for object of type 'str'"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "ss",
            Err("Invalid format specifier 'ss' for object of type 'str'"),
        ),
        (
            "é\u{301}x",
            "ss",
            Err("Invalid format specifier 'ss' for object of type 'str'"),
        ),
        (
            "😀😀😀",
            "ss",
            Err("Invalid format specifier 'ss' for object of type 'str'"),
        ),
        ("abc", ".", Err("Format specifier missing precision")),
        ("", ".", Err("Format specifier missing precision")),
        ("ab", ".", Err("Format specifier missing precision")),
        ("a", ".", Err("Format specifier missing precision")),
        (
            "𝔘\u{10FFFD}D800",
            ".",
            Err("Format specifier missing precision"),
        ),
        ("é\u{301}x", ".", Err("Format specifier missing precision")),
        ("😀😀😀", ".", Err("Format specifier missing precision")),
        ("abc", ".2", Ok("ab")),
        ("", ".2", Ok("")),
        ("ab", ".2", Ok("ab")),
        ("a", ".2", Ok("a")),
        ("𝔘\u{10FFFD}D800", ".2", Ok("𝔘\u{10FFFD}D800")),
        ("é\u{301}x", ".2", Ok("é\u{301}")),
        ("😀😀😀", ".2", Ok("😀😀")),
        ("abc", ".0", Ok("")),
        ("", ".0", Ok("")),
        ("ab", ".0", Ok("")),
        ("a", ".0", Ok("")),
        ("𝔘\u{10FFFD}D800", ".0", Ok("")),
        ("é\u{301}x", ".0", Ok("")),
        ("😀😀😀", ".0", Ok("")),
        ("abc", "10.2", Ok("ab        ")),
        ("", "10.2", Ok("          ")),
        ("ab", "10.2", Ok("ab        ")),
        ("a", "10.2", Ok("a         ")),
        ("𝔘\u{10FFFD}D800", "10.2", Ok("𝔘\u{10FFFD}D800        ")),
        ("é\u{301}x", "10.2", Ok("é\u{301}        ")),
        ("😀😀😀", "10.2", Ok("😀😀        ")),
        ("abc", ".2s", Ok("ab")),
        ("", ".2s", Ok("")),
        ("ab", ".2s", Ok("ab")),
        ("a", ".2s", Ok("a")),
        ("𝔘\u{10FFFD}D800", ".2s", Ok("𝔘\u{10FFFD}D800")),
        ("é\u{301}x", ".2s", Ok("é\u{301}")),
        ("😀😀😀", ".2s", Ok("😀😀")),
        (
            "abc",
            "10.2x",
            Err("Unknown format code 'x' for object of type 'str'"),
        ),
        (
            "",
            "10.2x",
            Err("Unknown format code 'x' for object of type 'str'"),
        ),
        (
            "ab",
            "10.2x",
            Err("Unknown format code 'x' for object of type 'str'"),
        ),
        (
            "a",
            "10.2x",
            Err("Unknown format code 'x' for object of type 'str'"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "10.2x",
            Err("Unknown format code 'x' for object of type 'str'"),
        ),
        (
            "é\u{301}x",
            "10.2x",
            Err("Unknown format code 'x' for object of type 'str'"),
        ),
        (
            "😀😀😀",
            "10.2x",
            Err("Unknown format code 'x' for object of type 'str'"),
        ),
        (
            "abc",
            "é",
            Err("Unknown format code '\\xe9' for object of type 'str'"),
        ),
        (
            "",
            "é",
            Err("Unknown format code '\\xe9' for object of type 'str'"),
        ),
        (
            "ab",
            "é",
            Err("Unknown format code '\\xe9' for object of type 'str'"),
        ),
        (
            "a",
            "é",
            Err("Unknown format code '\\xe9' for object of type 'str'"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "é",
            Err("Unknown format code '\\xe9' for object of type 'str'"),
        ),
        (
            "é\u{301}x",
            "é",
            Err("Unknown format code '\\xe9' for object of type 'str'"),
        ),
        (
            "😀😀😀",
            "é",
            Err("Unknown format code '\\xe9' for object of type 'str'"),
        ),
        (
            "abc",
            "\u{1}",
            Err("Unknown format code '\\x1' for object of type 'str'"),
        ),
        (
            "",
            "\u{1}",
            Err("Unknown format code '\\x1' for object of type 'str'"),
        ),
        (
            "ab",
            "\u{1}",
            Err("Unknown format code '\\x1' for object of type 'str'"),
        ),
        (
            "a",
            "\u{1}",
            Err("Unknown format code '\\x1' for object of type 'str'"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "\u{1}",
            Err("Unknown format code '\\x1' for object of type 'str'"),
        ),
        (
            "é\u{301}x",
            "\u{1}",
            Err("Unknown format code '\\x1' for object of type 'str'"),
        ),
        (
            "😀😀😀",
            "\u{1}",
            Err("Unknown format code '\\x1' for object of type 'str'"),
        ),
        (
            "abc",
            "\u{7F}",
            Err("Unknown format code '\u{7F}' for object of type 'str'"),
        ),
        (
            "",
            "\u{7F}",
            Err("Unknown format code '\u{7F}' for object of type 'str'"),
        ),
        (
            "ab",
            "\u{7F}",
            Err("Unknown format code '\u{7F}' for object of type 'str'"),
        ),
        (
            "a",
            "\u{7F}",
            Err("Unknown format code '\u{7F}' for object of type 'str'"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "\u{7F}",
            Err("Unknown format code '\u{7F}' for object of type 'str'"),
        ),
        (
            "é\u{301}x",
            "\u{7F}",
            Err("Unknown format code '\u{7F}' for object of type 'str'"),
        ),
        (
            "😀😀😀",
            "\u{7F}",
            Err("Unknown format code '\u{7F}' for object of type 'str'"),
        ),
        (
            "abc",
            "\u{2028}",
            Err("Unknown format code '\\x2028' for object of type 'str'"),
        ),
        (
            "",
            "\u{2028}",
            Err("Unknown format code '\\x2028' for object of type 'str'"),
        ),
        (
            "ab",
            "\u{2028}",
            Err("Unknown format code '\\x2028' for object of type 'str'"),
        ),
        (
            "a",
            "\u{2028}",
            Err("Unknown format code '\\x2028' for object of type 'str'"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "\u{2028}",
            Err("Unknown format code '\\x2028' for object of type 'str'"),
        ),
        (
            "é\u{301}x",
            "\u{2028}",
            Err("Unknown format code '\\x2028' for object of type 'str'"),
        ),
        (
            "😀😀😀",
            "\u{2028}",
            Err("Unknown format code '\\x2028' for object of type 'str'"),
        ),
        ("abc", "٥", Ok("abc  ")),
        ("", "٥", Ok("     ")),
        ("ab", "٥", Ok("ab   ")),
        ("a", "٥", Ok("a    ")),
        ("𝔘\u{10FFFD}D800", "٥", Ok("𝔘\u{10FFFD}D800   ")),
        ("é\u{301}x", "٥", Ok("é\u{301}x  ")),
        ("😀😀😀", "٥", Ok("😀😀😀  ")),
        ("abc", "1٥", Ok("abc            ")),
        ("", "1٥", Ok("               ")),
        ("ab", "1٥", Ok("ab             ")),
        ("a", "1٥", Ok("a              ")),
        ("𝔘\u{10FFFD}D800", "1٥", Ok("𝔘\u{10FFFD}D800             ")),
        ("é\u{301}x", "1٥", Ok("é\u{301}x            ")),
        ("😀😀😀", "1٥", Ok("😀😀😀            ")),
        ("abc", ".٢", Ok("ab")),
        ("", ".٢", Ok("")),
        ("ab", ".٢", Ok("ab")),
        ("a", ".٢", Ok("a")),
        ("𝔘\u{10FFFD}D800", ".٢", Ok("𝔘\u{10FFFD}D800")),
        ("é\u{301}x", ".٢", Ok("é\u{301}")),
        ("😀😀😀", ".٢", Ok("😀😀")),
        ("abc", "٥<", Ok("abc")),
        ("", "٥<", Ok("")),
        ("ab", "٥<", Ok("ab")),
        ("a", "٥<", Ok("a")),
        ("𝔘\u{10FFFD}D800", "٥<", Ok("𝔘\u{10FFFD}D800")),
        ("é\u{301}x", "٥<", Ok("é\u{301}x")),
        ("😀😀😀", "٥<", Ok("😀😀😀")),
        (
            "abc",
            "9999999999999999999",
            Err("Too many decimal digits in format string"),
        ),
        (
            "",
            "9999999999999999999",
            Err("Too many decimal digits in format string"),
        ),
        (
            "ab",
            "9999999999999999999",
            Err("Too many decimal digits in format string"),
        ),
        (
            "a",
            "9999999999999999999",
            Err("Too many decimal digits in format string"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "9999999999999999999",
            Err("Too many decimal digits in format string"),
        ),
        (
            "é\u{301}x",
            "9999999999999999999",
            Err("Too many decimal digits in format string"),
        ),
        (
            "😀😀😀",
            "9999999999999999999",
            Err("Too many decimal digits in format string"),
        ),
        (
            "abc",
            ".9999999999999999999",
            Err("Too many decimal digits in format string"),
        ),
        (
            "",
            ".9999999999999999999",
            Err("Too many decimal digits in format string"),
        ),
        (
            "ab",
            ".9999999999999999999",
            Err("Too many decimal digits in format string"),
        ),
        (
            "a",
            ".9999999999999999999",
            Err("Too many decimal digits in format string"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            ".9999999999999999999",
            Err("Too many decimal digits in format string"),
        ),
        (
            "é\u{301}x",
            ".9999999999999999999",
            Err("Too many decimal digits in format string"),
        ),
        (
            "😀😀😀",
            ".9999999999999999999",
            Err("Too many decimal digits in format string"),
        ),
        ("abc", ".9223372036854775807", Ok("abc")),
        ("", ".9223372036854775807", Ok("")),
        ("ab", ".9223372036854775807", Ok("ab")),
        ("a", ".9223372036854775807", Ok("a")),
        (
            "𝔘\u{10FFFD}D800",
            ".9223372036854775807",
            Ok("𝔘\u{10FFFD}D800"),
        ),
        ("é\u{301}x", ".9223372036854775807", Ok("é\u{301}x")),
        ("😀😀😀", ".9223372036854775807", Ok("😀😀😀")),
        (
            "abc",
            "=",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        (
            "",
            "=",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        (
            "ab",
            "=",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        (
            "a",
            "=",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "=",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        (
            "é\u{301}x",
            "=",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        (
            "😀😀😀",
            "=",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        ("abc", "<", Ok("abc")),
        ("", "<", Ok("")),
        ("ab", "<", Ok("ab")),
        ("a", "<", Ok("a")),
        ("𝔘\u{10FFFD}D800", "<", Ok("𝔘\u{10FFFD}D800")),
        ("é\u{301}x", "<", Ok("é\u{301}x")),
        ("😀😀😀", "<", Ok("😀😀😀")),
        ("abc", "\u{0}<5", Ok("abc\u{0}\u{0}")),
        ("", "\u{0}<5", Ok("\u{0}\u{0}\u{0}\u{0}\u{0}")),
        ("ab", "\u{0}<5", Ok("ab\u{0}\u{0}\u{0}")),
        ("a", "\u{0}<5", Ok("a\u{0}\u{0}\u{0}\u{0}")),
        (
            "𝔘\u{10FFFD}D800",
            "\u{0}<5",
            Ok("𝔘\u{10FFFD}D800\u{0}\u{0}\u{0}"),
        ),
        ("é\u{301}x", "\u{0}<5", Ok("é\u{301}x\u{0}\u{0}")),
        ("😀😀😀", "\u{0}<5", Ok("😀😀😀\u{0}\u{0}")),
        ("abc", "x<5s", Ok("abcxx")),
        ("", "x<5s", Ok("xxxxx")),
        ("ab", "x<5s", Ok("abxxx")),
        ("a", "x<5s", Ok("axxxx")),
        ("𝔘\u{10FFFD}D800", "x<5s", Ok("𝔘\u{10FFFD}D800xxx")),
        ("é\u{301}x", "x<5s", Ok("é\u{301}xxx")),
        ("😀😀😀", "x<5s", Ok("😀😀😀xx")),
        (
            "abc",
            "z5",
            Err("Negative zero coercion (z) not allowed in string format specifier"),
        ),
        (
            "",
            "z5",
            Err("Negative zero coercion (z) not allowed in string format specifier"),
        ),
        (
            "ab",
            "z5",
            Err("Negative zero coercion (z) not allowed in string format specifier"),
        ),
        (
            "a",
            "z5",
            Err("Negative zero coercion (z) not allowed in string format specifier"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "z5",
            Err("Negative zero coercion (z) not allowed in string format specifier"),
        ),
        (
            "é\u{301}x",
            "z5",
            Err("Negative zero coercion (z) not allowed in string format specifier"),
        ),
        (
            "😀😀😀",
            "z5",
            Err("Negative zero coercion (z) not allowed in string format specifier"),
        ),
        (
            "abc",
            "+s",
            Err("Sign not allowed in string format specifier"),
        ),
        ("", "+s", Err("Sign not allowed in string format specifier")),
        (
            "ab",
            "+s",
            Err("Sign not allowed in string format specifier"),
        ),
        (
            "a",
            "+s",
            Err("Sign not allowed in string format specifier"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "+s",
            Err("Sign not allowed in string format specifier"),
        ),
        (
            "é\u{301}x",
            "+s",
            Err("Sign not allowed in string format specifier"),
        ),
        (
            "😀😀😀",
            "+s",
            Err("Sign not allowed in string format specifier"),
        ),
        ("abc", "+,", Err("Cannot specify ',' with 's'.")),
        ("", "+,", Err("Cannot specify ',' with 's'.")),
        ("ab", "+,", Err("Cannot specify ',' with 's'.")),
        ("a", "+,", Err("Cannot specify ',' with 's'.")),
        ("𝔘\u{10FFFD}D800", "+,", Err("Cannot specify ',' with 's'.")),
        ("é\u{301}x", "+,", Err("Cannot specify ',' with 's'.")),
        ("😀😀😀", "+,", Err("Cannot specify ',' with 's'.")),
        ("abc", "#,", Err("Cannot specify ',' with 's'.")),
        ("", "#,", Err("Cannot specify ',' with 's'.")),
        ("ab", "#,", Err("Cannot specify ',' with 's'.")),
        ("a", "#,", Err("Cannot specify ',' with 's'.")),
        ("𝔘\u{10FFFD}D800", "#,", Err("Cannot specify ',' with 's'.")),
        ("é\u{301}x", "#,", Err("Cannot specify ',' with 's'.")),
        ("😀😀😀", "#,", Err("Cannot specify ',' with 's'.")),
        ("abc", "=,", Err("Cannot specify ',' with 's'.")),
        ("", "=,", Err("Cannot specify ',' with 's'.")),
        ("ab", "=,", Err("Cannot specify ',' with 's'.")),
        ("a", "=,", Err("Cannot specify ',' with 's'.")),
        ("𝔘\u{10FFFD}D800", "=,", Err("Cannot specify ',' with 's'.")),
        ("é\u{301}x", "=,", Err("Cannot specify ',' with 's'.")),
        ("😀😀😀", "=,", Err("Cannot specify ',' with 's'.")),
        (
            "abc",
            ",d",
            Err("Unknown format code 'd' for object of type 'str'"),
        ),
        (
            "",
            ",d",
            Err("Unknown format code 'd' for object of type 'str'"),
        ),
        (
            "ab",
            ",d",
            Err("Unknown format code 'd' for object of type 'str'"),
        ),
        (
            "a",
            ",d",
            Err("Unknown format code 'd' for object of type 'str'"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            ",d",
            Err("Unknown format code 'd' for object of type 'str'"),
        ),
        (
            "é\u{301}x",
            ",d",
            Err("Unknown format code 'd' for object of type 'str'"),
        ),
        (
            "😀😀😀",
            ",d",
            Err("Unknown format code 'd' for object of type 'str'"),
        ),
        (
            "abc",
            "_d",
            Err("Unknown format code 'd' for object of type 'str'"),
        ),
        (
            "",
            "_d",
            Err("Unknown format code 'd' for object of type 'str'"),
        ),
        (
            "ab",
            "_d",
            Err("Unknown format code 'd' for object of type 'str'"),
        ),
        (
            "a",
            "_d",
            Err("Unknown format code 'd' for object of type 'str'"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "_d",
            Err("Unknown format code 'd' for object of type 'str'"),
        ),
        (
            "é\u{301}x",
            "_d",
            Err("Unknown format code 'd' for object of type 'str'"),
        ),
        (
            "😀😀😀",
            "_d",
            Err("Unknown format code 'd' for object of type 'str'"),
        ),
        ("abc", ",x", Err("Cannot specify ',' with 'x'.")),
        ("", ",x", Err("Cannot specify ',' with 'x'.")),
        ("ab", ",x", Err("Cannot specify ',' with 'x'.")),
        ("a", ",x", Err("Cannot specify ',' with 'x'.")),
        ("𝔘\u{10FFFD}D800", ",x", Err("Cannot specify ',' with 'x'.")),
        ("é\u{301}x", ",x", Err("Cannot specify ',' with 'x'.")),
        ("😀😀😀", ",x", Err("Cannot specify ',' with 'x'.")),
        (
            "abc",
            "_x",
            Err("Unknown format code 'x' for object of type 'str'"),
        ),
        (
            "",
            "_x",
            Err("Unknown format code 'x' for object of type 'str'"),
        ),
        (
            "ab",
            "_x",
            Err("Unknown format code 'x' for object of type 'str'"),
        ),
        (
            "a",
            "_x",
            Err("Unknown format code 'x' for object of type 'str'"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "_x",
            Err("Unknown format code 'x' for object of type 'str'"),
        ),
        (
            "é\u{301}x",
            "_x",
            Err("Unknown format code 'x' for object of type 'str'"),
        ),
        (
            "😀😀😀",
            "_x",
            Err("Unknown format code 'x' for object of type 'str'"),
        ),
        (
            "abc",
            "_b",
            Err("Unknown format code 'b' for object of type 'str'"),
        ),
        (
            "",
            "_b",
            Err("Unknown format code 'b' for object of type 'str'"),
        ),
        (
            "ab",
            "_b",
            Err("Unknown format code 'b' for object of type 'str'"),
        ),
        (
            "a",
            "_b",
            Err("Unknown format code 'b' for object of type 'str'"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "_b",
            Err("Unknown format code 'b' for object of type 'str'"),
        ),
        (
            "é\u{301}x",
            "_b",
            Err("Unknown format code 'b' for object of type 'str'"),
        ),
        (
            "😀😀😀",
            "_b",
            Err("Unknown format code 'b' for object of type 'str'"),
        ),
        ("abc", ",b", Err("Cannot specify ',' with 'b'.")),
        ("", ",b", Err("Cannot specify ',' with 'b'.")),
        ("ab", ",b", Err("Cannot specify ',' with 'b'.")),
        ("a", ",b", Err("Cannot specify ',' with 'b'.")),
        ("𝔘\u{10FFFD}D800", ",b", Err("Cannot specify ',' with 'b'.")),
        ("é\u{301}x", ",b", Err("Cannot specify ',' with 'b'.")),
        ("😀😀😀", ",b", Err("Cannot specify ',' with 'b'.")),
        (
            "abc",
            ",%",
            Err("Unknown format code '%' for object of type 'str'"),
        ),
        (
            "",
            ",%",
            Err("Unknown format code '%' for object of type 'str'"),
        ),
        (
            "ab",
            ",%",
            Err("Unknown format code '%' for object of type 'str'"),
        ),
        (
            "a",
            ",%",
            Err("Unknown format code '%' for object of type 'str'"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            ",%",
            Err("Unknown format code '%' for object of type 'str'"),
        ),
        (
            "é\u{301}x",
            ",%",
            Err("Unknown format code '%' for object of type 'str'"),
        ),
        (
            "😀😀😀",
            ",%",
            Err("Unknown format code '%' for object of type 'str'"),
        ),
        (
            "abc",
            ",e",
            Err("Unknown format code 'e' for object of type 'str'"),
        ),
        (
            "",
            ",e",
            Err("Unknown format code 'e' for object of type 'str'"),
        ),
        (
            "ab",
            ",e",
            Err("Unknown format code 'e' for object of type 'str'"),
        ),
        (
            "a",
            ",e",
            Err("Unknown format code 'e' for object of type 'str'"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            ",e",
            Err("Unknown format code 'e' for object of type 'str'"),
        ),
        (
            "é\u{301}x",
            ",e",
            Err("Unknown format code 'e' for object of type 'str'"),
        ),
        (
            "😀😀😀",
            ",e",
            Err("Unknown format code 'e' for object of type 'str'"),
        ),
        ("abc", "_n", Err("Cannot specify '_' with 'n'.")),
        ("", "_n", Err("Cannot specify '_' with 'n'.")),
        ("ab", "_n", Err("Cannot specify '_' with 'n'.")),
        ("a", "_n", Err("Cannot specify '_' with 'n'.")),
        ("𝔘\u{10FFFD}D800", "_n", Err("Cannot specify '_' with 'n'.")),
        ("é\u{301}x", "_n", Err("Cannot specify '_' with 'n'.")),
        ("😀😀😀", "_n", Err("Cannot specify '_' with 'n'.")),
        ("abc", ",n", Err("Cannot specify ',' with 'n'.")),
        ("", ",n", Err("Cannot specify ',' with 'n'.")),
        ("ab", ",n", Err("Cannot specify ',' with 'n'.")),
        ("a", ",n", Err("Cannot specify ',' with 'n'.")),
        ("𝔘\u{10FFFD}D800", ",n", Err("Cannot specify ',' with 'n'.")),
        ("é\u{301}x", ",n", Err("Cannot specify ',' with 'n'.")),
        ("😀😀😀", ",n", Err("Cannot specify ',' with 'n'.")),
        ("abc", ",c", Err("Cannot specify ',' with 'c'.")),
        ("", ",c", Err("Cannot specify ',' with 'c'.")),
        ("ab", ",c", Err("Cannot specify ',' with 'c'.")),
        ("a", ",c", Err("Cannot specify ',' with 'c'.")),
        ("𝔘\u{10FFFD}D800", ",c", Err("Cannot specify ',' with 'c'.")),
        ("é\u{301}x", ",c", Err("Cannot specify ',' with 'c'.")),
        ("😀😀😀", ",c", Err("Cannot specify ',' with 'c'.")),
        ("abc", "𝔘^7", Ok("𝔘𝔘abc𝔘𝔘")),
        ("", "𝔘^7", Ok("𝔘𝔘𝔘𝔘𝔘𝔘𝔘")),
        ("ab", "𝔘^7", Ok("𝔘𝔘ab𝔘𝔘𝔘")),
        ("a", "𝔘^7", Ok("𝔘𝔘𝔘a𝔘𝔘𝔘")),
        ("𝔘\u{10FFFD}D800", "𝔘^7", Ok("𝔘𝔘𝔘\u{10FFFD}D800𝔘𝔘𝔘")),
        ("é\u{301}x", "𝔘^7", Ok("𝔘𝔘é\u{301}x𝔘𝔘")),
        ("😀😀😀", "𝔘^7", Ok("𝔘𝔘😀😀😀𝔘𝔘")),
        (
            "abc",
            "ab",
            Err("Invalid format specifier 'ab' for object of type 'str'"),
        ),
        (
            "",
            "ab",
            Err("Invalid format specifier 'ab' for object of type 'str'"),
        ),
        (
            "ab",
            "ab",
            Err("Invalid format specifier 'ab' for object of type 'str'"),
        ),
        (
            "a",
            "ab",
            Err("Invalid format specifier 'ab' for object of type 'str'"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "ab",
            Err("Invalid format specifier 'ab' for object of type 'str'"),
        ),
        (
            "é\u{301}x",
            "ab",
            Err("Invalid format specifier 'ab' for object of type 'str'"),
        ),
        (
            "😀😀😀",
            "ab",
            Err("Invalid format specifier 'ab' for object of type 'str'"),
        ),
        (
            "abc",
            "10ab",
            Err("Invalid format specifier '10ab' for object of type 'str'"),
        ),
        (
            "",
            "10ab",
            Err("Invalid format specifier '10ab' for object of type 'str'"),
        ),
        (
            "ab",
            "10ab",
            Err("Invalid format specifier '10ab' for object of type 'str'"),
        ),
        (
            "a",
            "10ab",
            Err("Invalid format specifier '10ab' for object of type 'str'"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "10ab",
            Err("Invalid format specifier '10ab' for object of type 'str'"),
        ),
        (
            "é\u{301}x",
            "10ab",
            Err("Invalid format specifier '10ab' for object of type 'str'"),
        ),
        (
            "😀😀😀",
            "10ab",
            Err("Invalid format specifier '10ab' for object of type 'str'"),
        ),
        (
            "abc",
            "10e",
            Err("Unknown format code 'e' for object of type 'str'"),
        ),
        (
            "",
            "10e",
            Err("Unknown format code 'e' for object of type 'str'"),
        ),
        (
            "ab",
            "10e",
            Err("Unknown format code 'e' for object of type 'str'"),
        ),
        (
            "a",
            "10e",
            Err("Unknown format code 'e' for object of type 'str'"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "10e",
            Err("Unknown format code 'e' for object of type 'str'"),
        ),
        (
            "é\u{301}x",
            "10e",
            Err("Unknown format code 'e' for object of type 'str'"),
        ),
        (
            "😀😀😀",
            "10e",
            Err("Unknown format code 'e' for object of type 'str'"),
        ),
        ("abc", ".e", Err("Format specifier missing precision")),
        ("", ".e", Err("Format specifier missing precision")),
        ("ab", ".e", Err("Format specifier missing precision")),
        ("a", ".e", Err("Format specifier missing precision")),
        (
            "𝔘\u{10FFFD}D800",
            ".e",
            Err("Format specifier missing precision"),
        ),
        ("é\u{301}x", ".e", Err("Format specifier missing precision")),
        ("😀😀😀", ".e", Err("Format specifier missing precision")),
        (
            "abc",
            "e.",
            Err("Invalid format specifier 'e.' for object of type 'str'"),
        ),
        (
            "",
            "e.",
            Err("Invalid format specifier 'e.' for object of type 'str'"),
        ),
        (
            "ab",
            "e.",
            Err("Invalid format specifier 'e.' for object of type 'str'"),
        ),
        (
            "a",
            "e.",
            Err("Invalid format specifier 'e.' for object of type 'str'"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "e.",
            Err("Invalid format specifier 'e.' for object of type 'str'"),
        ),
        (
            "é\u{301}x",
            "e.",
            Err("Invalid format specifier 'e.' for object of type 'str'"),
        ),
        (
            "😀😀😀",
            "e.",
            Err("Invalid format specifier 'e.' for object of type 'str'"),
        ),
        (
            "abc",
            "<<<",
            Err("Unknown format code '<' for object of type 'str'"),
        ),
        (
            "",
            "<<<",
            Err("Unknown format code '<' for object of type 'str'"),
        ),
        (
            "ab",
            "<<<",
            Err("Unknown format code '<' for object of type 'str'"),
        ),
        (
            "a",
            "<<<",
            Err("Unknown format code '<' for object of type 'str'"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "<<<",
            Err("Unknown format code '<' for object of type 'str'"),
        ),
        (
            "é\u{301}x",
            "<<<",
            Err("Unknown format code '<' for object of type 'str'"),
        ),
        (
            "😀😀😀",
            "<<<",
            Err("Unknown format code '<' for object of type 'str'"),
        ),
        ("abc", "<<", Ok("abc")),
        ("", "<<", Ok("")),
        ("ab", "<<", Ok("ab")),
        ("a", "<<", Ok("a")),
        ("𝔘\u{10FFFD}D800", "<<", Ok("𝔘\u{10FFFD}D800")),
        ("é\u{301}x", "<<", Ok("é\u{301}x")),
        ("😀😀😀", "<<", Ok("😀😀😀")),
        ("abc", "-<5", Ok("abc--")),
        ("", "-<5", Ok("-----")),
        ("ab", "-<5", Ok("ab---")),
        ("a", "-<5", Ok("a----")),
        ("𝔘\u{10FFFD}D800", "-<5", Ok("𝔘\u{10FFFD}D800---")),
        ("é\u{301}x", "-<5", Ok("é\u{301}x--")),
        ("😀😀😀", "-<5", Ok("😀😀😀--")),
        ("abc", "5,", Err("Cannot specify ',' with 's'.")),
        ("", "5,", Err("Cannot specify ',' with 's'.")),
        ("ab", "5,", Err("Cannot specify ',' with 's'.")),
        ("a", "5,", Err("Cannot specify ',' with 's'.")),
        ("𝔘\u{10FFFD}D800", "5,", Err("Cannot specify ',' with 's'.")),
        ("é\u{301}x", "5,", Err("Cannot specify ',' with 's'.")),
        ("😀😀😀", "5,", Err("Cannot specify ',' with 's'.")),
        ("abc", "5,.1", Err("Cannot specify ',' with 's'.")),
        ("", "5,.1", Err("Cannot specify ',' with 's'.")),
        ("ab", "5,.1", Err("Cannot specify ',' with 's'.")),
        ("a", "5,.1", Err("Cannot specify ',' with 's'.")),
        (
            "𝔘\u{10FFFD}D800",
            "5,.1",
            Err("Cannot specify ',' with 's'."),
        ),
        ("é\u{301}x", "5,.1", Err("Cannot specify ',' with 's'.")),
        ("😀😀😀", "5,.1", Err("Cannot specify ',' with 's'.")),
        (
            "abc",
            ".1,",
            Err("Unknown format code ',' for object of type 'str'"),
        ),
        (
            "",
            ".1,",
            Err("Unknown format code ',' for object of type 'str'"),
        ),
        (
            "ab",
            ".1,",
            Err("Unknown format code ',' for object of type 'str'"),
        ),
        (
            "a",
            ".1,",
            Err("Unknown format code ',' for object of type 'str'"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            ".1,",
            Err("Unknown format code ',' for object of type 'str'"),
        ),
        (
            "é\u{301}x",
            ".1,",
            Err("Unknown format code ',' for object of type 'str'"),
        ),
        (
            "😀😀😀",
            ".1,",
            Err("Unknown format code ',' for object of type 'str'"),
        ),
        (
            "abc",
            "\u{0}",
            Err("Unknown format code '\\x0' for object of type 'str'"),
        ),
        (
            "",
            "\u{0}",
            Err("Unknown format code '\\x0' for object of type 'str'"),
        ),
        (
            "ab",
            "\u{0}",
            Err("Unknown format code '\\x0' for object of type 'str'"),
        ),
        (
            "a",
            "\u{0}",
            Err("Unknown format code '\\x0' for object of type 'str'"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "\u{0}",
            Err("Unknown format code '\\x0' for object of type 'str'"),
        ),
        (
            "é\u{301}x",
            "\u{0}",
            Err("Unknown format code '\\x0' for object of type 'str'"),
        ),
        (
            "😀😀😀",
            "\u{0}",
            Err("Unknown format code '\\x0' for object of type 'str'"),
        ),
        (
            "abc",
            " ",
            Err("Space not allowed in string format specifier"),
        ),
        ("", " ", Err("Space not allowed in string format specifier")),
        (
            "ab",
            " ",
            Err("Space not allowed in string format specifier"),
        ),
        (
            "a",
            " ",
            Err("Space not allowed in string format specifier"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            " ",
            Err("Space not allowed in string format specifier"),
        ),
        (
            "é\u{301}x",
            " ",
            Err("Space not allowed in string format specifier"),
        ),
        (
            "😀😀😀",
            " ",
            Err("Space not allowed in string format specifier"),
        ),
        (
            "abc",
            "!",
            Err("Unknown format code '!' for object of type 'str'"),
        ),
        (
            "",
            "!",
            Err("Unknown format code '!' for object of type 'str'"),
        ),
        (
            "ab",
            "!",
            Err("Unknown format code '!' for object of type 'str'"),
        ),
        (
            "a",
            "!",
            Err("Unknown format code '!' for object of type 'str'"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "!",
            Err("Unknown format code '!' for object of type 'str'"),
        ),
        (
            "é\u{301}x",
            "!",
            Err("Unknown format code '!' for object of type 'str'"),
        ),
        (
            "😀😀😀",
            "!",
            Err("Unknown format code '!' for object of type 'str'"),
        ),
        (
            "abc",
            "\u{80}",
            Err("Unknown format code '\\x80' for object of type 'str'"),
        ),
        (
            "",
            "\u{80}",
            Err("Unknown format code '\\x80' for object of type 'str'"),
        ),
        (
            "ab",
            "\u{80}",
            Err("Unknown format code '\\x80' for object of type 'str'"),
        ),
        (
            "a",
            "\u{80}",
            Err("Unknown format code '\\x80' for object of type 'str'"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "\u{80}",
            Err("Unknown format code '\\x80' for object of type 'str'"),
        ),
        (
            "é\u{301}x",
            "\u{80}",
            Err("Unknown format code '\\x80' for object of type 'str'"),
        ),
        (
            "😀😀😀",
            "\u{80}",
            Err("Unknown format code '\\x80' for object of type 'str'"),
        ),
        ("abc", ",\u{80}", Err("Cannot specify ',' with '\\x80'.")),
        ("", ",\u{80}", Err("Cannot specify ',' with '\\x80'.")),
        ("ab", ",\u{80}", Err("Cannot specify ',' with '\\x80'.")),
        ("a", ",\u{80}", Err("Cannot specify ',' with '\\x80'.")),
        (
            "𝔘\u{10FFFD}D800",
            ",\u{80}",
            Err("Cannot specify ',' with '\\x80'."),
        ),
        (
            "é\u{301}x",
            ",\u{80}",
            Err("Cannot specify ',' with '\\x80'."),
        ),
        ("😀😀😀", ",\u{80}", Err("Cannot specify ',' with '\\x80'.")),
        ("abc", ",\u{1F}", Err("Cannot specify ',' with '\\x1f'.")),
        ("", ",\u{1F}", Err("Cannot specify ',' with '\\x1f'.")),
        ("ab", ",\u{1F}", Err("Cannot specify ',' with '\\x1f'.")),
        ("a", ",\u{1F}", Err("Cannot specify ',' with '\\x1f'.")),
        (
            "𝔘\u{10FFFD}D800",
            ",\u{1F}",
            Err("Cannot specify ',' with '\\x1f'."),
        ),
        (
            "é\u{301}x",
            ",\u{1F}",
            Err("Cannot specify ',' with '\\x1f'."),
        ),
        ("😀😀😀", ",\u{1F}", Err("Cannot specify ',' with '\\x1f'.")),
        ("abc", "_é", Err("Cannot specify '_' with '\\xe9'.")),
        ("", "_é", Err("Cannot specify '_' with '\\xe9'.")),
        ("ab", "_é", Err("Cannot specify '_' with '\\xe9'.")),
        ("a", "_é", Err("Cannot specify '_' with '\\xe9'.")),
        (
            "𝔘\u{10FFFD}D800",
            "_é",
            Err("Cannot specify '_' with '\\xe9'."),
        ),
        ("é\u{301}x", "_é", Err("Cannot specify '_' with '\\xe9'.")),
        ("😀😀😀", "_é", Err("Cannot specify '_' with '\\xe9'.")),
        (
            "abc",
            "0=5",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        (
            "",
            "0=5",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        (
            "ab",
            "0=5",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        (
            "a",
            "0=5",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "0=5",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        (
            "é\u{301}x",
            "0=5",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        (
            "😀😀😀",
            "0=5",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        ("abc", "0^6", Ok("0abc00")),
        ("", "0^6", Ok("000000")),
        ("ab", "0^6", Ok("00ab00")),
        ("a", "0^6", Ok("00a000")),
        ("𝔘\u{10FFFD}D800", "0^6", Ok("00𝔘\u{10FFFD}D80000")),
        ("é\u{301}x", "0^6", Ok("0é\u{301}x00")),
        ("😀😀😀", "0^6", Ok("0😀😀😀00")),
        ("abc", "^5", Ok(" abc ")),
        ("", "^5", Ok("     ")),
        ("ab", "^5", Ok(" ab  ")),
        ("a", "^5", Ok("  a  ")),
        ("𝔘\u{10FFFD}D800", "^5", Ok(" 𝔘\u{10FFFD}D800  ")),
        ("é\u{301}x", "^5", Ok(" é\u{301}x ")),
        ("😀😀😀", "^5", Ok(" 😀😀😀 ")),
        ("abc", "^6", Ok(" abc  ")),
        ("", "^6", Ok("      ")),
        ("ab", "^6", Ok("  ab  ")),
        ("a", "^6", Ok("  a   ")),
        ("𝔘\u{10FFFD}D800", "^6", Ok("  𝔘\u{10FFFD}D800  ")),
        ("é\u{301}x", "^6", Ok(" é\u{301}x  ")),
        ("😀😀😀", "^6", Ok(" 😀😀😀  ")),
        ("abc", "^4", Ok("abc ")),
        ("", "^4", Ok("    ")),
        ("ab", "^4", Ok(" ab ")),
        ("a", "^4", Ok(" a  ")),
        ("𝔘\u{10FFFD}D800", "^4", Ok(" 𝔘\u{10FFFD}D800 ")),
        ("é\u{301}x", "^4", Ok("é\u{301}x ")),
        ("😀😀😀", "^4", Ok("😀😀😀 ")),
        ("abc", ">4.1", Ok("   a")),
        ("", ">4.1", Ok("    ")),
        ("ab", ">4.1", Ok("   a")),
        ("a", ">4.1", Ok("   a")),
        ("𝔘\u{10FFFD}D800", ">4.1", Ok("   𝔘")),
        ("é\u{301}x", ">4.1", Ok("   é")),
        ("😀😀😀", ">4.1", Ok("   😀")),
        (
            "abc",
            "𝔘",
            Err("Unknown format code '\\x1d518' for object of type 'str'"),
        ),
        (
            "",
            "𝔘",
            Err("Unknown format code '\\x1d518' for object of type 'str'"),
        ),
        (
            "ab",
            "𝔘",
            Err("Unknown format code '\\x1d518' for object of type 'str'"),
        ),
        (
            "a",
            "𝔘",
            Err("Unknown format code '\\x1d518' for object of type 'str'"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "𝔘",
            Err("Unknown format code '\\x1d518' for object of type 'str'"),
        ),
        (
            "é\u{301}x",
            "𝔘",
            Err("Unknown format code '\\x1d518' for object of type 'str'"),
        ),
        (
            "😀😀😀",
            "𝔘",
            Err("Unknown format code '\\x1d518' for object of type 'str'"),
        ),
        (
            "abc",
            "<𝔘",
            Err("Unknown format code '\\x1d518' for object of type 'str'"),
        ),
        (
            "",
            "<𝔘",
            Err("Unknown format code '\\x1d518' for object of type 'str'"),
        ),
        (
            "ab",
            "<𝔘",
            Err("Unknown format code '\\x1d518' for object of type 'str'"),
        ),
        (
            "a",
            "<𝔘",
            Err("Unknown format code '\\x1d518' for object of type 'str'"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "<𝔘",
            Err("Unknown format code '\\x1d518' for object of type 'str'"),
        ),
        (
            "é\u{301}x",
            "<𝔘",
            Err("Unknown format code '\\x1d518' for object of type 'str'"),
        ),
        (
            "😀😀😀",
            "<𝔘",
            Err("Unknown format code '\\x1d518' for object of type 'str'"),
        ),
        ("abc", ",𝔘", Err("Cannot specify ',' with '\\x1d518'.")),
        ("", ",𝔘", Err("Cannot specify ',' with '\\x1d518'.")),
        ("ab", ",𝔘", Err("Cannot specify ',' with '\\x1d518'.")),
        ("a", ",𝔘", Err("Cannot specify ',' with '\\x1d518'.")),
        (
            "𝔘\u{10FFFD}D800",
            ",𝔘",
            Err("Cannot specify ',' with '\\x1d518'."),
        ),
        (
            "é\u{301}x",
            ",𝔘",
            Err("Cannot specify ',' with '\\x1d518'."),
        ),
        ("😀😀😀", ",𝔘", Err("Cannot specify ',' with '\\x1d518'.")),
        (
            "abc",
            "+ ",
            Err("Unknown format code '\\x20' for object of type 'str'"),
        ),
        (
            "",
            "+ ",
            Err("Unknown format code '\\x20' for object of type 'str'"),
        ),
        (
            "ab",
            "+ ",
            Err("Unknown format code '\\x20' for object of type 'str'"),
        ),
        (
            "a",
            "+ ",
            Err("Unknown format code '\\x20' for object of type 'str'"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "+ ",
            Err("Unknown format code '\\x20' for object of type 'str'"),
        ),
        (
            "é\u{301}x",
            "+ ",
            Err("Unknown format code '\\x20' for object of type 'str'"),
        ),
        (
            "😀😀😀",
            "+ ",
            Err("Unknown format code '\\x20' for object of type 'str'"),
        ),
        (
            "abc",
            "+z#",
            Err("Sign not allowed in string format specifier"),
        ),
        (
            "",
            "+z#",
            Err("Sign not allowed in string format specifier"),
        ),
        (
            "ab",
            "+z#",
            Err("Sign not allowed in string format specifier"),
        ),
        (
            "a",
            "+z#",
            Err("Sign not allowed in string format specifier"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "+z#",
            Err("Sign not allowed in string format specifier"),
        ),
        (
            "é\u{301}x",
            "+z#",
            Err("Sign not allowed in string format specifier"),
        ),
        (
            "😀😀😀",
            "+z#",
            Err("Sign not allowed in string format specifier"),
        ),
        (
            "abc",
            "z#",
            Err("Negative zero coercion (z) not allowed in string format specifier"),
        ),
        (
            "",
            "z#",
            Err("Negative zero coercion (z) not allowed in string format specifier"),
        ),
        (
            "ab",
            "z#",
            Err("Negative zero coercion (z) not allowed in string format specifier"),
        ),
        (
            "a",
            "z#",
            Err("Negative zero coercion (z) not allowed in string format specifier"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "z#",
            Err("Negative zero coercion (z) not allowed in string format specifier"),
        ),
        (
            "é\u{301}x",
            "z#",
            Err("Negative zero coercion (z) not allowed in string format specifier"),
        ),
        (
            "😀😀😀",
            "z#",
            Err("Negative zero coercion (z) not allowed in string format specifier"),
        ),
        (
            "abc",
            " #0=,",
            Err("Invalid format specifier ' #0=,' for object of type 'str'"),
        ),
        (
            "",
            " #0=,",
            Err("Invalid format specifier ' #0=,' for object of type 'str'"),
        ),
        (
            "ab",
            " #0=,",
            Err("Invalid format specifier ' #0=,' for object of type 'str'"),
        ),
        (
            "a",
            " #0=,",
            Err("Invalid format specifier ' #0=,' for object of type 'str'"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            " #0=,",
            Err("Invalid format specifier ' #0=,' for object of type 'str'"),
        ),
        (
            "é\u{301}x",
            " #0=,",
            Err("Invalid format specifier ' #0=,' for object of type 'str'"),
        ),
        (
            "😀😀😀",
            " #0=,",
            Err("Invalid format specifier ' #0=,' for object of type 'str'"),
        ),
        (
            "abc",
            "#0=",
            Err("Unknown format code '=' for object of type 'str'"),
        ),
        (
            "",
            "#0=",
            Err("Unknown format code '=' for object of type 'str'"),
        ),
        (
            "ab",
            "#0=",
            Err("Unknown format code '=' for object of type 'str'"),
        ),
        (
            "a",
            "#0=",
            Err("Unknown format code '=' for object of type 'str'"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "#0=",
            Err("Unknown format code '=' for object of type 'str'"),
        ),
        (
            "é\u{301}x",
            "#0=",
            Err("Unknown format code '=' for object of type 'str'"),
        ),
        (
            "😀😀😀",
            "#0=",
            Err("Unknown format code '=' for object of type 'str'"),
        ),
        (
            "abc",
            "+d",
            Err("Unknown format code 'd' for object of type 'str'"),
        ),
        (
            "",
            "+d",
            Err("Unknown format code 'd' for object of type 'str'"),
        ),
        (
            "ab",
            "+d",
            Err("Unknown format code 'd' for object of type 'str'"),
        ),
        (
            "a",
            "+d",
            Err("Unknown format code 'd' for object of type 'str'"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "+d",
            Err("Unknown format code 'd' for object of type 'str'"),
        ),
        (
            "é\u{301}x",
            "+d",
            Err("Unknown format code 'd' for object of type 'str'"),
        ),
        (
            "😀😀😀",
            "+d",
            Err("Unknown format code 'd' for object of type 'str'"),
        ),
        (
            "abc",
            " =5",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        (
            "",
            " =5",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        (
            "ab",
            " =5",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        (
            "a",
            " =5",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            " =5",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        (
            "é\u{301}x",
            " =5",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        (
            "😀😀😀",
            " =5",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        ("abc", "^", Ok("abc")),
        ("", "^", Ok("")),
        ("ab", "^", Ok("ab")),
        ("a", "^", Ok("a")),
        ("𝔘\u{10FFFD}D800", "^", Ok("𝔘\u{10FFFD}D800")),
        ("é\u{301}x", "^", Ok("é\u{301}x")),
        ("😀😀😀", "^", Ok("😀😀😀")),
        ("abc", "^1", Ok("abc")),
        ("", "^1", Ok(" ")),
        ("ab", "^1", Ok("ab")),
        ("a", "^1", Ok("a")),
        ("𝔘\u{10FFFD}D800", "^1", Ok("𝔘\u{10FFFD}D800")),
        ("é\u{301}x", "^1", Ok("é\u{301}x")),
        ("😀😀😀", "^1", Ok("😀😀😀")),
        ("abc", "^3", Ok("abc")),
        ("", "^3", Ok("   ")),
        ("ab", "^3", Ok("ab ")),
        ("a", "^3", Ok(" a ")),
        ("𝔘\u{10FFFD}D800", "^3", Ok("𝔘\u{10FFFD}D800 ")),
        ("é\u{301}x", "^3", Ok("é\u{301}x")),
        ("😀😀😀", "^3", Ok("😀😀😀")),
        ("abc", "^7", Ok("  abc  ")),
        ("", "^7", Ok("       ")),
        ("ab", "^7", Ok("  ab   ")),
        ("a", "^7", Ok("   a   ")),
        ("𝔘\u{10FFFD}D800", "^7", Ok("  𝔘\u{10FFFD}D800   ")),
        ("é\u{301}x", "^7", Ok("  é\u{301}x  ")),
        ("😀😀😀", "^7", Ok("  😀😀😀  ")),
        ("abc", ">1", Ok("abc")),
        ("", ">1", Ok(" ")),
        ("ab", ">1", Ok("ab")),
        ("a", ">1", Ok("a")),
        ("𝔘\u{10FFFD}D800", ">1", Ok("𝔘\u{10FFFD}D800")),
        ("é\u{301}x", ">1", Ok("é\u{301}x")),
        ("😀😀😀", ">1", Ok("😀😀😀")),
        ("abc", ".1", Ok("a")),
        ("", ".1", Ok("")),
        ("ab", ".1", Ok("a")),
        ("a", ".1", Ok("a")),
        ("𝔘\u{10FFFD}D800", ".1", Ok("𝔘")),
        ("é\u{301}x", ".1", Ok("é")),
        ("😀😀😀", ".1", Ok("😀")),
        ("abc", ".100", Ok("abc")),
        ("", ".100", Ok("")),
        ("ab", ".100", Ok("ab")),
        ("a", ".100", Ok("a")),
        ("𝔘\u{10FFFD}D800", ".100", Ok("𝔘\u{10FFFD}D800")),
        ("é\u{301}x", ".100", Ok("é\u{301}x")),
        ("😀😀😀", ".100", Ok("😀😀😀")),
        ("abc", "8.3", Ok("abc     ")),
        ("", "8.3", Ok("        ")),
        ("ab", "8.3", Ok("ab      ")),
        ("a", "8.3", Ok("a       ")),
        ("𝔘\u{10FFFD}D800", "8.3", Ok("𝔘\u{10FFFD}D800      ")),
        ("é\u{301}x", "8.3", Ok("é\u{301}x     ")),
        ("😀😀😀", "8.3", Ok("😀😀😀     ")),
        (
            "abc",
            "\u{10FFFD}D800<5",
            Ok("abc\u{10FFFD}D800\u{10FFFD}D800"),
        ),
        (
            "",
            "\u{10FFFD}D800<5",
            Ok("\u{10FFFD}D800\u{10FFFD}D800\u{10FFFD}D800\u{10FFFD}D800\u{10FFFD}D800"),
        ),
        (
            "ab",
            "\u{10FFFD}D800<5",
            Ok("ab\u{10FFFD}D800\u{10FFFD}D800\u{10FFFD}D800"),
        ),
        (
            "a",
            "\u{10FFFD}D800<5",
            Ok("a\u{10FFFD}D800\u{10FFFD}D800\u{10FFFD}D800\u{10FFFD}D800"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "\u{10FFFD}D800<5",
            Ok("𝔘\u{10FFFD}D800\u{10FFFD}D800\u{10FFFD}D800\u{10FFFD}D800"),
        ),
        (
            "é\u{301}x",
            "\u{10FFFD}D800<5",
            Ok("é\u{301}x\u{10FFFD}D800\u{10FFFD}D800"),
        ),
        (
            "😀😀😀",
            "\u{10FFFD}D800<5",
            Ok("😀😀😀\u{10FFFD}D800\u{10FFFD}D800"),
        ),
        (
            "abc",
            "\u{10FFFD}D800",
            Err("Unknown format code '\\xd800' for object of type 'str'"),
        ),
        (
            "",
            "\u{10FFFD}D800",
            Err("Unknown format code '\\xd800' for object of type 'str'"),
        ),
        (
            "ab",
            "\u{10FFFD}D800",
            Err("Unknown format code '\\xd800' for object of type 'str'"),
        ),
        (
            "a",
            "\u{10FFFD}D800",
            Err("Unknown format code '\\xd800' for object of type 'str'"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "\u{10FFFD}D800",
            Err("Unknown format code '\\xd800' for object of type 'str'"),
        ),
        (
            "é\u{301}x",
            "\u{10FFFD}D800",
            Err("Unknown format code '\\xd800' for object of type 'str'"),
        ),
        (
            "😀😀😀",
            "\u{10FFFD}D800",
            Err("Unknown format code '\\xd800' for object of type 'str'"),
        ),
        (
            "abc",
            "<\u{10FFFD}D800",
            Err("Unknown format code '\\xd800' for object of type 'str'"),
        ),
        (
            "",
            "<\u{10FFFD}D800",
            Err("Unknown format code '\\xd800' for object of type 'str'"),
        ),
        (
            "ab",
            "<\u{10FFFD}D800",
            Err("Unknown format code '\\xd800' for object of type 'str'"),
        ),
        (
            "a",
            "<\u{10FFFD}D800",
            Err("Unknown format code '\\xd800' for object of type 'str'"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "<\u{10FFFD}D800",
            Err("Unknown format code '\\xd800' for object of type 'str'"),
        ),
        (
            "é\u{301}x",
            "<\u{10FFFD}D800",
            Err("Unknown format code '\\xd800' for object of type 'str'"),
        ),
        (
            "😀😀😀",
            "<\u{10FFFD}D800",
            Err("Unknown format code '\\xd800' for object of type 'str'"),
        ),
        (
            "abc",
            ",\u{0}",
            Err("Unknown format code '\\x0' for object of type 'str'"),
        ),
        (
            "",
            ",\u{0}",
            Err("Unknown format code '\\x0' for object of type 'str'"),
        ),
        (
            "ab",
            ",\u{0}",
            Err("Unknown format code '\\x0' for object of type 'str'"),
        ),
        (
            "a",
            ",\u{0}",
            Err("Unknown format code '\\x0' for object of type 'str'"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            ",\u{0}",
            Err("Unknown format code '\\x0' for object of type 'str'"),
        ),
        (
            "é\u{301}x",
            ",\u{0}",
            Err("Unknown format code '\\x0' for object of type 'str'"),
        ),
        (
            "😀😀😀",
            ",\u{0}",
            Err("Unknown format code '\\x0' for object of type 'str'"),
        ),
        ("abc", "\t^8", Ok("\t\tabc\t\t\t")),
        ("", "\t^8", Ok("\t\t\t\t\t\t\t\t")),
        ("ab", "\t^8", Ok("\t\t\tab\t\t\t")),
        ("a", "\t^8", Ok("\t\t\ta\t\t\t\t")),
        ("𝔘\u{10FFFD}D800", "\t^8", Ok("\t\t\t𝔘\u{10FFFD}D800\t\t\t")),
        ("é\u{301}x", "\t^8", Ok("\t\té\u{301}x\t\t\t")),
        ("😀😀😀", "\t^8", Ok("\t\t😀😀😀\t\t\t")),
        (
            "abc",
            "x=",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        (
            "",
            "x=",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        (
            "ab",
            "x=",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        (
            "a",
            "x=",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "x=",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        (
            "é\u{301}x",
            "x=",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        (
            "😀😀😀",
            "x=",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        (
            "abc",
            "= ",
            Err("Space not allowed in string format specifier"),
        ),
        (
            "",
            "= ",
            Err("Space not allowed in string format specifier"),
        ),
        (
            "ab",
            "= ",
            Err("Space not allowed in string format specifier"),
        ),
        (
            "a",
            "= ",
            Err("Space not allowed in string format specifier"),
        ),
        (
            "𝔘\u{10FFFD}D800",
            "= ",
            Err("Space not allowed in string format specifier"),
        ),
        (
            "é\u{301}x",
            "= ",
            Err("Space not allowed in string format specifier"),
        ),
        (
            "😀😀😀",
            "= ",
            Err("Space not allowed in string format specifier"),
        ),
        ("abc", "0>6", Ok("000abc")),
        ("", "0>6", Ok("000000")),
        ("ab", "0>6", Ok("0000ab")),
        ("a", "0>6", Ok("00000a")),
        ("𝔘\u{10FFFD}D800", "0>6", Ok("0000𝔘\u{10FFFD}D800")),
        ("é\u{301}x", "0>6", Ok("000é\u{301}x")),
        ("😀😀😀", "0>6", Ok("000😀😀😀")),
        ("abc", "*<2.1", Ok("a*")),
        ("", "*<2.1", Ok("**")),
        ("ab", "*<2.1", Ok("a*")),
        ("a", "*<2.1", Ok("a*")),
        ("𝔘\u{10FFFD}D800", "*<2.1", Ok("𝔘*")),
        ("é\u{301}x", "*<2.1", Ok("é*")),
        ("😀😀😀", "*<2.1", Ok("😀*")),
    ];

    #[test]
    fn matches_cpython() {
        for &(v, spec, want) in CASES {
            let (v, spec_cp) = (w(v), w(spec));
            let want = want.map(w).map_err(|m| FormatError::Value(m.to_string()));
            assert_eq!(format_str_cp(&v, &spec_cp), want, "{v:X?} {spec:?}");
            if !spec.contains('\u{10FFFD}') {
                let want = want.map_err(|e| e.to_string());
                assert_eq!(format_str(&v, spec), want, "{v:X?} {spec:?}");
            }
        }
    }

    #[test]
    fn huge_width_is_memory_error() {
        // format('abc', '9223372036854775807') raises MemoryError in python3.12.
        assert_eq!(
            format_str_cp(&w("abc"), &w("9223372036854775807")),
            Err(FormatError::Memory)
        );
        assert_eq!(
            format_str(&w("abc"), "9223372036854775807"),
            Err("MemoryError".to_string())
        );
    }
}
