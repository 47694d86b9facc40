//! Python's `int(str, base)` parsing and int-to-text conversion, with CPython's 4300-digit limit.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::ToPrimitive;
use std::sync::atomic::{AtomicUsize, Ordering};

/// CPython's default `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// The smallest nonzero limit `sys.set_int_max_str_digits()` accepts.
pub const MAX_STR_DIGITS_THRESHOLD: usize = 640;

/// The current limit on decimal digits in int/str conversions; 0 means none
/// (`sys.set_int_max_str_digits`).
static MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(DEFAULT_MAX_STR_DIGITS);

/// `sys.get_int_max_str_digits()`.
pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.load(Ordering::Relaxed)
}

/// `sys.set_int_max_str_digits(n)`; the caller checks `n == 0 || n >= 640`.
pub fn set_max_str_digits(n: usize) {
    MAX_STR_DIGITS.store(n, Ordering::Relaxed);
}

/// Whether `digits` decimal digits exceed the current limit.
fn over_limit(digits: usize) -> bool {
    let limit = max_str_digits();
    limit > 0 && digits > limit
}

/// Code points of the digit zero of every Unicode `Nd` block (Unicode 15.0, as in
/// CPython 3.12); each block holds the ten digits `0..=9` consecutively.
const DECIMAL_ZEROS: [u32; 68] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x11f50, 0x16a60, 0x16ac0,
    0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0, 0x1e950,
    0x1fbf0,
];

/// The value of a Unicode decimal digit (`str.isdecimal()` characters), if `c` is one.
pub(crate) fn decimal_value(c: char) -> Option<u32> {
    let c = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= c);
    if i == 0 {
        return None;
    }
    let d = c - DECIMAL_ZEROS[i - 1];
    (d < 10).then_some(d)
}

/// Non-ASCII characters that `str.isspace()` accepts.
fn is_non_ascii_space(c: char) -> bool {
    matches!(
        c,
        '\u{85}' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}' | '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

/// CPython's pre-pass for numeric text: non-ASCII whitespace becomes `' '`,
/// non-ASCII decimal digits become ASCII digits, any other non-ASCII character
/// becomes `'?'` (invalid in every numeric grammar). ASCII is kept as is.
pub(crate) fn numeric_ascii(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                c as u8
            } else if is_non_ascii_space(c) {
                b' '
            } else if let Some(d) = decimal_value(c) {
                b'0' + d as u8
            } else {
                b'?'
            }
        })
        .collect()
}

/// C's `isspace` in the "C" locale, which CPython's number parsers use after [`numeric_ascii`].
pub(crate) fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// Why `int(text, base)` failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IntParseError {
    /// ValueError: the base is neither 0 nor in `2..=36`.
    InvalidBase,
    /// ValueError: the text is not an integer literal; `base` is the base as given (0 allowed).
    InvalidLiteral { base: u32 },
    /// ValueError: a non-power-of-two base literal has more digits than [`max_str_digits`].
    TooManyDigits { digits: usize },
}

impl IntParseError {
    /// CPython's message; `repr` is `repr()` of the original argument (used only for invalid literals).
    pub fn message(&self, repr: &str) -> String {
        match self {
            IntParseError::InvalidBase => "int() base must be >= 2 and <= 36, or 0".to_string(),
            IntParseError::InvalidLiteral { base } => invalid_literal_message(*base, repr),
            IntParseError::TooManyDigits { digits } => format!(
                "Exceeds the limit ({} digits) for integer string conversion: \
                 value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit",
                max_str_digits()
            ),
        }
    }
}

/// `"invalid literal for int() with base {base}: {repr}"`, the repr cut to 200 code points like CPython's `%.200R`.
pub fn invalid_literal_message(base: u32, repr: &str) -> String {
    let cut: String = repr.chars().take(200).collect();
    format!("invalid literal for int() with base {base}: {cut}")
}

/// Python's `int(s, base)` for a `str` argument: surrounding whitespace, a sign,
/// base 0 auto-detection, matching `0x`/`0o`/`0b` prefixes, single underscores
/// between digits, Unicode decimal digits, and the 4300-digit limit.
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, IntParseError> {
    if base == 1 || base > 36 {
        return Err(IntParseError::InvalidBase);
    }
    let invalid = IntParseError::InvalidLiteral { base };
    let text = numeric_ascii(s);
    let mut pos = text
        .iter()
        .position(|&b| !is_c_space(b))
        .unwrap_or(text.len());
    let at = |i: usize| text.get(i).copied().unwrap_or(0);
    let negative = match at(pos) {
        b'+' => {
            pos += 1;
            false
        }
        b'-' => {
            pos += 1;
            true
        }
        _ => false,
    };
    let mut radix = base;
    let mut error_if_nonzero = false;
    if radix == 0 {
        radix = match (at(pos), at(pos + 1).to_ascii_lowercase()) {
            (b'0', b'x') => 16,
            (b'0', b'o') => 8,
            (b'0', b'b') => 2,
            (b'0', _) => {
                // C-style octal such as "010" is invalid; zero itself is fine.
                error_if_nonzero = true;
                10
            }
            _ => 10,
        };
    }
    let prefix = match at(pos + 1).to_ascii_lowercase() {
        b'x' => 16,
        b'o' => 8,
        b'b' => 2,
        _ => 0,
    };
    if at(pos) == b'0' && prefix == radix {
        pos += 2;
        if at(pos) == b'_' {
            pos += 1;
        }
    }
    if at(pos) == b'_' {
        return Err(invalid);
    }
    // Collect digit values, allowing single underscores between digits.
    let mut digits = Vec::new();
    let mut prev_underscore = false;
    while pos < text.len() {
        let b = text[pos];
        if b == b'_' {
            if prev_underscore {
                return Err(invalid);
            }
            prev_underscore = true;
        } else {
            match (b as char).to_digit(36) {
                Some(d) if d < radix => digits.push(d as u8),
                _ => break,
            }
            prev_underscore = false;
        }
        pos += 1;
    }
    if prev_underscore || digits.is_empty() {
        return Err(invalid);
    }
    if text[pos..].iter().any(|&b| !is_c_space(b)) {
        return Err(invalid);
    }
    if !radix.is_power_of_two() && over_limit(digits.len()) {
        return Err(IntParseError::TooManyDigits {
            digits: digits.len(),
        });
    }
    let magnitude = digits_to_biguint(&digits, radix);
    if error_if_nonzero && magnitude != BigUint::ZERO {
        return Err(invalid);
    }
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Ok(BigInt::from_biguint(sign, magnitude))
}

/// Big-endian digit values (each `< radix`) to a number; a machine-word fast path for short inputs.
fn digits_to_biguint(digits: &[u8], radix: u32) -> BigUint {
    // 12 digits of base 36 fit comfortably in a u64.
    if digits.len() <= 12 {
        let v = digits
            .iter()
            .fold(0u64, |acc, &d| acc * radix as u64 + d as u64);
        return BigUint::from(v);
    }
    BigUint::from_radix_be(digits, radix).expect("digits are below the radix")
}

/// `str(n)` for an int, failing with CPython's ValueError message when the
/// result would have more digits than [`max_str_digits`] (the sign not counted).
pub fn int_to_decimal_string(n: &BigInt) -> Result<String, String> {
    if let Some(v) = n.to_i64() {
        return Ok(v.to_string());
    }
    let limit = max_str_digits();
    // A number of `bits` bits is at least 2**(bits - 1), so it has more than
    // (bits - 1) * log10(2) digits: skip the conversion when that is too many.
    let surely_over =
        limit > 0 && (n.bits() - 1) as f64 > limit as f64 * std::f64::consts::LOG2_10 + 1.0;
    let s = if surely_over {
        None
    } else {
        Some(n.to_string())
    };
    match s {
        Some(s) if !over_limit(s.trim_start_matches('-').len()) => Ok(s),
        _ => Err(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        )),
    }
}

/// `bin`/`oct`/`hex` text of `n` in base 2, 8 or 16 (lowercase digits), with
/// the `0b`/`0o`/`0x` prefix when `prefix` is set and a leading `-` for negatives.
pub fn int_to_base_string(n: &BigInt, base: u32, prefix: bool) -> String {
    let mut out = String::new();
    if n.sign() == Sign::Minus {
        out.push('-');
    }
    if prefix {
        out.push_str(match base {
            2 => "0b",
            8 => "0o",
            16 => "0x",
            _ => "",
        });
    }
    out.push_str(&n.magnitude().to_str_radix(base));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(s: &str, base: u32) -> String {
        parse_int(s, base).unwrap().to_string()
    }

    fn err(s: &str, base: u32) -> IntParseError {
        parse_int(s, base).unwrap_err()
    }

    #[test]
    fn parses_like_cpython() {
        // Expected values from CPython 3.12.1 `int(s, base)`.
        assert_eq!(ok("123", 10), "123");
        assert_eq!(ok("  -42\n", 10), "-42");
        assert_eq!(ok("+7", 10), "7");
        assert_eq!(ok("1_000_000", 10), "1000000");
        assert_eq!(ok("0x_1f", 0), "31");
        assert_eq!(ok("0x1F", 16), "31");
        assert_eq!(ok("1f", 16), "31");
        assert_eq!(ok("0b101", 2), "5");
        assert_eq!(ok("0b101", 16), "45313");
        assert_eq!(ok("0b101", 0), "5");
        assert_eq!(ok("0o17", 0), "15");
        assert_eq!(ok("-0O17", 8), "-15");
        assert_eq!(ok("z", 36), "35");
        assert_eq!(ok("Z", 36), "35");
        assert_eq!(ok("00", 0), "0");
        assert_eq!(ok("0_0", 0), "0");
        assert_eq!(ok("00_0", 0), "0");
        assert_eq!(ok("0", 0), "0");
        assert_eq!(ok("1_1", 0), "11");
        assert_eq!(ok("\u{3000}5\u{2003}", 10), "5");
        assert_eq!(ok("\u{85} 5 \u{a0}", 10), "5");
        assert_eq!(ok("٣", 10), "3");
        assert_eq!(ok("٣", 4), "3");
        assert_eq!(ok("١_٢", 10), "12");
        assert_eq!(ok("𝟓", 10), "5");
        assert_eq!(
            ok("123456789012345678901234567890", 10),
            "123456789012345678901234567890"
        );
        assert_eq!(
            ok("-ffffffffffffffffffff", 16),
            "-1208925819614629174706175"
        );
        assert_eq!(ok(&"1".repeat(4300), 10), "1".repeat(4300));
        assert_eq!(
            ok(&format!("-{}", "1".repeat(4300)), 10),
            format!("-{}", "1".repeat(4300))
        );
        // Power-of-two bases have no digit limit.
        assert!(parse_int(&"1".repeat(5000), 16).is_ok());
        assert!(parse_int(&"1".repeat(4301), 32).is_ok());
    }

    #[test]
    fn rejects_like_cpython() {
        let inv = |base| IntParseError::InvalidLiteral { base };
        for s in [
            "",
            "  ",
            "abc",
            "1__0",
            "_1",
            "1_",
            "-  5",
            "+-5",
            "1 2",
            "1\0",
            "\x1c5",
            "5\u{200b}",
        ] {
            assert_eq!(err(s, 10), inv(10), "{s:?}");
        }
        for s in [
            "010", "0x", "0x__1f", "0_7", "0_b1", "abc", "0xg", "12a", "0b2", "0o8", "-", "+",
        ] {
            assert_eq!(err(s, 0), inv(0), "{s:?}");
        }
        assert_eq!(err("0b", 2), inv(2));
        assert_eq!(err("0b_", 2), inv(2));
        assert_eq!(err("٣", 3), inv(3));
        assert_eq!(err("1", 37), IntParseError::InvalidBase);
        assert_eq!(err("1", 1), IntParseError::InvalidBase);
        // The digit limit is checked after the syntax, counting digits only.
        assert_eq!(
            err(&"1".repeat(5000), 10),
            IntParseError::TooManyDigits { digits: 5000 }
        );
        assert_eq!(
            err(&"0".repeat(5000), 10),
            IntParseError::TooManyDigits { digits: 5000 }
        );
        assert_eq!(
            err(&format!("{} ", "1".repeat(5000)), 10),
            IntParseError::TooManyDigits { digits: 5000 }
        );
        assert_eq!(
            err(&format!("0{}", "1".repeat(5000)), 0),
            IntParseError::TooManyDigits { digits: 5001 }
        );
        assert_eq!(
            err(&format!("{}_{}", "1".repeat(2000), "1".repeat(2400)), 10),
            IntParseError::TooManyDigits { digits: 4400 }
        );
        assert_eq!(
            err(&format!("{}٠", "1".repeat(5000)), 10),
            IntParseError::TooManyDigits { digits: 5001 }
        );
        assert_eq!(err(&format!("{}x", "1".repeat(5000)), 10), inv(10));
        assert_eq!(err(&format!("{}_", "1".repeat(5000)), 10), inv(10));
        assert_eq!(
            err(&"1".repeat(5000), 36),
            IntParseError::TooManyDigits { digits: 5000 }
        );
    }

    #[test]
    fn messages() {
        assert_eq!(
            IntParseError::InvalidLiteral { base: 10 }.message("'abc'"),
            "invalid literal for int() with base 10: 'abc'"
        );
        assert_eq!(
            IntParseError::InvalidBase.message(""),
            "int() base must be >= 2 and <= 36, or 0"
        );
        assert_eq!(
            IntParseError::TooManyDigits { digits: 5000 }.message(""),
            "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; \
             use sys.set_int_max_str_digits() to increase the limit"
        );
        // CPython: int('a'*300) shows the repr cut to 200 characters ("'" plus 199 a's).
        let repr = format!("'{}'", "a".repeat(300));
        assert_eq!(
            invalid_literal_message(10, &repr),
            format!(
                "invalid literal for int() with base 10: '{}",
                "a".repeat(199)
            )
        );
    }

    #[test]
    fn decimal_text() {
        let big = |s: &str| s.parse::<BigInt>().unwrap();
        assert_eq!(int_to_decimal_string(&big("0")).unwrap(), "0");
        assert_eq!(int_to_decimal_string(&big("-123")).unwrap(), "-123");
        assert_eq!(
            int_to_decimal_string(&big("-123456789012345678901234567890")).unwrap(),
            "-123456789012345678901234567890"
        );
        let nines = "9".repeat(4300);
        assert_eq!(int_to_decimal_string(&big(&nines)).unwrap(), nines);
        assert_eq!(
            int_to_decimal_string(&-big(&nines)).unwrap(),
            format!("-{nines}")
        );
        let limit = "Exceeds the limit (4300 digits) for integer string conversion; \
                     use sys.set_int_max_str_digits() to increase the limit";
        let ten_4300 = BigInt::from(10).pow(4300);
        assert_eq!(int_to_decimal_string(&ten_4300).unwrap_err(), limit);
        assert_eq!(
            int_to_decimal_string(&(BigInt::from(1) << 50000u32)).unwrap_err(),
            limit
        );
    }

    #[test]
    fn base_text() {
        let n = BigInt::from(31);
        assert_eq!(int_to_base_string(&n, 16, true), "0x1f");
        assert_eq!(int_to_base_string(&-&n, 16, true), "-0x1f");
        assert_eq!(int_to_base_string(&-&n, 8, true), "-0o37");
        assert_eq!(int_to_base_string(&n, 2, true), "0b11111");
        assert_eq!(int_to_base_string(&n, 2, false), "11111");
        assert_eq!(int_to_base_string(&BigInt::from(0), 16, true), "0x0");
        assert_eq!(
            int_to_base_string(&-(BigInt::from(1) << 64u32), 16, true),
            "-0x10000000000000000"
        );
    }
}
