//! The methods of `bytes` and `bytearray` that differ from `str`'s, as pure
//! functions over byte slices: ASCII-only case mapping and predicates
//! (`Objects/bytes_methods.c`), `hex()`/`fromhex()` (`Python/pystrhex.c`,
//! `_PyBytes_FromHex`) and `translate`. The structural methods (`find`,
//! `split`, `replace`, padding...) are the generic ones of
//! [`super::str_methods`].

use super::Unit;

/// `bytes.upper()`.
pub fn upper(s: &[u8]) -> Vec<u8> {
    s.to_ascii_uppercase()
}

/// `bytes.lower()`.
pub fn lower(s: &[u8]) -> Vec<u8> {
    s.to_ascii_lowercase()
}

/// `bytes.swapcase()`.
pub fn swapcase(s: &[u8]) -> Vec<u8> {
    s.iter()
        .map(|&c| {
            if c.is_ascii_uppercase() {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            }
        })
        .collect()
}

/// `bytes.title()`: uppercase after an uncased byte, lowercase after a cased one.
pub fn title(s: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    s.iter()
        .map(|&c| {
            let out = if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev_cased = c.is_ascii_alphabetic();
            out
        })
        .collect()
}

/// `bytes.capitalize()`: the first byte uppercased, the rest lowercased.
pub fn capitalize(s: &[u8]) -> Vec<u8> {
    s.iter()
        .enumerate()
        .map(|(i, &c)| {
            if i == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

fn all_nonempty(s: &[u8], pred: impl Fn(&u8) -> bool) -> bool {
    !s.is_empty() && s.iter().all(pred)
}

/// `bytes.isalnum()`.
pub fn isalnum(s: &[u8]) -> bool {
    all_nonempty(s, u8::is_ascii_alphanumeric)
}

/// `bytes.isalpha()`.
pub fn isalpha(s: &[u8]) -> bool {
    all_nonempty(s, u8::is_ascii_alphabetic)
}

/// `bytes.isdigit()`.
pub fn isdigit(s: &[u8]) -> bool {
    all_nonempty(s, u8::is_ascii_digit)
}

/// `bytes.isspace()`.
pub fn isspace(s: &[u8]) -> bool {
    all_nonempty(s, |&c| c.is_space())
}

/// `bytes.isascii()` (true when empty).
pub fn isascii(s: &[u8]) -> bool {
    s.is_ascii()
}

/// `bytes.islower()`: no uppercase byte and at least one lowercase one.
pub fn islower(s: &[u8]) -> bool {
    !s.iter().any(u8::is_ascii_uppercase) && s.iter().any(u8::is_ascii_lowercase)
}

/// `bytes.isupper()`: no lowercase byte and at least one uppercase one.
pub fn isupper(s: &[u8]) -> bool {
    !s.iter().any(u8::is_ascii_lowercase) && s.iter().any(u8::is_ascii_uppercase)
}

/// `bytes.istitle()`: uppercase only after uncased bytes, lowercase only after
/// cased ones, and at least one cased byte.
pub fn istitle(s: &[u8]) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for &c in s {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// `bytes.hex(sep, bytes_per_sep)`: two lowercase digits per byte, with `sep`
/// between groups of `|bytes_per_sep|` bytes counted from the right when it is
/// positive and from the left when negative; `sep = None` or a zero group size
/// means no separators.
pub fn hex(s: &[u8], sep: Option<u8>, bytes_per_sep: i64) -> String {
    let group = bytes_per_sep.unsigned_abs() as usize;
    let sep = sep.filter(|_| group != 0 && !s.is_empty());
    let mut out = String::with_capacity(s.len() * 3);
    for (i, &b) in s.iter().enumerate() {
        if let Some(sep) = sep {
            let boundary = if bytes_per_sep > 0 {
                i > 0 && (s.len() - i).is_multiple_of(group)
            } else {
                i > 0 && i.is_multiple_of(group)
            };
            if boundary {
                out.push(char::from(sep));
            }
        }
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 0xF)]));
    }
    out
}

/// `bytes.fromhex(s)`: pairs of hex digits, ASCII whitespace allowed between
/// pairs; `Err(position)` of the first offending character (the length when a
/// pair is cut short).
pub fn fromhex(s: &[u32]) -> Result<Vec<u8>, usize> {
    if let Some(i) = s.iter().position(|&c| c >= 0x80) {
        return Err(i);
    }
    let digit = |i: usize| -> Result<u8, usize> {
        s.get(i)
            .and_then(|&c| char::from_u32(c)?.to_digit(16))
            .map(|d| d as u8)
            .ok_or(i)
    };
    let mut out = Vec::with_capacity(s.len() / 2);
    let mut i = 0;
    while i < s.len() {
        if (s[i] as u8).is_space() {
            i += 1;
            continue;
        }
        let top = digit(i)?;
        let bottom = digit(i + 1)?;
        out.push((top << 4) | bottom);
        i += 2;
    }
    Ok(out)
}

/// `bytes.translate(table, delete)`: drops the bytes in `delete`, then maps the
/// rest through `table` (256 bytes; `None` keeps them).
pub fn translate(s: &[u8], table: Option<&[u8]>, delete: &[u8]) -> Vec<u8> {
    let mut deleted = [false; 256];
    for &d in delete {
        deleted[usize::from(d)] = true;
    }
    s.iter()
        .filter(|&&c| !deleted[usize::from(c)])
        .map(|&c| table.map_or(c, |t| t[usize::from(c)]))
        .collect()
}

/// `bytes.maketrans(frm, to)`: the identity table with `frm[i]` mapped to `to[i]`
/// (the caller checks the lengths match).
pub fn maketrans(frm: &[u8], to: &[u8]) -> Vec<u8> {
    let mut table: Vec<u8> = (0..=255).collect();
    for (&a, &b) in frm.iter().zip(to) {
        table[usize::from(a)] = b;
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_predicates() {
        assert_eq!(title(b"hello wORLD 3x\xe9a"), b"Hello World 3X\xe9A");
        assert_eq!(capitalize(b"hELLO"), b"Hello");
        assert_eq!(swapcase(b"aB\xff"), b"Ab\xff");
        assert!(istitle(b"Hello World") && !istitle(b"HeLLo") && !istitle(b"123"));
        assert!(islower(b"abc1") && !islower(b"1") && isupper(b"A1") && !isupper(b"Ab"));
        assert!(isspace(b" \t\n\r\x0b\x0c") && !isspace(b"") && !isspace(b"\x1c"));
        assert!(isascii(b"") && !isascii(b"\x80"));
    }

    #[test]
    fn hex_groups() {
        assert_eq!(hex(b"\x01\xab", None, 0), "01ab");
        assert_eq!(hex(b"abc", Some(b':'), 2), "61:6263");
        assert_eq!(hex(b"abcdef", Some(b':'), -4), "61626364:6566");
        assert_eq!(hex(b"abc", Some(b'-'), 1), "61-62-63");
        assert_eq!(hex(b"", Some(b'-'), 1), "");
    }

    #[test]
    fn fromhex_positions() {
        let w = |s: &str| s.chars().map(|c| c as u32).collect::<Vec<_>>();
        assert_eq!(fromhex(&w(" 01 aB\tff\n")), Ok(vec![1, 0xab, 0xff]));
        assert_eq!(fromhex(&w("a")), Err(1));
        assert_eq!(fromhex(&w("zz")), Err(0));
        assert_eq!(fromhex(&w("0 1")), Err(1));
        assert_eq!(fromhex(&w("00é")), Err(2));
    }
}
