//! CPython's `repr(float)` (which is also `str(float)`): shortest round-tripping digits.

/// The shortest decimal digits that round-trip to `x.abs()` (finite), as
/// `(digits, decpt)` with value `0.digits × 10^decpt` and no trailing zeros
/// (zero is `("0", 1)`), like David Gay's `dtoa` mode 0.
pub(crate) fn shortest_digits(x: f64) -> (String, i64) {
    // Rust's `{:e}` prints the shortest round-tripping digits: "1.2345e-5".
    let (digits, decpt) = split_exponent(&format!("{:e}", x.abs()));
    // When `x` lies exactly halfway between two shortest candidates, Rust picks the
    // upper one while dtoa picks the even one, which is the correctly rounded
    // (half-even) value with as many digits. Such ties need at least 16 digits.
    if digits.len() >= 15 {
        let rounded = format!("{:.*e}", digits.len() - 1, x.abs());
        if rounded.parse::<f64>() == Ok(x.abs()) {
            return split_exponent(&rounded);
        }
    }
    (digits, decpt)
}

/// Splits Rust's `d.ddde±x` into the digits (no point) and `decpt = x + 1`.
pub(crate) fn split_exponent(s: &str) -> (String, i64) {
    let (mantissa, exp) = s.split_once('e').expect("`{:e}` always has an exponent");
    let exp: i64 = exp.parse().expect("`{:e}` exponent is an integer");
    (mantissa.replace('.', ""), exp + 1)
}

/// `repr(x)` exactly as CPython prints it: `0.1`, `1e+16`, `1.5e-05`, `-0.0`,
/// `inf`, `nan`; exponent notation when the decimal exponent is `< -4` or `>= 16`.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let (digits, decpt) = shortest_digits(x);
    let mut out = String::with_capacity(digits.len() + 8);
    if x.is_sign_negative() {
        out.push('-');
    }
    let len = digits.len() as i64;
    if !(-4 < decpt && decpt <= 16) {
        out.push_str(&digits[..1]);
        if len > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        push_exponent(&mut out, 'e', decpt - 1);
    } else if decpt <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-decpt) as usize));
        out.push_str(&digits);
    } else if decpt < len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
        out.extend(std::iter::repeat_n('0', (decpt - len) as usize));
        out.push_str(".0");
    }
    out
}

/// Appends C's `%+.02d`-style exponent: marker, sign, at least two digits.
pub(crate) fn push_exponent(out: &mut String, marker: char, exp: i64) {
    out.push(marker);
    out.push(if exp < 0 { '-' } else { '+' });
    let mag = exp.unsigned_abs();
    if mag < 10 {
        out.push('0');
    }
    out.push_str(&mag.to_string());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_cpython() {
        // Expected strings produced by CPython 3.12.1 `repr(x)`.
        let cases: &[(f64, &str)] = &[
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1.5e-5, "1.5e-05"),
            (123456789012345.0, "123456789012345.0"),
            (1234567890123456.8, "1234567890123456.8"),
            (9999999999999998.0, "9999999999999998.0"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1e300, "1e+300"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
            (f64::MIN_POSITIVE, "2.2250738585072014e-308"),
            (2.0, "2.0"),
            (100.0, "100.0"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (0.00012345, "0.00012345"),
            (-1.5, "-1.5"),
            (1e15, "1000000000000000.0"),
            (1.2345e16, "1.2345e+16"),
            (20000000000000008.0, "2.000000000000001e+16"),
            (0.3, "0.3"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1.0 / 3.0, "0.3333333333333333"),
            (123.456, "123.456"),
            (-1e-7, "-1e-07"),
            (1e100, "1e+100"),
            (1.5e-100, "1.5e-100"),
            (2.5e-310, "2.5e-310"),
            // Exact ties between two shortest candidates go to the even digit.
            (f64::from_bits(0xc305c3eb5f0477f2), "-765798773722878.2"),
            (f64::from_bits(0x43040782e84a2a02), "704719794816320.2"),
            (f64::from_bits(0x431787586f9416b9), "1655684590798254.2"),
            (f64::from_bits(0xc31b85e00b5ab6f9), "-1936755420212670.2"),
            (f64::from_bits(0x4305c3eb5f0477f6), "765798773722878.8"), // ...878.75
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want, "repr of {x:e}");
        }
    }
}
