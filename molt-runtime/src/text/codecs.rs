//! The builtin codecs of `str.encode` and `bytes.decode` — UTF-8, ASCII and
//! Latin-1 — with CPython's error ranges and its standard error handlers, as
//! pure functions (`Objects/unicodeobject.c`, `Objects/stringlib/codecs.h`,
//! `Python/codecs.c`).
//!
//! An error covers a range of the input: for UTF-8 decoding one invalid start
//! byte, the valid prefix of a sequence cut by an invalid continuation byte, or
//! the truncated sequence at the end; for encoding a maximal run of code points
//! the codec cannot represent (surrogates for UTF-8, code points at or above
//! 128 or 256 for ASCII and Latin-1). The handler replaces the whole range, or
//! the error is reported as [`CodecError::Unicode`].

/// A builtin codec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

const UTF8_NAMES: &[&str] = &[
    "utf_8",
    "utf8",
    "u8",
    "utf",
    "utf8_ucs2",
    "utf8_ucs4",
    "cp65001",
];
const LATIN1_NAMES: &[&str] = &[
    "latin_1",
    "latin1",
    "8859",
    "cp819",
    "csisolatin1",
    "ibm819",
    "iso8859",
    "iso8859_1",
    "iso_8859_1",
    "iso_8859_1_1987",
    "iso_ir_100",
    "l1",
    "latin",
];
const ASCII_NAMES: &[&str] = &[
    "ascii",
    "646",
    "ansi_x3.4_1968",
    "ansi_x3.4_1986",
    "ansi_x3_4_1968",
    "cp367",
    "csascii",
    "ibm367",
    "iso646_us",
    "iso_646.irv_1991",
    "iso_ir_6",
    "us",
    "us_ascii",
];

/// `encodings.normalize_encoding(name).lower()`: runs of characters other than
/// ASCII letters, digits and `.` become one `_` between words.
fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

impl Codec {
    /// The codec an encoding name selects, by its module name or one of the
    /// aliases of `encodings.aliases`.
    pub fn lookup(name: &str) -> Option<Codec> {
        let norm = normalize(name);
        let underscored = norm.replace('.', "_");
        let is = |names: &[&str]| names.iter().any(|n| *n == norm || *n == underscored);
        if is(UTF8_NAMES) {
            Some(Codec::Utf8)
        } else if is(LATIN1_NAMES) {
            Some(Codec::Latin1)
        } else if is(ASCII_NAMES) {
            Some(Codec::Ascii)
        } else {
            None
        }
    }

    /// The name errors report.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    /// The largest code point plus one the codec encodes without error.
    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 => 0x110000,
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
        }
    }
}

/// An error handler, by its registered name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    NameReplace,
    SurrogateEscape,
    SurrogatePass,
    /// A name no handler is registered under.
    Unknown,
}

impl Handler {
    /// The handler registered under `name`.
    pub fn lookup(name: &str) -> Handler {
        match name {
            "strict" => Handler::Strict,
            "ignore" => Handler::Ignore,
            "replace" => Handler::Replace,
            "backslashreplace" => Handler::BackslashReplace,
            "xmlcharrefreplace" => Handler::XmlCharRefReplace,
            "namereplace" => Handler::NameReplace,
            "surrogateescape" => Handler::SurrogateEscape,
            "surrogatepass" => Handler::SurrogatePass,
            _ => Handler::Unknown,
        }
    }
}

/// Why a codec call failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodecError {
    /// `UnicodeEncodeError`/`UnicodeDecodeError` over `start..end` of the input.
    Unicode {
        start: usize,
        end: usize,
        reason: &'static str,
    },
    /// `LookupError: unknown error handler name '...'`.
    UnknownHandler,
    /// `TypeError: don't know how to handle UnicodeDecodeError in error
    /// callback` (an encode-only handler used for decoding).
    WrongDirection,
}

/// The result of a codec.
pub type CodecResult<T> = Result<T, CodecError>;

fn unicode_error<T>(start: usize, end: usize, reason: &'static str) -> CodecResult<T> {
    Err(CodecError::Unicode { start, end, reason })
}

// ---------------------------------------------------------------------------
// Decoding
// ---------------------------------------------------------------------------

/// The outcome of decoding one UTF-8 sequence at a position.
enum Step {
    /// A code point and the number of bytes it took.
    Char(u32, usize),
    /// An error over the next `n` bytes.
    Invalid(usize, &'static str),
    /// The input ends inside a sequence that is valid so far.
    EndOfData,
}

const INVALID_START: &str = "invalid start byte";
const INVALID_CONTINUATION: &str = "invalid continuation byte";

fn is_continuation(b: u8) -> bool {
    (0x80..0xC0).contains(&b)
}

/// Decodes the sequence at `b[i]` as `stringlib/codecs.h`'s `utf8_decode` does.
fn utf8_step(b: &[u8], i: usize) -> Step {
    let ch = b[i];
    let avail = b.len() - i;
    let at = |k: usize| b[i + k];
    if ch < 0x80 {
        return Step::Char(u32::from(ch), 1);
    }
    if !(0xC2..0xF5).contains(&ch) {
        return Step::Invalid(1, INVALID_START);
    }
    if ch < 0xE0 {
        if avail < 2 {
            return Step::EndOfData;
        }
        if !is_continuation(at(1)) {
            return Step::Invalid(1, INVALID_CONTINUATION);
        }
        let cp = (u32::from(ch & 0x1F) << 6) | u32::from(at(1) & 0x3F);
        return Step::Char(cp, 2);
    }
    // The second byte of a three- or four-byte sequence has a narrower range
    // after some lead bytes (no overlong forms, no surrogates, nothing past
    // U+10FFFF).
    let second_ok = |c2: u8| {
        is_continuation(c2)
            && match ch {
                0xE0 => c2 >= 0xA0,
                0xED => c2 < 0xA0,
                0xF0 => c2 >= 0x90,
                0xF4 => c2 < 0x90,
                _ => true,
            }
    };
    if avail < 2 {
        return Step::EndOfData;
    }
    if !second_ok(at(1)) {
        return Step::Invalid(1, INVALID_CONTINUATION);
    }
    if ch < 0xF0 {
        if avail < 3 {
            return Step::EndOfData;
        }
        if !is_continuation(at(2)) {
            return Step::Invalid(2, INVALID_CONTINUATION);
        }
        let cp =
            (u32::from(ch & 0x0F) << 12) | (u32::from(at(1) & 0x3F) << 6) | u32::from(at(2) & 0x3F);
        return Step::Char(cp, 3);
    }
    if avail < 3 {
        return Step::EndOfData;
    }
    if !is_continuation(at(2)) {
        return Step::Invalid(2, INVALID_CONTINUATION);
    }
    if avail < 4 {
        return Step::EndOfData;
    }
    if !is_continuation(at(3)) {
        return Step::Invalid(3, INVALID_CONTINUATION);
    }
    let cp = (u32::from(ch & 0x07) << 18)
        | (u32::from(at(1) & 0x3F) << 12)
        | (u32::from(at(2) & 0x3F) << 6)
        | u32::from(at(3) & 0x3F);
    Step::Char(cp, 4)
}

/// Appends `\xNN` for a byte or a code point below 256.
fn push_hex2(out: &mut Vec<u32>, c: u32) {
    for ch in format!("\\x{c:02x}").chars() {
        out.push(ch as u32);
    }
}

/// Applies a handler to the decoding error over `b[start..end]`; returns where
/// decoding resumes.
fn decode_error(
    codec: Codec,
    b: &[u8],
    start: usize,
    end: usize,
    reason: &'static str,
    handler: Handler,
    out: &mut Vec<u32>,
) -> CodecResult<usize> {
    match handler {
        Handler::Strict => unicode_error(start, end, reason),
        Handler::Ignore => Ok(end),
        Handler::Replace => {
            out.push(0xFFFD);
            Ok(end)
        }
        Handler::BackslashReplace => {
            for &c in &b[start..end] {
                push_hex2(out, u32::from(c));
            }
            Ok(end)
        }
        Handler::SurrogateEscape => {
            let taken = b[start..end]
                .iter()
                .take(4)
                .take_while(|&&c| c >= 0x80)
                .count();
            if taken == 0 {
                return unicode_error(start, end, reason);
            }
            out.extend(
                b[start..start + taken]
                    .iter()
                    .map(|&c| 0xDC00 + u32::from(c)),
            );
            Ok(start + taken)
        }
        Handler::SurrogatePass => {
            // Only the UTF codecs can pass an encoded surrogate through.
            let encoded = b.get(start..start + 3).filter(|s| {
                codec == Codec::Utf8
                    && s[0] == 0xED
                    && (0xA0..0xC0).contains(&s[1])
                    && is_continuation(s[2])
            });
            match encoded {
                Some(s) => {
                    out.push(0xD000 | (u32::from(s[1] & 0x3F) << 6) | u32::from(s[2] & 0x3F));
                    Ok(start + 3)
                }
                None => unicode_error(start, end, reason),
            }
        }
        Handler::XmlCharRefReplace | Handler::NameReplace => Err(CodecError::WrongDirection),
        Handler::Unknown => Err(CodecError::UnknownHandler),
    }
}

/// `b.decode(codec, errors)` as code points.
pub fn decode(codec: Codec, b: &[u8], handler: Handler) -> CodecResult<Vec<u32>> {
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match codec {
            Codec::Latin1 => {
                out.push(u32::from(c));
                i += 1;
            }
            Codec::Ascii => {
                if c < 0x80 {
                    out.push(u32::from(c));
                    i += 1;
                } else {
                    let reason = "ordinal not in range(128)";
                    i = decode_error(codec, b, i, i + 1, reason, handler, &mut out)?;
                }
            }
            Codec::Utf8 => match utf8_step(b, i) {
                Step::Char(cp, n) => {
                    out.push(cp);
                    i += n;
                }
                Step::Invalid(n, reason) => {
                    i = decode_error(codec, b, i, i + n, reason, handler, &mut out)?;
                }
                Step::EndOfData => {
                    let reason = "unexpected end of data";
                    i = decode_error(codec, b, i, b.len(), reason, handler, &mut out)?;
                }
            },
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------
// Encoding
// ---------------------------------------------------------------------------

fn is_surrogate(c: u32) -> bool {
    (0xD800..0xE000).contains(&c)
}

/// Appends the UTF-8 form of a code point (surrogates included).
fn push_utf8(out: &mut Vec<u8>, c: u32) {
    if c < 0x80 {
        out.push(c as u8);
    } else if c < 0x800 {
        out.extend([0xC0 | (c >> 6) as u8, 0x80 | (c & 0x3F) as u8]);
    } else if c < 0x10000 {
        out.extend([
            0xE0 | (c >> 12) as u8,
            0x80 | ((c >> 6) & 0x3F) as u8,
            0x80 | (c & 0x3F) as u8,
        ]);
    } else {
        out.extend([
            0xF0 | (c >> 18) as u8,
            0x80 | ((c >> 12) & 0x3F) as u8,
            0x80 | ((c >> 6) & 0x3F) as u8,
            0x80 | (c & 0x3F) as u8,
        ]);
    }
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, as `backslashreplace` writes a code point.
pub fn backslash_escape(c: u32) -> String {
    if c < 0x100 {
        format!("\\x{c:02x}")
    } else if c < 0x10000 {
        format!("\\u{c:04x}")
    } else {
        format!("\\U{c:08x}")
    }
}

/// Applies a handler to the encoding error over `s[range]`.
fn encode_error(
    codec: Codec,
    s: &[u32],
    range: std::ops::Range<usize>,
    reason: &'static str,
    handler: Handler,
    name_of: &dyn Fn(u32) -> Option<String>,
    out: &mut Vec<u8>,
) -> CodecResult<()> {
    let (start, end) = (range.start, range.end);
    let run = &s[range];
    match handler {
        Handler::Strict => return unicode_error(start, end, reason),
        Handler::Ignore => {}
        Handler::Replace => out.extend(std::iter::repeat_n(b'?', run.len())),
        Handler::BackslashReplace => {
            for &c in run {
                out.extend(backslash_escape(c).bytes());
            }
        }
        Handler::XmlCharRefReplace => {
            for &c in run {
                out.extend(format!("&#{c};").bytes());
            }
        }
        Handler::NameReplace => {
            for &c in run {
                match name_of(c) {
                    Some(name) => out.extend(format!("\\N{{{name}}}").bytes()),
                    None => out.extend(backslash_escape(c).bytes()),
                }
            }
        }
        Handler::SurrogateEscape => {
            for (k, &c) in run.iter().enumerate() {
                if !(0xDC80..=0xDCFF).contains(&c) {
                    return unicode_error(start + k, end, reason);
                }
                out.push((c - 0xDC00) as u8);
            }
        }
        Handler::SurrogatePass => {
            if codec != Codec::Utf8 {
                return unicode_error(start, end, reason);
            }
            for &c in run {
                push_utf8(out, c);
            }
        }
        Handler::Unknown => return Err(CodecError::UnknownHandler),
    }
    Ok(())
}

/// `s.encode(codec, errors)`; `name_of` gives the Unicode name of a code point
/// for `namereplace`.
pub fn encode(
    codec: Codec,
    s: &[u32],
    handler: Handler,
    name_of: &dyn Fn(u32) -> Option<String>,
) -> CodecResult<Vec<u8>> {
    let limit = codec.limit();
    let bad = |c: u32| match codec {
        Codec::Utf8 => is_surrogate(c),
        _ => c >= limit,
    };
    let reason = match codec {
        Codec::Utf8 => "surrogates not allowed",
        Codec::Ascii => "ordinal not in range(128)",
        Codec::Latin1 => "ordinal not in range(256)",
    };
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if !bad(c) {
            match codec {
                Codec::Utf8 => push_utf8(&mut out, c),
                _ => out.push(c as u8),
            }
            i += 1;
            continue;
        }
        let end = i + s[i..].iter().take_while(|&&c| bad(c)).count();
        encode_error(codec, s, i..end, reason, handler, name_of, &mut out)?;
        i = end;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(b: &[u8], h: Handler) -> CodecResult<String> {
        decode(Codec::Utf8, b, h).map(|cps| {
            cps.iter()
                .map(|&c| char::from_u32(c).map_or(format!("<{c:x}>"), String::from))
                .collect()
        })
    }

    fn u(start: usize, end: usize, reason: &'static str) -> CodecError {
        CodecError::Unicode { start, end, reason }
    }

    #[test]
    fn names() {
        for n in ["UTF-8", "utf 8", "U8", "-utf-8-", "utf_8_", "Utf8"] {
            assert_eq!(Codec::lookup(n), Some(Codec::Utf8), "{n}");
        }
        for n in ["latin", "L1", "iso-8859-1", "ISO_8859-1:1987"] {
            assert_eq!(Codec::lookup(n), Some(Codec::Latin1), "{n}");
        }
        for n in ["us", "646", "ANSI_X3.4-1968", "US-ASCII"] {
            assert_eq!(Codec::lookup(n), Some(Codec::Ascii), "{n}");
        }
        for n in ["utf..8", "utf-16", "xyz", ""] {
            assert_eq!(Codec::lookup(n), None, "{n}");
        }
    }

    #[test]
    fn utf8_error_ranges() {
        let s = Handler::Strict;
        assert_eq!(
            d(b"a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", s).unwrap(),
            "aé€😀"
        );
        assert_eq!(d(b"\xff", s), Err(u(0, 1, INVALID_START)));
        assert_eq!(d(b"a\x80", s), Err(u(1, 2, INVALID_START)));
        assert_eq!(d(b"\xe2x", s), Err(u(0, 1, INVALID_CONTINUATION)));
        assert_eq!(d(b"\xe2\x82x", s), Err(u(0, 2, INVALID_CONTINUATION)));
        assert_eq!(d(b"\xe2\x82", s), Err(u(0, 2, "unexpected end of data")));
        assert_eq!(d(b"\xed\xa0\x80", s), Err(u(0, 1, INVALID_CONTINUATION)));
        assert_eq!(d(b"\xe0\x80\x80", s), Err(u(0, 1, INVALID_CONTINUATION)));
        assert_eq!(
            d(b"\xf4\x90\x80\x80", s),
            Err(u(0, 1, INVALID_CONTINUATION))
        );
        assert_eq!(
            d(b"\xf0\x9f\x98", s),
            Err(u(0, 3, "unexpected end of data"))
        );
        assert_eq!(d(b"\xf0\x9f\x98x", s), Err(u(0, 3, INVALID_CONTINUATION)));
        assert_eq!(d(b"\xc0\xaf", s), Err(u(0, 1, INVALID_START)));
    }

    #[test]
    fn decode_handlers() {
        assert_eq!(
            d(b"a\xffb\xe2\x82", Handler::Replace).unwrap(),
            "a\u{fffd}b\u{fffd}"
        );
        assert_eq!(d(b"a\xffb", Handler::Ignore).unwrap(), "ab");
        assert_eq!(
            d(b"a\xe2\x82x", Handler::BackslashReplace).unwrap(),
            "a\\xe2\\x82x"
        );
        assert_eq!(d(b"\xffa", Handler::SurrogateEscape).unwrap(), "<dcff>a");
        assert_eq!(
            d(b"\xed\xa0\x80", Handler::SurrogatePass).unwrap(),
            "<d800>"
        );
        assert_eq!(
            d(b"\xff", Handler::XmlCharRefReplace),
            Err(CodecError::WrongDirection)
        );
        assert_eq!(
            d(b"\xff", Handler::Unknown),
            Err(CodecError::UnknownHandler)
        );
        assert_eq!(d(b"ok", Handler::Unknown).unwrap(), "ok");
    }

    fn e(codec: Codec, s: &str, h: Handler) -> CodecResult<Vec<u8>> {
        let cps: Vec<u32> = s
            .split('|')
            .enumerate()
            .flat_map(|(i, part)| {
                let mut v: Vec<u32> = part.chars().map(|c| c as u32).collect();
                if i > 0 {
                    v.insert(0, 0xDC80 + i as u32);
                }
                v
            })
            .collect();
        encode(codec, &cps, h, &|_| None)
    }

    #[test]
    fn encode_runs() {
        assert_eq!(e(Codec::Utf8, "aé", Handler::Strict).unwrap(), b"a\xc3\xa9");
        assert_eq!(
            e(Codec::Utf8, "a||b", Handler::Strict),
            Err(u(1, 3, "surrogates not allowed"))
        );
        assert_eq!(
            e(Codec::Utf8, "a||b", Handler::SurrogateEscape).unwrap(),
            b"a\x81\x82b"
        );
        assert_eq!(e(Codec::Ascii, "aéb€", Handler::Replace).unwrap(), b"a?b?");
        assert_eq!(
            e(Codec::Ascii, "aé€b", Handler::Strict),
            Err(u(1, 3, "ordinal not in range(128)"))
        );
        assert_eq!(
            e(Codec::Latin1, "é€", Handler::XmlCharRefReplace).unwrap(),
            b"\xe9&#8364;"
        );
        assert_eq!(
            e(Codec::Latin1, "€", Handler::BackslashReplace).unwrap(),
            b"\\u20ac"
        );
        assert_eq!(
            e(Codec::Latin1, "€", Handler::SurrogatePass),
            Err(u(0, 1, "ordinal not in range(256)"))
        );
        assert_eq!(
            e(Codec::Latin1, "a€|", Handler::SurrogateEscape),
            Err(u(1, 3, "ordinal not in range(256)"))
        );
    }
}
