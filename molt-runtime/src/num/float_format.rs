//! The format-spec mini-language for numbers (`format(x, spec)`, f-strings) exactly as CPython 3.12.
//!
//! Grammar: `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`.
//! [`parse_format_spec`] also serves `str` formatting; the layout of strings is the caller's.

use num_bigint::{BigInt, Sign as BigSign};
use num_traits::ToPrimitive;

use super::arith::bigint_to_f64;
use super::float_repr::{push_exponent, shortest_digits, split_exponent};
use super::int_text::{decimal_value, int_to_decimal_string};

/// Alignment: `<`, `>`, `^`, `=`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
    /// `=`: padding between the sign (and prefix) and the digits.
    AfterSign,
}

/// Sign option; `Default` (none given) differs from an explicit `-` only in error checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    Default,
    Minus,
    Plus,
    Space,
}

/// Thousands separator option: `,` or `_`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    Comma,
    Underscore,
}

/// A parsed format spec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    /// Fill character: as given, else `'0'` with the `0` flag, else `' '`.
    pub fill: char,
    /// Alignment as given (see [`FormatSpec::align_or`] for the effective one).
    pub align: Option<Align>,
    /// Sign option (`+`, `-`, space).
    pub sign: Sign,
    /// `z`: coerce negative zero results to positive zero.
    pub z: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// The `0` flag was given (and no explicit fill).
    pub zero: bool,
    /// Minimum field width in code points.
    pub width: Option<usize>,
    /// Thousands separator.
    pub grouping: Option<Grouping>,
    /// Digits after the point (`f`, `e`, `%`) or significant digits (`g`, none).
    pub precision: Option<usize>,
    /// Presentation type; the caller's default type when none was given.
    pub ty: Option<char>,
}

impl FormatSpec {
    /// The effective alignment for a type whose default is `default` (`Right` for
    /// numbers, `Left` for str): the `0` flag turns a `Right` default into `AfterSign`.
    pub fn align_or(&self, default: Align) -> Align {
        match self.align {
            Some(a) => a,
            None if self.zero && default == Align::Right => Align::AfterSign,
            None => default,
        }
    }
}

/// A formatting failure: the Python exception type and its message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatError {
    /// ValueError.
    Value(String),
    /// OverflowError.
    Overflow(String),
}

/// How CPython shows a presentation type in messages: the character if printable ASCII, else `\x..`.
fn show_type(c: char) -> String {
    if (33..128).contains(&(c as u32)) {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

fn unknown_code(ty: char, type_name: &str) -> FormatError {
    FormatError::Value(format!(
        "Unknown format code '{}' for object of type '{type_name}'",
        show_type(ty)
    ))
}

/// Reads a run of (Unicode) decimal digits at `*pos`; `None` if there are none.
fn parse_count(spec: &[char], pos: &mut usize) -> Result<Option<usize>, String> {
    let start = *pos;
    let mut acc: u64 = 0;
    while let Some(d) = spec.get(*pos).and_then(|&c| decimal_value(c)) {
        if acc > (i64::MAX as u64 - d as u64) / 10 {
            return Err("Too many decimal digits in format string".to_string());
        }
        acc = acc * 10 + d as u64;
        *pos += 1;
    }
    Ok((*pos > start).then_some(acc as usize))
}

fn parse_align(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// Parses a format spec. `default_type` is the type assumed when the spec names
/// none (`None` for float, `Some('d')` for int, `Some('s')` for str); `type_name`
/// appears in messages. `Err` is CPython's ValueError message.
pub fn parse_format_spec(
    spec: &str,
    default_type: Option<char>,
    type_name: &str,
) -> Result<FormatSpec, String> {
    let s: Vec<char> = spec.chars().collect();
    let mut out = FormatSpec {
        fill: ' ',
        align: None,
        sign: Sign::Default,
        z: false,
        alternate: false,
        zero: false,
        width: None,
        grouping: None,
        precision: None,
        ty: default_type,
    };
    let mut pos = 0;
    let mut fill_given = false;
    if let Some(a) = s.get(1).and_then(|&c| parse_align(c)) {
        out.fill = s[0];
        out.align = Some(a);
        fill_given = true;
        pos = 2;
    } else if let Some(a) = s.first().and_then(|&c| parse_align(c)) {
        out.align = Some(a);
        pos = 1;
    }
    let at = |i: usize| s.get(i).copied();
    out.sign = match at(pos) {
        Some('+') => Sign::Plus,
        Some('-') => Sign::Minus,
        Some(' ') => Sign::Space,
        _ => Sign::Default,
    };
    if out.sign != Sign::Default {
        pos += 1;
    }
    if at(pos) == Some('z') {
        out.z = true;
        pos += 1;
    }
    if at(pos) == Some('#') {
        out.alternate = true;
        pos += 1;
    }
    if !fill_given && at(pos) == Some('0') {
        out.fill = '0';
        out.zero = true;
        pos += 1;
    }
    out.width = parse_count(&s, &mut pos)?;
    let both = || "Cannot specify both ',' and '_'.".to_string();
    if at(pos) == Some(',') {
        out.grouping = Some(Grouping::Comma);
        pos += 1;
    }
    if at(pos) == Some('_') {
        if out.grouping.is_some() {
            return Err(both());
        }
        out.grouping = Some(Grouping::Underscore);
        pos += 1;
    }
    if at(pos) == Some(',') && out.grouping == Some(Grouping::Underscore) {
        return Err(both());
    }
    if at(pos) == Some('.') {
        pos += 1;
        out.precision = parse_count(&s, &mut pos)?;
        if out.precision.is_none() {
            return Err("Format specifier missing precision".to_string());
        }
    }
    if s.len() - pos > 1 {
        return Err(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        ));
    }
    if pos < s.len() {
        out.ty = Some(s[pos]);
    }
    if let Some(g) = out.grouping {
        let ty = out.ty.unwrap_or('\0');
        let allowed = match ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => true,
            'b' | 'o' | 'x' | 'X' => g == Grouping::Underscore,
            _ => false,
        };
        if !allowed {
            let g = if g == Grouping::Comma { ',' } else { '_' };
            return Err(format!("Cannot specify '{g}' with '{}'.", show_type(ty)));
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------
// Layout shared by ints and floats (CPython's calc_number_widths / fill_number)
// ---------------------------------------------------------------------------

/// Groups `digits` from the right in groups of `group.0` joined by `group.1`,
/// zero-padding on the left until the result is at least `min_width` long.
fn group_digits(digits: &str, min_width: i64, group: Option<(usize, char)>) -> String {
    let digits = digits.as_bytes();
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width.max(0);
    let Some((size, sep)) = group else {
        let zeros = (min_width - remaining).max(0) as usize;
        let mut out = "0".repeat(zeros);
        out.push_str(std::str::from_utf8(digits).expect("ASCII digits"));
        return out;
    };
    // Built back to front, one group at a time.
    let mut rev: Vec<char> = Vec::with_capacity(digits.len() * 2);
    let mut first = true;
    loop {
        let len = (size as i64).min(remaining.max(min_width).max(1));
        let n_chars = remaining.min(len).max(0);
        let n_zeros = (len - remaining).max(0);
        if !first {
            rev.push(sep);
        }
        let end = remaining as usize;
        rev.extend(
            digits[end - n_chars as usize..end]
                .iter()
                .rev()
                .map(|&b| b as char),
        );
        rev.extend(std::iter::repeat_n('0', n_zeros as usize));
        first = false;
        remaining -= n_chars;
        min_width -= len;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    rev.iter().rev().collect()
}

/// Lays out `[sign][prefix][grouped digits][.][remainder]` padded to the width.
/// `digits` is ASCII; an empty `digits` (inf, nan, `c`) is never zero-padded.
fn fill_number(
    spec: &FormatSpec,
    negative: bool,
    prefix: &str,
    digits: &str,
    decimal: bool,
    remainder: &str,
    group: Option<(usize, char)>,
) -> String {
    let align = spec.align_or(Align::Right);
    let sign = match spec.sign {
        Sign::Plus => Some(if negative { '-' } else { '+' }),
        Sign::Space => Some(if negative { '-' } else { ' ' }),
        Sign::Default | Sign::Minus => negative.then_some('-'),
    };
    let non_digits = sign.is_some() as i64
        + prefix.len() as i64
        + decimal as i64
        + remainder.chars().count() as i64;
    let width = spec.width.map_or(-1, |w| w as i64);
    let min_width = if spec.fill == '0' && align == Align::AfterSign {
        width - non_digits
    } else {
        0
    };
    let grouped = if digits.is_empty() {
        String::new()
    } else {
        group_digits(digits, min_width, group)
    };
    let padding = (width - non_digits - grouped.len() as i64).max(0) as usize;
    let (left, inner, right) = match align {
        Align::Left => (0, 0, padding),
        Align::Right => (padding, 0, 0),
        Align::Center => (padding / 2, 0, padding - padding / 2),
        Align::AfterSign => (0, padding, 0),
    };
    let fill = |n: usize| std::iter::repeat_n(spec.fill, n);
    let mut out = String::with_capacity(grouped.len() + remainder.len() + padding + 4);
    out.extend(fill(left));
    out.extend(sign);
    out.push_str(prefix);
    out.extend(fill(inner));
    out.push_str(&grouped);
    if decimal {
        out.push('.');
    }
    out.push_str(remainder);
    out.extend(fill(right));
    out
}

/// The separator for a grouping option; `size` is 3, or 4 for `_` in bases 2, 8 and 16.
fn separator(grouping: Option<Grouping>, size_underscore: usize) -> Option<(usize, char)> {
    match grouping? {
        Grouping::Comma => Some((3, ',')),
        Grouping::Underscore => Some((size_underscore, '_')),
    }
}

// ---------------------------------------------------------------------------
// Floats
// ---------------------------------------------------------------------------

/// Which digits to generate, like `dtoa`'s modes 0, 2 and 3.
#[derive(Clone, Copy)]
enum DigitMode {
    /// Shortest round-tripping digits.
    Shortest,
    /// At most this many significant digits (at least 1).
    Significant(usize),
    /// Rounded to this many digits after the point.
    Fixed(usize),
}

/// Correctly rounded digits of finite `x >= 0` as `(digits, decpt)` with value
/// `0.digits × 10^decpt`, trailing zeros stripped; a zero result is `("0", 1)`.
fn digits_of(x: f64, mode: DigitMode) -> (String, i64) {
    let (mut digits, decpt) = match mode {
        DigitMode::Shortest => return shortest_digits(x),
        // Rust caps precisions at `u16::MAX`, but a double's exact expansion has at
        // most 767 significant digits and 1074 digits after the point: beyond
        // those, every digit is zero and the layout pads them back.
        DigitMode::Significant(n) => split_exponent(&format!("{:.*e}", n.min(800) - 1, x)),
        DigitMode::Fixed(p) => {
            let s = format!("{:.*}", p.min(1100), x);
            let (int_part, frac_part) = s.split_once('.').unwrap_or((&s, ""));
            let all = format!("{int_part}{frac_part}");
            let leading = all.bytes().take_while(|&b| b == b'0').count();
            (
                all[leading..].to_string(),
                int_part.len() as i64 - leading as i64,
            )
        }
    };
    let kept = digits.trim_end_matches('0').len();
    digits.truncate(kept);
    if digits.is_empty() {
        return ("0".to_string(), 1);
    }
    (digits, decpt)
}

/// CPython's `PyOS_double_to_string` without `always_add_sign`: `code` is `e`, `f`,
/// `g` or `r` (repr); `precision` as in the spec. Only `-` is ever emitted as a sign.
fn float_to_text(
    x: f64,
    code: char,
    precision: usize,
    add_dot_0: bool,
    alternate: bool,
    no_neg_zero: bool,
    upper: bool,
) -> String {
    if x.is_nan() {
        return if upper { "NAN" } else { "nan" }.to_string();
    }
    if x.is_infinite() {
        let inf = if upper { "INF" } else { "inf" };
        return if x < 0.0 {
            format!("-{inf}")
        } else {
            inf.to_string()
        };
    }
    let (mode, precision) = match code {
        'e' => (DigitMode::Significant(precision + 1), precision as i64 + 1),
        'f' => (DigitMode::Fixed(precision), precision as i64),
        'g' => {
            let p = precision.max(1);
            (DigitMode::Significant(p), p as i64)
        }
        _ => (DigitMode::Shortest, 0),
    };
    let (digits, mut decpt) = digits_of(x.abs(), mode);
    let len = digits.len() as i64;
    let negative = x.is_sign_negative() && !(no_neg_zero && digits == "0");

    // Output the slice [start, end) of `digits` padded with zeros on both sides,
    // with the point after position `decpt`.
    let mut end = len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            end = precision;
        }
        'f' => end = decpt + precision,
        'g' => {
            let limit = if add_dot_0 { precision - 1 } else { precision };
            use_exp = decpt <= -4 || decpt > limit;
            if alternate {
                end = precision;
            }
        }
        _ => use_exp = decpt <= -4 || decpt > 16,
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let end = if !use_exp && add_dot_0 {
        end.max(decpt + 1)
    } else {
        end.max(decpt)
    };
    let zeros = |out: &mut String, n: i64| out.extend(std::iter::repeat_n('0', n.max(0) as usize));

    let mut out = String::with_capacity(end.max(len) as usize + 8);
    if negative {
        out.push('-');
    }
    if decpt <= 0 {
        out.push_str("0.");
        zeros(&mut out, -decpt);
        out.push_str(&digits);
    } else if decpt <= len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
        zeros(&mut out, decpt - len);
        out.push('.');
    }
    zeros(&mut out, end - len.max(decpt));
    if out.ends_with('.') && !alternate {
        out.pop();
    }
    if use_exp {
        push_exponent(&mut out, if upper { 'E' } else { 'e' }, exp);
    }
    out
}

/// Formats a float whose presentation type is known to be valid for floats.
fn format_float_checked(x: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::Value("precision too big".to_string()));
    }
    let ty = spec.ty.unwrap_or('\0');
    let upper = matches!(ty, 'E' | 'F' | 'G');
    // Omitted type: like repr without a precision, else like 'g' keeping a ".0".
    let (mut code, add_dot_0, default_precision) = match ty {
        '\0' => ('r', true, 0),
        'n' => ('g', false, 6),
        c => (c.to_ascii_lowercase(), false, 6),
    };
    let mut value = x;
    let percent = code == '%';
    if percent {
        code = 'f';
        value *= 100.0;
    }
    let precision = match spec.precision {
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
        None => default_precision,
    };
    let mut text = float_to_text(
        value,
        code,
        precision,
        add_dot_0,
        spec.alternate,
        spec.z,
        upper,
    );
    if percent {
        text.push('%');
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let decimal = body[n_digits..].starts_with('.');
    let remainder = &body[n_digits + decimal as usize..];
    let group = if ty == 'n' {
        None
    } else {
        separator(spec.grouping, 3)
    };
    Ok(fill_number(
        spec,
        negative,
        "",
        &body[..n_digits],
        decimal,
        remainder,
        group,
    ))
}

/// `format(x, spec)` for a float: types `e E f F g G n %` and none (`ty == None`
/// or `'\0'`: repr-like, or `g`-like keeping a `.0` when a precision is given).
pub fn format_float(x: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    match spec.ty {
        None | Some('\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_checked(x, spec)
        }
        Some(c) => Err(unknown_code(c, type_name)),
    }
}

// ---------------------------------------------------------------------------
// Complex numbers
// ---------------------------------------------------------------------------

/// One part of a complex laid out without padding: `sign` applies to it, the
/// grouping of `spec` too (except for `n`, which uses the "C" locale).
fn complex_part(text: &str, spec: &FormatSpec, sign: Sign, ty: char) -> String {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let decimal = body[n_digits..].starts_with('.');
    let remainder = &body[n_digits + decimal as usize..];
    let part_spec = FormatSpec {
        fill: ' ',
        align: Some(Align::Left),
        sign,
        width: None,
        ..spec.clone()
    };
    let group = if ty == 'n' {
        None
    } else {
        separator(spec.grouping, 3)
    };
    fill_number(
        &part_spec,
        negative,
        "",
        &body[..n_digits],
        decimal,
        remainder,
        group,
    )
}

/// `format(z, spec)` for a complex (CPython's `format_complex_internal`): types
/// `e E f F g G n`, each part formatted as a float with the imaginary part always
/// signed; with no type, like `str(z)` (parentheses unless the real part is +0,
/// which is left out) or, given a precision, `g`-like. No `0` fill, no `=`.
pub fn format_complex(re: f64, im: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('\0');
    if !matches!(ty, '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
        return Err(unknown_code(ty, "complex"));
    }
    let error = |m: &str| Err(FormatError::Value(m.to_string()));
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return error("precision too big");
    }
    if spec.fill == '0' {
        return error("Zero padding is not allowed in complex format specifier");
    }
    if spec.align == Some(Align::AfterSign) {
        return error("'=' alignment flag is not allowed in complex format specifier");
    }
    let (mut code, mut default_precision, mut skip_re, mut parens) = (ty, 6, false, false);
    if ty == '\0' {
        code = 'r';
        default_precision = 0;
        skip_re = re == 0.0 && re.is_sign_positive();
        parens = !skip_re;
    }
    if code == 'n' {
        code = 'g';
    }
    let precision = match spec.precision {
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
        None => default_precision,
    };
    let upper = matches!(code, 'E' | 'F' | 'G');
    let lower = code.to_ascii_lowercase();
    let text = |x: f64| float_to_text(x, lower, precision, false, spec.alternate, spec.z, upper);
    let re_text = if skip_re {
        String::new()
    } else {
        complex_part(&text(re), spec, spec.sign, ty)
    };
    let im_sign = if skip_re { spec.sign } else { Sign::Plus };
    let im_text = complex_part(&text(im), spec, im_sign, ty);
    let body = if parens {
        format!("({re_text}{im_text}j)")
    } else {
        format!("{re_text}{im_text}j")
    };
    let len = body.chars().count();
    let total = spec.width.unwrap_or(0).max(len);
    let pad = total - len;
    let left = match spec.align.unwrap_or(Align::Right) {
        Align::Right => pad,
        Align::Center => pad / 2,
        Align::Left | Align::AfterSign => 0,
    };
    let fill = |n: usize| std::iter::repeat_n(spec.fill, n);
    let mut out = String::with_capacity(body.len() + pad);
    out.extend(fill(left));
    out.push_str(&body);
    out.extend(fill(pad - left));
    Ok(out)
}

// ---------------------------------------------------------------------------
// Ints
// ---------------------------------------------------------------------------

/// `format(n, spec)` for an int: types `d b o x X c n` (`n` as `d`, "C" locale),
/// the float types `e E f F g G %` (after conversion to float) and none (as `d`).
///
/// `c` of a lone surrogate (U+D800..U+DFFF) cannot be held in a `String` and
/// yields U+FFFD in its place.
pub fn format_int(n: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_integral(n, spec, ty),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = bigint_to_f64(n).ok_or_else(|| {
                FormatError::Overflow("int too large to convert to float".to_string())
            })?;
            format_float_checked(x, spec)
        }
        c => Err(unknown_code(c, type_name)),
    }
}

/// The integer presentation types.
fn format_integral(n: &BigInt, spec: &FormatSpec, ty: char) -> Result<String, FormatError> {
    let value_error = |m: &str| Err(FormatError::Value(m.to_string()));
    if spec.precision.is_some() {
        return value_error("Precision not allowed in integer format specifier");
    }
    if spec.z {
        return value_error("Negative zero coercion (z) not allowed in integer format specifier");
    }
    if ty == 'c' {
        if spec.sign != Sign::Default {
            return value_error("Sign not allowed with integer format specifier 'c'");
        }
        if spec.alternate {
            return value_error("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        let code = n.to_i64().ok_or_else(|| {
            FormatError::Overflow("Python int too large to convert to C long".to_string())
        })?;
        if !(0..=0x10ffff).contains(&code) {
            return Err(FormatError::Overflow(
                "%c arg not in range(0x110000)".to_string(),
            ));
        }
        let ch = char::from_u32(code as u32).unwrap_or('\u{fffd}');
        return Ok(fill_number(
            spec,
            false,
            "",
            "",
            false,
            ch.encode_utf8(&mut [0; 4]),
            None,
        ));
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let prefix = if spec.alternate { prefix } else { "" };
    let negative = n.sign() == BigSign::Minus;
    let digits = if base == 10 {
        let mut s = int_to_decimal_string(n).map_err(FormatError::Value)?;
        if negative {
            s.remove(0);
        }
        s
    } else if ty == 'X' {
        n.magnitude().to_str_radix(base).to_ascii_uppercase()
    } else {
        n.magnitude().to_str_radix(base)
    };
    let group = if ty == 'n' {
        None
    } else {
        separator(spec.grouping, if base == 10 { 3 } else { 4 })
    };
    Ok(fill_number(
        spec, negative, prefix, &digits, false, "", group,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ff(x: f64, spec: &str) -> Result<String, FormatError> {
        let parsed = parse_format_spec(spec, None, "float").map_err(FormatError::Value)?;
        format_float(x, &parsed, "float")
    }

    fn fi(n: &BigInt, spec: &str) -> Result<String, FormatError> {
        let parsed = parse_format_spec(spec, Some('d'), "int").map_err(FormatError::Value)?;
        format_int(n, &parsed, "int")
    }

    fn int(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    fn value(m: &str) -> FormatError {
        FormatError::Value(m.to_string())
    }

    fn overflow(m: &str) -> FormatError {
        FormatError::Overflow(m.to_string())
    }

    #[test]
    fn parse_fields() {
        let s = parse_format_spec("*^+z#012_.3e", None, "float").unwrap();
        assert_eq!(
            s,
            FormatSpec {
                fill: '*',
                align: Some(Align::Center),
                sign: Sign::Plus,
                z: true,
                alternate: true,
                zero: false,
                width: Some(12),
                grouping: Some(Grouping::Underscore),
                precision: Some(3),
                ty: Some('e'),
            }
        );
        let s = parse_format_spec("010", Some('s'), "str").unwrap();
        assert_eq!(
            (s.fill, s.zero, s.width, s.ty),
            ('0', true, Some(10), Some('s'))
        );
        assert_eq!(s.align_or(Align::Left), Align::Left);
        assert_eq!(s.align_or(Align::Right), Align::AfterSign);
        let s = parse_format_spec("<05", None, "float").unwrap();
        assert_eq!(
            (s.fill, s.align_or(Align::Right), s.width),
            ('0', Align::Left, Some(5))
        );
        let s = parse_format_spec("x<05", None, "float").unwrap();
        assert_eq!((s.fill, s.zero, s.width), ('x', false, Some(5)));
        assert_eq!(parse_format_spec("", None, "float").unwrap().ty, None);
        assert_eq!(
            parse_format_spec("-", Some('d'), "int").unwrap().sign,
            Sign::Minus
        );
        // Unicode decimal digits count in widths and precisions.
        let s = parse_format_spec("١٠.١f", None, "float").unwrap();
        assert_eq!((s.width, s.precision), (Some(10), Some(1)));
    }

    #[test]
    fn parse_errors() {
        // Messages from CPython 3.12.1.
        let cases: &[(&str, Option<char>, &str, &str)] = &[
            (
                "abc",
                None,
                "float",
                "Invalid format specifier 'abc' for object of type 'float'",
            ),
            (",,", None, "float", "Cannot specify ',' with ','."),
            (",_", None, "float", "Cannot specify both ',' and '_'."),
            ("_,", None, "float", "Cannot specify both ',' and '_'."),
            (",s", None, "float", "Cannot specify ',' with 's'."),
            (",c", Some('d'), "int", "Cannot specify ',' with 'c'."),
            ("_n", Some('d'), "int", "Cannot specify '_' with 'n'."),
            (",x", Some('d'), "int", "Cannot specify ',' with 'x'."),
            (",", Some('s'), "str", "Cannot specify ',' with 's'."),
            (",\u{1}", None, "float", "Cannot specify ',' with '\\x1'."),
            (".", None, "float", "Format specifier missing precision"),
            (".f", None, "float", "Format specifier missing precision"),
            (
                "99999999999999999999999",
                None,
                "float",
                "Too many decimal digits in format string",
            ),
            (
                ".99999999999999999999999",
                None,
                "float",
                "Too many decimal digits in format string",
            ),
            (
                "10.2fx",
                Some('d'),
                "int",
                "Invalid format specifier '10.2fx' for object of type 'int'",
            ),
        ];
        for &(spec, default, name, msg) in cases {
            assert_eq!(
                parse_format_spec(spec, default, name),
                Err(msg.to_string()),
                "{spec:?}"
            );
        }
        assert!(parse_format_spec("9223372036854775807", None, "float").is_ok());
        assert!(parse_format_spec("9223372036854775808", None, "float").is_err());
    }

    #[test]
    fn float_formats_like_cpython() {
        // format(x, spec) from CPython 3.12.1.
        let inf = f64::INFINITY;
        let nan = f64::NAN;
        let cases: &[(f64, &str, &str)] = &[
            (1e16, "", "1e+16"),
            (1.0, "", "1.0"),
            (1.5, "10", "       1.5"),
            (1.5, "+", "+1.5"),
            (1.5, "\0", "1.5"),
            (-0.0, "", "-0.0"),
            (-0.0, ".1f", "-0.0"),
            (1e22, "", "1e+22"),
            (1e-7, "", "1e-07"),
            (123.0, ".3", "1.23e+02"),
            (1e-7, ".3", "1e-07"),
            (100.0, ".2", "1e+02"),
            (100.0, ".3", "1e+02"),
            (100.0, ".4", "100.0"),
            (1.0, ".0", "1e+00"),
            (1.5, ".3", "1.5"),
            (0.1, ".20", "0.10000000000000000555"),
            (1.0, "f", "1.000000"),
            (1e22, "f", "10000000000000000000000.000000"),
            (0.0001, ".2f", "0.00"),
            (-0.0001, ".2f", "-0.00"),
            (2.5, ".0f", "2"),
            (3.5, ".0f", "4"),
            (0.125, ".2f", "0.12"),
            (0.375, ".2f", "0.38"),
            (2.675, ".2f", "2.67"),
            (1.0, "e", "1.000000e+00"),
            (1.125, ".2e", "1.12e+00"),
            (2.5, ".0e", "2e+00"),
            (3.5, ".0e", "4e+00"),
            (1.5, "#.0e", "2.e+00"),
            (1.5, "#.0f", "2."),
            (12345.678, "E", "1.234568E+04"),
            (1e-300, "e", "1.000000e-300"),
            (0.0, "e", "0.000000e+00"),
            (1.5, "g", "1.5"),
            (0.0, "#g", "0.00000"),
            (1e-5, "#.3g", "1.00e-05"),
            (1e-5, "g", "1e-05"),
            (0.0001, "g", "0.0001"),
            (123456.0, "g", "123456"),
            (1234567.0, "g", "1.23457e+06"),
            (1234567.0, "G", "1.23457E+06"),
            (123456789.0, "n", "1.23457e+08"),
            (1.5, ".0g", "2"),
            (100.0, "#g", "100.000"),
            (inf, "G", "INF"),
            (nan, "+F", "+NAN"),
            (-nan, "f", "nan"),
            (-inf, "e", "-inf"),
            (inf, "010", "0000000inf"),
            (inf, "%", "inf%"),
            (inf, "+010,.2f", "+000000inf"),
            (nan, "=+8", "+    nan"),
            (1.5, "%", "150.000000%"),
            (0.5, ".0%", "50%"),
            (-0.125, ".1%", "-12.5%"),
            (1234.5, "_", "1_234.5"),
            (1234.5, "_e", "1.234500e+03"),
            (1e15, ",", "1,000,000,000,000,000.0"),
            (123456789012345.6, ",", "123,456,789,012,345.6"),
            (1e100, ",", "1e+100"),
            (12345.678, "015,.2f", "0,000,012,345.68"),
            (12345.678, "0=15,.2f", "0,000,012,345.68"),
            (12345.678, "x=15,.2f", "xxxxxx12,345.68"),
            (-12345.678, "016,.2f", "-0,000,012,345.68"),
            (-1.5, "08.2f", "-0001.50"),
            (-1.5, "<08.2f", "-1.50000"),
            (1.5, "*^10", "***1.5****"),
            (1.5, "*^9", "***1.5***"),
            (-1.5, "^+9", "  -1.5   "),
            (1.5, " ", " 1.5"),
            (1.5, " 7.2f", "   1.50"),
            (1.5, "é>6", "ééé1.5"),
            (-0.0001, "z.2f", "0.00"),
            (-0.0, "z", "0.0"),
            (-0.0, "ze", "0.000000e+00"),
            (f64::NEG_INFINITY, "z", "-inf"),
            (-nan, "z", "nan"),
            (-1e-300, "z", "-1e-300"),
            (-1e-300, "z.3e", "-1.000e-300"),
            (-1e-300, "z.3g", "-1e-300"),
            (-0.4, "z.0f", "0"),
            (-0.5, "z.0f", "0"),
            (-0.6, "z.0f", "-1"),
            (-0.0, "+z", "+0.0"),
            (5e-324, "", "5e-324"),
            (5e-324, ".3", "4.94e-324"),
            (f64::MAX, ",.0f", "179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368"),
        ];
        for &(x, spec, want) in cases {
            assert_eq!(ff(x, spec), Ok(want.to_string()), "format({x}, {spec:?})");
        }
        assert_eq!(ff(-0.0, ".66110"), Ok("-0.0".to_string()));
        assert_eq!(ff(1.5, ".70000g"), Ok("1.5".to_string()));
        assert_eq!(ff(0.1, ".70000f").unwrap().len(), 70002);
        let e = ff(0.1, ".70000e").unwrap();
        assert!(e.len() == 70006 && e.ends_with("0000e-01"));
        let g = ff(5e-324, ".100000g").unwrap();
        assert!(g.len() == 757 && g.ends_with("65625e-324"));
        assert_eq!(ff(5e-324, "#.100000g").unwrap().len(), 100006);
        assert_eq!(ff(1.0 / 3.0, "#.70000").unwrap().len(), 70002);
        let exact = ff(5e-324, ".1074f").unwrap();
        assert!(exact.starts_with("0.000") && exact.ends_with("5625") && exact.len() == 1076);
    }

    #[test]
    fn float_errors_like_cpython() {
        let cases: &[(&str, FormatError)] = &[
            (
                "d",
                value("Unknown format code 'd' for object of type 'float'"),
            ),
            (
                "_d",
                value("Unknown format code 'd' for object of type 'float'"),
            ),
            (
                "c",
                value("Unknown format code 'c' for object of type 'float'"),
            ),
            (
                "\u{1}",
                value("Unknown format code '\\x1' for object of type 'float'"),
            ),
            (
                "é",
                value("Unknown format code '\\xe9' for object of type 'float'"),
            ),
            (".3000000000f", value("precision too big")),
            (
                ".3000000000d",
                value("Unknown format code 'd' for object of type 'float'"),
            ),
        ];
        for (spec, err) in cases {
            assert_eq!(ff(1.5, spec).as_ref(), Err(err), "{spec:?}");
        }
    }

    #[test]
    fn int_formats_like_cpython() {
        let cases: &[(&str, &str, &str)] = &[
            ("1", "", "1"),
            ("-42", "", "-42"),
            ("123", "+", "+123"),
            ("123", " ", " 123"),
            ("-123", " ", "-123"),
            ("5", "<05", "50000"),
            ("5", "x<05", "5xxxx"),
            ("1", "04,", "0,001"),
            ("1234", "0=10,", "00,001,234"),
            ("1234", "010,", "00,001,234"),
            ("255", "#x", "0xff"),
            ("-255", "#010x", "-0x00000ff"),
            ("255", "#_b", "0b1111_1111"),
            ("-255", "_X", "-FF"),
            ("255", "#X", "0XFF"),
            ("-255", "#X", "-0XFF"),
            ("12345678", "_", "12_345_678"),
            ("12345678", "_x", "bc_614e"),
            ("12345678", ",", "12,345,678"),
            ("12345678", ",d", "12,345,678"),
            ("-12345678", "020,", "-000,000,012,345,678"),
            ("-12345678", "^20,", "    -12,345,678     "),
            ("100000000000000000000", ",", "100,000,000,000,000,000,000"),
            ("100000000000000000000", "_o", "126_5707_2742_6543_0400_0000"),
            ("255", "#012_b", "0b0_1111_1111"),
            ("255", "#013_b", "0b0_1111_1111"),
            ("1", "#08_b", "0b0_0001"),
            ("5", "#", "5"),
            ("5", "#d", "5"),
            ("5", "#o", "0o5"),
            ("5", "#b", "0b101"),
            ("5", "+#010b", "+0b0000101"),
            ("0", "#x", "0x0"),
            ("1234567", "n", "1234567"),
            ("-1234567", "010n", "-001234567"),
            ("65", "c", "A"),
            ("65", "05c", "0000A"),
            ("65", "^5c", "  A  "),
            ("65", "<5c", "A    "),
            ("5", "=5c", "    \u{5}"),
            ("233", "c", "é"),
            ("1114111", "c", "\u{10ffff}"),
            ("1", ".2f", "1.00"),
            ("1", "e", "1.000000e+00"),
            ("5", "F", "5.000000"),
            ("5", "G", "5"),
            ("5", "%", "500.000000%"),
            ("5", "z.2f", "5.00"),
            ("-3", "010.1f", "-0000003.0"),
            ("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368", "e", "1.797693e+308"),
            ("123456789012345678901", "g", "1.23457e+20"),
        ];
        for &(n, spec, want) in cases {
            assert_eq!(
                fi(&int(n), spec),
                Ok(want.to_string()),
                "format({n}, {spec:?})"
            );
        }
        let ten = |e: u32| BigInt::from(10).pow(e);
        let nines = ten(4300) - 1;
        assert_eq!(fi(&nines, "d").unwrap().len(), 4300);
        assert_eq!(fi(&-&nines, "").unwrap().len(), 4301);
        assert_eq!(fi(&ten(5000), "x").unwrap().len(), 4153);
    }

    #[test]
    fn int_errors_like_cpython() {
        let ten = |e: u32| BigInt::from(10).pow(e);
        let p = |e: u32| BigInt::from(2).pow(e);
        let limit = "Exceeds the limit (4300 digits) for integer string conversion; \
                     use sys.set_int_max_str_digits() to increase the limit";
        let cases: &[(BigInt, &str, FormatError)] = &[
            (
                int("5"),
                "z",
                value("Negative zero coercion (z) not allowed in integer format specifier"),
            ),
            (
                int("5"),
                ".2",
                value("Precision not allowed in integer format specifier"),
            ),
            (
                int("65"),
                ".2c",
                value("Precision not allowed in integer format specifier"),
            ),
            (
                int("65"),
                "+c",
                value("Sign not allowed with integer format specifier 'c'"),
            ),
            (
                int("65"),
                "-c",
                value("Sign not allowed with integer format specifier 'c'"),
            ),
            (
                int("5"),
                " c",
                value("Sign not allowed with integer format specifier 'c'"),
            ),
            (
                int("5"),
                "zc",
                value("Negative zero coercion (z) not allowed in integer format specifier"),
            ),
            (
                int("65"),
                "#c",
                value("Alternate form (#) not allowed with integer format specifier 'c'"),
            ),
            (int("-1"), "c", overflow("%c arg not in range(0x110000)")),
            (
                int("1114112"),
                "c",
                overflow("%c arg not in range(0x110000)"),
            ),
            (
                p(70),
                "c",
                overflow("Python int too large to convert to C long"),
            ),
            (
                -p(70),
                "c",
                overflow("Python int too large to convert to C long"),
            ),
            (ten(400), "f", overflow("int too large to convert to float")),
            (
                p(1024) - 1,
                "e",
                overflow("int too large to convert to float"),
            ),
            (
                p(1024) - p(970),
                "e",
                overflow("int too large to convert to float"),
            ),
            (
                ten(400),
                ".3000000000f",
                overflow("int too large to convert to float"),
            ),
            (int("5"), ".3000000000f", value("precision too big")),
            (
                int("5"),
                "s",
                value("Unknown format code 's' for object of type 'int'"),
            ),
            (
                int("5"),
                "\0",
                value("Unknown format code '\\x0' for object of type 'int'"),
            ),
            (
                int("5"),
                "é",
                value("Unknown format code '\\xe9' for object of type 'int'"),
            ),
            (ten(5000), "d", value(limit)),
            (ten(4300), "", value(limit)),
            (ten(4300), ",", value(limit)),
        ];
        for (n, spec, err) in cases {
            assert_eq!(fi(n, spec).as_ref(), Err(err), "{spec:?}");
        }
    }
}
