//! `repr()` / `ascii()` of `str` and `repr()` of `bytes`, exactly as CPython 3.12.

use super::unicode::is_printable;

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Appends `\` + `tag` + `digits` lowercase hex digits of `c`.
fn push_escape(out: &mut Vec<u32>, tag: u8, c: u32, digits: u32) {
    out.push(u32::from(b'\\'));
    out.push(u32::from(tag));
    for k in (0..digits).rev() {
        out.push(u32::from(HEX[((c >> (4 * k)) & 0xF) as usize]));
    }
}

/// Backslash escape for a code point that cannot appear literally: `\xNN`, `\uNNNN`
/// or `\UNNNNNNNN` depending on its size.
fn push_hex_escape(out: &mut Vec<u32>, c: u32) {
    if c < 0x100 {
        push_escape(out, b'x', c, 2);
    } else if c < 0x10000 {
        push_escape(out, b'u', c, 4);
    } else {
        push_escape(out, b'U', c, 8);
    }
}

/// Quote used by `repr`: `'` unless the text contains `'` and no `"`.
fn pick_quote(mut has: impl FnMut(u32) -> bool) -> u32 {
    if has(u32::from(b'\'')) && !has(u32::from(b'"')) {
        u32::from(b'"')
    } else {
        u32::from(b'\'')
    }
}

fn repr_impl(s: &[u32], ascii_only: bool) -> Vec<u32> {
    let quote = pick_quote(|q| s.contains(&q));
    let mut out = Vec::with_capacity(s.len() + 2);
    out.push(quote);
    for &c in s {
        match c {
            0x5C => out.extend([0x5C, 0x5C]),
            0x09 => out.extend([0x5C, u32::from(b't')]),
            0x0A => out.extend([0x5C, u32::from(b'n')]),
            0x0D => out.extend([0x5C, u32::from(b'r')]),
            _ if c == quote => out.extend([0x5C, c]),
            0x20..=0x7E => out.push(c),
            _ if c >= 0x80 && !ascii_only && is_printable(c) => out.push(c),
            _ => push_hex_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// `repr(s)` for a `str`.
pub fn str_repr(s: &[u32]) -> Vec<u32> {
    repr_impl(s, false)
}

/// `ascii(s)` for a `str`: like `repr` with every non-ASCII code point escaped.
pub fn str_ascii(s: &[u32]) -> Vec<u32> {
    repr_impl(s, true)
}

/// `repr(b)` for `bytes`: `b'...'`.
pub fn bytes_repr(b: &[u8]) -> String {
    escaped_bytes(b, false)
}

/// `repr(b)` for `bytearray`, without the `bytearray(...)` wrapper: as
/// bytes, except that a `'` is escaped even between double quotes
/// (CPython's `bytearray_repr`): `bytearray(b"a\'")`.
pub fn bytearray_repr(b: &[u8]) -> String {
    escaped_bytes(b, true)
}

fn escaped_bytes(b: &[u8], escape_single: bool) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(char::from(quote));
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if c == quote || (escape_single && c == b'\'') => {
                out.push('\\');
                out.push(char::from(c));
            }
            0x20..=0x7E => out.push(char::from(c)),
            _ => {
                out.push_str("\\x");
                out.push(char::from(HEX[usize::from(c >> 4)]));
                out.push(char::from(HEX[usize::from(c & 0xF)]));
            }
        }
    }
    out.push(char::from(quote));
    out
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

    /// (s, repr(s), ascii(s)) from python3.12.
    const STRS: &[(&str, &str, &str)] = &[
        ("", "''", "''"),
        ("abc", "'abc'", "'abc'"),
        ("it's", "\"it's\"", "\"it's\""),
        ("say \"hi\"", "'say \"hi\"'", "'say \"hi\"'"),
        ("both ' and \"", "'both \\' and \"'", "'both \\' and \"'"),
        ("'\"'", "'\\'\"\\''", "'\\'\"\\''"),
        ("back\\slash", "'back\\\\slash'", "'back\\\\slash'"),
        ("\t\n\r\u{B}\u{C}\u{0}\u{1F}\u{7F}", "'\\t\\n\\r\\x0b\\x0c\\x00\\x1f\\x7f'", "'\\t\\n\\r\\x0b\\x0c\\x00\\x1f\\x7f'"),
        ("\u{80}\u{81}\u{82}\u{83}\u{84}\u{85}\u{86}\u{87}\u{88}\u{89}\u{8A}\u{8B}\u{8C}\u{8D}\u{8E}\u{8F}\u{90}\u{91}\u{92}\u{93}\u{94}\u{95}\u{96}\u{97}\u{98}\u{99}\u{9A}\u{9B}\u{9C}\u{9D}\u{9E}\u{9F}\u{A0}¡¢£¤¥¦§¨©ª«¬\u{AD}®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ", "'\\x80\\x81\\x82\\x83\\x84\\x85\\x86\\x87\\x88\\x89\\x8a\\x8b\\x8c\\x8d\\x8e\\x8f\\x90\\x91\\x92\\x93\\x94\\x95\\x96\\x97\\x98\\x99\\x9a\\x9b\\x9c\\x9d\\x9e\\x9f\\xa0¡¢£¤¥¦§¨©ª«¬\\xad®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ'", "'\\x80\\x81\\x82\\x83\\x84\\x85\\x86\\x87\\x88\\x89\\x8a\\x8b\\x8c\\x8d\\x8e\\x8f\\x90\\x91\\x92\\x93\\x94\\x95\\x96\\x97\\x98\\x99\\x9a\\x9b\\x9c\\x9d\\x9e\\x9f\\xa0\\xa1\\xa2\\xa3\\xa4\\xa5\\xa6\\xa7\\xa8\\xa9\\xaa\\xab\\xac\\xad\\xae\\xaf\\xb0\\xb1\\xb2\\xb3\\xb4\\xb5\\xb6\\xb7\\xb8\\xb9\\xba\\xbb\\xbc\\xbd\\xbe\\xbf\\xc0\\xc1\\xc2\\xc3\\xc4\\xc5\\xc6\\xc7\\xc8\\xc9\\xca\\xcb\\xcc\\xcd\\xce\\xcf\\xd0\\xd1\\xd2\\xd3\\xd4\\xd5\\xd6\\xd7\\xd8\\xd9\\xda\\xdb\\xdc\\xdd\\xde\\xdf\\xe0\\xe1\\xe2\\xe3\\xe4\\xe5\\xe6\\xe7\\xe8\\xe9\\xea\\xeb\\xec\\xed\\xee\\xef\\xf0\\xf1\\xf2\\xf3\\xf4\\xf5\\xf6\\xf7\\xf8\\xf9\\xfa\\xfb\\xfc\\xfd\\xfe\\xff'"),
        ("é ß 𝔘 ∞ 中文", "'é ß 𝔘 ∞ 中文'", "'\\xe9 \\xdf \\U0001d518 \\u221e \\u4e2d\\u6587'"),
        ("\u{200B}\u{2028}\u{2029}\u{FEFF}\u{AD}", "'\\u200b\\u2028\\u2029\\ufeff\\xad'", "'\\u200b\\u2028\\u2029\\ufeff\\xad'"),
        ("\u{10FFFD}D800", "'\\ud800'", "'\\ud800'"),
        ("a\u{10FFFD}DFFFb", "'a\\udfffb'", "'a\\udfffb'"),
        ("\u{E0001}\u{10FFFF}😀", "'\\U000e0001\\U0010ffff😀'", "'\\U000e0001\\U0010ffff\\U0001f600'"),
        ("\u{301}x\u{301}", "'\u{301}x\u{301}'", "'\\u0301x\\u0301'"),
        ("\u{FFFF}\u{FFFE}�", "'\\uffff\\ufffe�'", "'\\uffff\\ufffe\\ufffd'"),
        ("\u{85}\u{A0}\u{3000} ", "'\\x85\\xa0\\u3000 '", "'\\x85\\xa0\\u3000 '"),
        ("𝔘\u{2FFFF}\u{F0000}", "'𝔘\\U0002ffff\\U000f0000'", "'\\U0001d518\\U0002ffff\\U000f0000'"),
        ("ʰ\u{378}\u{380}", "'ʰ\\u0378\\u0380'", "'\\u02b0\\u0378\\u0380'"),
        ("'", "\"'\"", "\"'\""),
        ("\"", "'\"'", "'\"'"),
    ];
    /// (bytes, repr) from python3.12.
    const BYTES: &[(&[u8], &str)] = &[
        (&[], "b''"),
        (&[97, 98, 99], "b'abc'"),
        (&[105, 116, 39, 115], "b\"it's\""),
        (&[115, 97, 121, 32, 34, 104, 105, 34], "b'say \"hi\"'"),
        (&[39, 34], "b'\\'\"'"),
        (&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255], "b'\\x00\\x01\\x02\\x03\\x04\\x05\\x06\\x07\\x08\\t\\n\\x0b\\x0c\\r\\x0e\\x0f\\x10\\x11\\x12\\x13\\x14\\x15\\x16\\x17\\x18\\x19\\x1a\\x1b\\x1c\\x1d\\x1e\\x1f !\"#$%&\\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\\x7f\\x80\\x81\\x82\\x83\\x84\\x85\\x86\\x87\\x88\\x89\\x8a\\x8b\\x8c\\x8d\\x8e\\x8f\\x90\\x91\\x92\\x93\\x94\\x95\\x96\\x97\\x98\\x99\\x9a\\x9b\\x9c\\x9d\\x9e\\x9f\\xa0\\xa1\\xa2\\xa3\\xa4\\xa5\\xa6\\xa7\\xa8\\xa9\\xaa\\xab\\xac\\xad\\xae\\xaf\\xb0\\xb1\\xb2\\xb3\\xb4\\xb5\\xb6\\xb7\\xb8\\xb9\\xba\\xbb\\xbc\\xbd\\xbe\\xbf\\xc0\\xc1\\xc2\\xc3\\xc4\\xc5\\xc6\\xc7\\xc8\\xc9\\xca\\xcb\\xcc\\xcd\\xce\\xcf\\xd0\\xd1\\xd2\\xd3\\xd4\\xd5\\xd6\\xd7\\xd8\\xd9\\xda\\xdb\\xdc\\xdd\\xde\\xdf\\xe0\\xe1\\xe2\\xe3\\xe4\\xe5\\xe6\\xe7\\xe8\\xe9\\xea\\xeb\\xec\\xed\\xee\\xef\\xf0\\xf1\\xf2\\xf3\\xf4\\xf5\\xf6\\xf7\\xf8\\xf9\\xfa\\xfb\\xfc\\xfd\\xfe\\xff'"),
        (&[92], "b'\\\\'"),
        (&[0, 9, 10, 13, 127, 128, 255], "b'\\x00\\t\\n\\r\\x7f\\x80\\xff'"),
        (&[39], "b\"'\""),
    ];

    #[test]
    fn str_repr_and_ascii() {
        for &(s, r, a) in STRS {
            let s = w(s);
            assert_eq!(str_repr(&s), w(r), "repr {s:X?}");
            assert_eq!(str_ascii(&s), w(a), "ascii {s:X?}");
        }
    }

    #[test]
    fn bytes_reprs() {
        for &(b, r) in BYTES {
            assert_eq!(bytes_repr(b), r, "{b:?}");
        }
    }
}
