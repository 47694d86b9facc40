//! Python's `float(str)` parsing: CPython's grammar, correctly rounded.

use super::int_text::{is_c_space, numeric_ascii};

/// Python's `float(s)` for a `str` argument, or `None` when CPython raises
/// `ValueError: could not convert string to float: ...` (the caller formats it).
///
/// Accepts surrounding whitespace, a sign, `inf`/`infinity`/`nan` in any case,
/// decimal digits with an optional point and exponent, single underscores
/// between digits, and Unicode decimal digits; rejects hex floats. Out-of-range
/// values become `±inf` or `±0.0`, as in CPython.
pub fn parse_float(s: &str) -> Option<f64> {
    let text = numeric_ascii(s);
    // Underscores must sit between two ASCII digits (checked before stripping, like CPython).
    let is_digit_at = |i: usize| text.get(i).is_some_and(u8::is_ascii_digit);
    for (i, &b) in text.iter().enumerate() {
        if b == b'_' && !(i > 0 && is_digit_at(i - 1) && is_digit_at(i + 1)) {
            return None;
        }
    }
    let start = text.iter().position(|&b| !is_c_space(b))?;
    let end = text.iter().rposition(|&b| !is_c_space(b))? + 1;
    let body: Vec<u8> = text[start..end]
        .iter()
        .copied()
        .filter(|&b| b != b'_')
        .collect();

    let (negative, rest) = match body.first() {
        Some(b'-') => (true, &body[1..]),
        Some(b'+') => (false, &body[1..]),
        _ => (false, &body[..]),
    };
    let special = if rest.eq_ignore_ascii_case(b"inf") || rest.eq_ignore_ascii_case(b"infinity") {
        Some(f64::INFINITY)
    } else if rest.eq_ignore_ascii_case(b"nan") {
        Some(f64::NAN)
    } else {
        None
    };
    if let Some(v) = special {
        return Some(if negative { -v } else { v });
    }

    // digits [ '.' digits ] [ ('e'|'E') [sign] digits ], at least one mantissa digit.
    let take_digits = |from: usize| {
        from + rest[from..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let int_end = take_digits(0);
    let mut pos = int_end;
    let mut frac_end = pos;
    if rest.get(pos) == Some(&b'.') {
        frac_end = take_digits(pos + 1);
        pos = frac_end;
    }
    if int_end == 0 && frac_end <= 1 {
        return None;
    }
    if matches!(rest.get(pos), Some(b'e' | b'E')) {
        pos += 1;
        if matches!(rest.get(pos), Some(b'+' | b'-')) {
            pos += 1;
        }
        let exp_end = take_digits(pos);
        if exp_end == pos {
            return None;
        }
        pos = exp_end;
    }
    if pos != rest.len() {
        return None;
    }
    // The text is now plain ASCII in a grammar Rust's correctly rounded parser accepts.
    let text = std::str::from_utf8(&body).ok()?;
    text.parse::<f64>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_like_cpython() {
        // Expected values from CPython 3.12.1 `float(s)`.
        let cases: &[(&str, f64)] = &[
            ("1.5", 1.5),
            ("  -2.25\n", -2.25),
            ("+3", 3.0),
            ("1_000.5", 1000.5),
            ("1_2e1_0", 120000000000.0),
            (".5", 0.5),
            ("5.", 5.0),
            ("1.e5", 100000.0),
            ("+.5e-3", 0.0005),
            ("00012", 12.0),
            ("1e0_1", 10.0),
            ("1E3", 1000.0),
            ("1e500", f64::INFINITY),
            ("-1e500", f64::NEG_INFINITY),
            ("1e-400", 0.0),
            ("١٢٣.٥", 123.5),
            ("𝟓.𝟓", 5.5),
            ("\u{2003} 2.5\u{3000}", 2.5),
            ("  -InFiNiTy ", f64::NEG_INFINITY),
            ("-iNF", f64::NEG_INFINITY),
            ("inf", f64::INFINITY),
            ("1.7976931348623159e308", f64::INFINITY),
            ("1.7976931348623157e308", f64::MAX),
            ("4.9406564584124654e-324", 5e-324),
            ("2.4703282292062328e-324", 5e-324),
            ("2.4703282292062327e-324", 0.0),
            ("0.000000000000000000000000000000000000000001e42", 1.0),
            ("0.1", 0.1),
            ("9007199254740993", 9007199254740992.0),
            ("1e99999999999999999999", f64::INFINITY),
        ];
        for &(s, want) in cases {
            let got = parse_float(s).unwrap_or_else(|| panic!("{s:?} rejected"));
            assert_eq!(got.to_bits(), want.to_bits(), "{s:?}");
        }
        let neg_zero = parse_float("-0.0").unwrap();
        assert!(neg_zero == 0.0 && neg_zero.is_sign_negative());
        let nan = parse_float("+nan").unwrap();
        assert!(nan.is_nan() && nan.is_sign_positive());
        let neg_nan = parse_float("-NaN").unwrap();
        assert!(neg_nan.is_nan() && neg_nan.is_sign_negative());
        let long = format!("0.{}1", "0".repeat(5000));
        assert_eq!(parse_float(&long), Some(0.0));
        let long = format!("{}e-5000", "1".repeat(5001));
        assert_eq!(parse_float(&long), Some(1.1111111111111112));
    }

    #[test]
    fn rejects_like_cpython() {
        for s in [
            "",
            "   ",
            "1__0",
            "_1",
            "1_",
            "1._5",
            "1_.5",
            "in_f",
            "1e",
            "1e+",
            ".",
            "e5",
            "0x1p3",
            "infinit",
            "1.5\0",
            "1.5e+_3",
            "nan(1)",
            "1e5.5",
            "--1",
            "+-1",
            "1 2",
            "abc",
            "inf inf",
            "\x1c1.5",
            "1.5\u{200b}",
            "_1.5",
            "1.5_",
            ".e5",
            "1,5",
        ] {
            assert_eq!(parse_float(s), None, "{s:?}");
        }
    }
}

/// Why `float.fromhex(s)` failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HexError {
    /// ValueError "invalid hexadecimal floating-point string".
    Invalid,
    /// OverflowError "hexadecimal value too large to represent as a float".
    Overflow,
}

impl HexError {
    /// CPython's message.
    pub fn message(self) -> &'static str {
        match self {
            HexError::Invalid => "invalid hexadecimal floating-point string",
            HexError::Overflow => "hexadecimal value too large to represent as a float",
        }
    }
}

/// `float.fromhex(s)` (CPython's `float_fromhex`): optional ASCII whitespace
/// around `[sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign] digits]` or an
/// `inf`/`infinity`/`nan` spelling, correctly rounded (ties to even).
pub fn parse_hex_float(s: &str) -> Result<f64, HexError> {
    let b = s.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut pos = 0;
    while is_c_space(at(pos)) {
        pos += 1;
    }
    let finish = |pos: usize, x: f64| {
        let mut pos = pos;
        while is_c_space(at(pos)) {
            pos += 1;
        }
        if pos == b.len() {
            Ok(x)
        } else {
            Err(HexError::Invalid)
        }
    };
    // Infinities and NaNs, with their own sign.
    let sign_len = usize::from(matches!(at(pos), b'+' | b'-'));
    let word = |w: &[u8]| {
        let from = pos + sign_len;
        b.len() >= from + w.len() && b[from..from + w.len()].eq_ignore_ascii_case(w)
    };
    let special = if word(b"infinity") {
        Some((f64::INFINITY, 8))
    } else if word(b"inf") {
        Some((f64::INFINITY, 3))
    } else if word(b"nan") {
        Some((f64::NAN, 3))
    } else {
        None
    };
    if let Some((v, len)) = special {
        let v = if at(pos) == b'-' { -v } else { v };
        return finish(pos + sign_len + len, v);
    }
    let negative = at(pos) == b'-';
    pos += sign_len;
    if at(pos) == b'0' && matches!(at(pos + 1), b'x' | b'X') {
        pos += 2;
    }
    let hex = |c: u8| (c as char).to_digit(16);
    let mut mantissa = num_bigint::BigUint::default();
    let mut ndigits = 0usize;
    let mut fdigits = 0i64;
    while let Some(d) = hex(at(pos)) {
        mantissa = (mantissa << 4u32) + d;
        ndigits += 1;
        pos += 1;
    }
    if at(pos) == b'.' {
        pos += 1;
        while let Some(d) = hex(at(pos)) {
            mantissa = (mantissa << 4u32) + d;
            ndigits += 1;
            fdigits += 1;
            pos += 1;
        }
    }
    if ndigits == 0 {
        return Err(HexError::Invalid);
    }
    let mut exp: i64 = 0;
    if matches!(at(pos), b'p' | b'P') {
        pos += 1;
        let neg_exp = at(pos) == b'-';
        if matches!(at(pos), b'+' | b'-') {
            pos += 1;
        }
        if !at(pos).is_ascii_digit() {
            return Err(HexError::Invalid);
        }
        // strtol saturates; such exponents over- or underflow anyway.
        while at(pos).is_ascii_digit() {
            let d = (at(pos) - b'0') as i64;
            exp = exp.saturating_mul(10).saturating_add(d);
            pos += 1;
        }
        if neg_exp {
            exp = -exp;
        }
    }
    let x = if mantissa.bits() == 0 || exp < i64::MIN / 2 {
        0.0
    } else if exp > i64::MAX / 2 {
        return Err(HexError::Overflow);
    } else {
        // The value is mantissa * 2**shift.
        let shift = exp - 4 * fdigits;
        let bits = mantissa.bits() as i64;
        if bits + shift < -1074 {
            0.0
        } else if bits + shift > 1025 {
            return Err(HexError::Overflow);
        } else {
            let drop = (bits - 64).max(0) as u64;
            let q = num_traits::ToPrimitive::to_u64(&(&mantissa >> drop)).expect("64 bits");
            let sticky = mantissa.trailing_zeros().is_some_and(|tz| tz < drop);
            super::arith::round_scaled(q, sticky, shift + drop as i64).ok_or(HexError::Overflow)?
        }
    };
    finish(pos, if negative { -x } else { x })
}

#[cfg(test)]
mod hex_tests {
    use super::*;

    #[test]
    fn fromhex_like_cpython() {
        let ok: &[(&str, f64)] = &[
            ("0x1p0", 1.0),
            ("-0x1p-1", -0.5),
            ("0x.8p0", 0.5),
            ("ff", 255.0),
            ("1e3", 483.0),
            ("  0x1p1  ", 2.0),
            ("0x1.fffffffffffff7p1023", f64::MAX),
            ("0x1p-1074", 5e-324),
            ("0x1p-1075", 0.0),
            ("0x1.0000000000001p-1075", 5e-324),
            ("0x3p-1076", 5e-324),
            ("0x1.00000000000008p0", 1.0),
            ("0x1.00000000000018p0", 1.0000000000000004),
            ("0x1.000000000000081p0", 1.0000000000000002),
            ("0x10000000000000000000000p0", 3.094850098213451e+26),
            ("0x1p-99999999999999999999", 0.0),
            ("-Infinity", f64::NEG_INFINITY),
        ];
        for &(s, want) in ok {
            assert_eq!(parse_hex_float(s), Ok(want), "{s:?}");
        }
        assert!(parse_hex_float("-0x0p0").unwrap().is_sign_negative());
        for s in [
            "0x1.fffffffffffff8p1023",
            "0x1p1024",
            "0x1p99999999999999999999",
        ] {
            assert_eq!(parse_hex_float(s), Err(HexError::Overflow), "{s:?}");
        }
        for s in [
            "0x",
            "0xp1",
            "0x1p",
            "0x1p+",
            "x1p0",
            "",
            " ",
            "0x1_0p0",
            "0x1 p0",
            "1\0",
            "١",
            "\u{2000}0x1p0",
        ] {
            assert_eq!(parse_hex_float(s), Err(HexError::Invalid), "{s:?}");
        }
    }
}
