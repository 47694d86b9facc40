//! The builtin codecs of `str.encode` and `bytes.decode` — UTF-8, UTF-16,
//! UTF-32, ASCII and Latin-1 — with CPython's error ranges and its standard
//! error handlers, as pure functions (`Objects/unicodeobject.c`,
//! `Objects/stringlib/codecs.h`, `Python/codecs.c`).
//!
//! An error covers a range of the input. Decoding UTF-8: one invalid start
//! byte, the valid prefix of a sequence cut by an invalid continuation byte,
//! or the truncated sequence at the end. Decoding UTF-16/32: one code unit, or
//! the truncated rest. Encoding: a maximal run of code points the codec cannot
//! represent (surrogates for UTF-8, code points at or above 128 or 256 for
//! ASCII and Latin-1), but a single surrogate for UTF-16/32. The handler
//! replaces the whole range, or the error is reported as
//! [`CodecError::Unicode`].

/// The byte order of a UTF-16/32 codec; `Bom` writes a byte order mark
/// (little-endian, as CPython on little-endian hosts) and reads one if present.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ByteOrder {
    Bom,
    Little,
    Big,
}

/// A builtin codec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Utf16(ByteOrder),
    Utf32(ByteOrder),
    Ascii,
    Latin1,
}

/// Module names and aliases (`encodings.aliases`) of each codec, normalized.
const NAMES: &[(Codec, &[&str])] = &[
    (
        Codec::Utf8,
        &[
            "utf_8",
            "utf8",
            "u8",
            "utf",
            "utf8_ucs2",
            "utf8_ucs4",
            "cp65001",
        ],
    ),
    (Codec::Utf16(ByteOrder::Bom), &["utf_16", "utf16", "u16"]),
    (
        Codec::Utf16(ByteOrder::Little),
        &["utf_16_le", "utf_16le", "unicodelittleunmarked"],
    ),
    (
        Codec::Utf16(ByteOrder::Big),
        &["utf_16_be", "utf_16be", "unicodebigunmarked"],
    ),
    (Codec::Utf32(ByteOrder::Bom), &["utf_32", "utf32", "u32"]),
    (Codec::Utf32(ByteOrder::Little), &["utf_32_le", "utf_32le"]),
    (Codec::Utf32(ByteOrder::Big), &["utf_32_be", "utf_32be"]),
    (
        Codec::Latin1,
        &[
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
        ],
    ),
    (
        Codec::Ascii,
        &[
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
        ],
    ),
];

/// What `name` names, as [`Codec::lookup`] reads it.
pub fn lookup(name: &str) -> Lookup {
    // The common spellings, without normalizing.
    match name {
        "utf-8" | "utf8" | "UTF-8" => return Lookup::Builtin(Codec::Utf8),
        "ascii" => return Lookup::Builtin(Codec::Ascii),
        "latin-1" | "latin1" => return Lookup::Builtin(Codec::Latin1),
        _ => {}
    }
    let norm = normalize(name);
    let underscored = norm.replace('.', "_");
    let found = NAMES.iter().find(|(_, names)| {
        names[0] == norm || names[1..].iter().any(|n| *n == norm || *n == underscored)
    });
    if let Some(&(codec, _)) = found {
        return Lookup::Builtin(codec);
    }
    let known = |list: &[&str]| list.iter().any(|n| *n == norm || *n == underscored);
    if known(NON_TEXT) {
        Lookup::NotText
    } else if known(OTHER_TEXT) {
        Lookup::Unsupported
    } else {
        Lookup::Unknown
    }
}

/// `encodings.normalize_encoding(name).lower()`: runs of characters other than
/// letters, digits and `.` become one `_` between words; non-ASCII letters
/// and digits are dropped.
pub fn normalize(name: &str) -> String {
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

/// CPython's codecs that are not text encodings (`'x'.encode('base64')` is a
/// `LookupError`), by module name and alias.
const NON_TEXT: &[&str] = &[
    "base64",
    "base64_codec",
    "base_64",
    "bz2",
    "bz2_codec",
    "hex",
    "hex_codec",
    "quopri",
    "quopri_codec",
    "quoted_printable",
    "quotedprintable",
    "rot13",
    "rot_13",
    "uu",
    "uu_codec",
    "zip",
    "zlib",
    "zlib_codec",
];

/// CPython's other text encodings, by module name and alias: Molt does not
/// implement them.
const OTHER_TEXT: &[&str] = &[
    "037",
    "1026",
    "1125",
    "1140",
    "1250",
    "1251",
    "1252",
    "1253",
    "1254",
    "1255",
    "1256",
    "1257",
    "1258",
    "273",
    "424",
    "437",
    "500",
    "775",
    "850",
    "852",
    "855",
    "857",
    "858",
    "860",
    "861",
    "862",
    "863",
    "864",
    "865",
    "866",
    "869",
    "932",
    "936",
    "949",
    "950",
    "arabic",
    "asmo_708",
    "big5",
    "big5_hkscs",
    "big5_tw",
    "big5hkscs",
    "charmap",
    "chinese",
    "cp037",
    "cp1006",
    "cp1026",
    "cp1051",
    "cp1125",
    "cp1140",
    "cp1250",
    "cp1251",
    "cp1252",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "cp1257",
    "cp1258",
    "cp1361",
    "cp154",
    "cp273",
    "cp424",
    "cp437",
    "cp500",
    "cp720",
    "cp737",
    "cp775",
    "cp850",
    "cp852",
    "cp855",
    "cp856",
    "cp857",
    "cp858",
    "cp860",
    "cp861",
    "cp862",
    "cp863",
    "cp864",
    "cp865",
    "cp866",
    "cp866u",
    "cp869",
    "cp874",
    "cp875",
    "cp932",
    "cp936",
    "cp949",
    "cp950",
    "cp_gr",
    "cp_is",
    "csHPRoman8",
    "csbig5",
    "csibm037",
    "csibm1026",
    "csibm273",
    "csibm424",
    "csibm500",
    "csibm855",
    "csibm857",
    "csibm858",
    "csibm860",
    "csibm861",
    "csibm863",
    "csibm864",
    "csibm865",
    "csibm866",
    "csibm869",
    "csiso2022jp",
    "csiso2022kr",
    "csiso58gb231280",
    "csisolatin2",
    "csisolatin3",
    "csisolatin4",
    "csisolatin5",
    "csisolatin6",
    "csisolatinarabic",
    "csisolatincyrillic",
    "csisolatingreek",
    "csisolatinhebrew",
    "cskoi8r",
    "cspc775baltic",
    "cspc850multilingual",
    "cspc862latinhebrew",
    "cspc8codepage437",
    "cspcp852",
    "csptcp154",
    "csshiftjis",
    "cyrillic",
    "cyrillic_asian",
    "ebcdic_cp_be",
    "ebcdic_cp_ca",
    "ebcdic_cp_ch",
    "ebcdic_cp_he",
    "ebcdic_cp_nl",
    "ebcdic_cp_us",
    "ebcdic_cp_wt",
    "ecma_114",
    "ecma_118",
    "elot_928",
    "euc_cn",
    "euc_jis2004",
    "euc_jis_2004",
    "euc_jisx0213",
    "euc_jp",
    "euc_kr",
    "euccn",
    "eucgb2312_cn",
    "eucjis2004",
    "eucjisx0213",
    "eucjp",
    "euckr",
    "gb18030",
    "gb18030_2000",
    "gb2312",
    "gb2312_1980",
    "gb2312_80",
    "gbk",
    "greek",
    "greek8",
    "hebrew",
    "hkscs",
    "hp_roman8",
    "hz",
    "hz_gb",
    "hz_gb_2312",
    "hzgb",
    "ibm037",
    "ibm039",
    "ibm1026",
    "ibm1051",
    "ibm1125",
    "ibm1140",
    "ibm273",
    "ibm424",
    "ibm437",
    "ibm500",
    "ibm775",
    "ibm850",
    "ibm852",
    "ibm855",
    "ibm857",
    "ibm858",
    "ibm860",
    "ibm861",
    "ibm862",
    "ibm863",
    "ibm864",
    "ibm865",
    "ibm866",
    "ibm869",
    "idna",
    "iso2022_jp",
    "iso2022_jp_1",
    "iso2022_jp_2",
    "iso2022_jp_2004",
    "iso2022_jp_3",
    "iso2022_jp_ext",
    "iso2022_kr",
    "iso2022jp",
    "iso2022jp_1",
    "iso2022jp_2",
    "iso2022jp_2004",
    "iso2022jp_3",
    "iso2022jp_ext",
    "iso2022kr",
    "iso8859_1",
    "iso8859_10",
    "iso8859_11",
    "iso8859_13",
    "iso8859_14",
    "iso8859_15",
    "iso8859_16",
    "iso8859_2",
    "iso8859_3",
    "iso8859_4",
    "iso8859_5",
    "iso8859_6",
    "iso8859_7",
    "iso8859_8",
    "iso8859_9",
    "iso_2022_jp",
    "iso_2022_jp_1",
    "iso_2022_jp_2",
    "iso_2022_jp_2004",
    "iso_2022_jp_3",
    "iso_2022_jp_ext",
    "iso_2022_kr",
    "iso_8859_10",
    "iso_8859_10_1992",
    "iso_8859_11",
    "iso_8859_11_2001",
    "iso_8859_13",
    "iso_8859_14",
    "iso_8859_14_1998",
    "iso_8859_15",
    "iso_8859_16",
    "iso_8859_16_2001",
    "iso_8859_2",
    "iso_8859_2_1987",
    "iso_8859_3",
    "iso_8859_3_1988",
    "iso_8859_4",
    "iso_8859_4_1988",
    "iso_8859_5",
    "iso_8859_5_1988",
    "iso_8859_6",
    "iso_8859_6_1987",
    "iso_8859_7",
    "iso_8859_7_1987",
    "iso_8859_8",
    "iso_8859_8_1988",
    "iso_8859_9",
    "iso_8859_9_1989",
    "iso_celtic",
    "iso_ir_101",
    "iso_ir_109",
    "iso_ir_110",
    "iso_ir_126",
    "iso_ir_127",
    "iso_ir_138",
    "iso_ir_144",
    "iso_ir_148",
    "iso_ir_157",
    "iso_ir_166",
    "iso_ir_199",
    "iso_ir_226",
    "iso_ir_58",
    "jisx0213",
    "johab",
    "koi8_r",
    "koi8_t",
    "koi8_u",
    "korean",
    "ks_c_5601",
    "ks_c_5601_1987",
    "ks_x_1001",
    "ksc5601",
    "ksx1001",
    "kz1048",
    "kz_1048",
    "l10",
    "l2",
    "l3",
    "l4",
    "l5",
    "l6",
    "l7",
    "l8",
    "l9",
    "latin10",
    "latin2",
    "latin3",
    "latin4",
    "latin5",
    "latin6",
    "latin7",
    "latin8",
    "latin9",
    "mac_arabic",
    "mac_centeuro",
    "mac_croatian",
    "mac_cyrillic",
    "mac_farsi",
    "mac_greek",
    "mac_iceland",
    "mac_latin2",
    "mac_roman",
    "mac_romanian",
    "mac_turkish",
    "maccentraleurope",
    "maccyrillic",
    "macgreek",
    "maciceland",
    "macintosh",
    "maclatin2",
    "macroman",
    "macturkish",
    "ms1361",
    "ms932",
    "ms936",
    "ms949",
    "ms950",
    "ms_kanji",
    "mskanji",
    "palmos",
    "pt154",
    "ptcp154",
    "punycode",
    "r8",
    "raw_unicode_escape",
    "rk1048",
    "roman8",
    "ruscii",
    "s_jis",
    "s_jis_2004",
    "s_jisx0213",
    "shift_jis",
    "shift_jis_2004",
    "shift_jisx0213",
    "shiftjis",
    "shiftjis2004",
    "shiftjisx0213",
    "sjis",
    "sjis_2004",
    "sjisx0213",
    "strk1048_2002",
    "thai",
    "tis620",
    "tis_620",
    "tis_620_0",
    "tis_620_2529_0",
    "tis_620_2529_1",
    "u7",
    "u_jis",
    "uhc",
    "ujis",
    "undefined",
    "unicode_1_1_utf_7",
    "unicode_escape",
    "utf7",
    "utf_7",
    "utf_8_sig",
    "windows_1250",
    "windows_1251",
    "windows_1252",
    "windows_1253",
    "windows_1254",
    "windows_1255",
    "windows_1256",
    "windows_1257",
    "windows_1258",
    "x_mac_japanese",
    "x_mac_korean",
    "x_mac_simp_chinese",
    "x_mac_trad_chinese",
];

/// What an encoding name means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lookup {
    /// One of the codecs here.
    Builtin(Codec),
    /// A CPython codec that is not a text encoding (`base64`, `rot13`...).
    NotText,
    /// A CPython text encoding Molt does not implement (`cp1252`...).
    Unsupported,
    /// No codec has this name.
    Unknown,
}

impl Codec {
    /// The codec an encoding name selects: its module name, or one of the
    /// aliases of `encodings.aliases` (which are also tried with `.` read as
    /// `_`), as `encodings.search_function` finds it.
    pub fn lookup(name: &str) -> Option<Codec> {
        match lookup(name) {
            Lookup::Builtin(codec) => Some(codec),
            _ => None,
        }
    }

    /// The name encoding errors report.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf16(ByteOrder::Bom) => "utf-16",
            Codec::Utf16(ByteOrder::Little) => "utf-16-le",
            Codec::Utf16(ByteOrder::Big) => "utf-16-be",
            Codec::Utf32(ByteOrder::Bom) => "utf-32",
            Codec::Utf32(ByteOrder::Little) => "utf-32-le",
            Codec::Utf32(ByteOrder::Big) => "utf-32-be",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
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
    /// `UnicodeEncodeError`/`UnicodeDecodeError` of codec `encoding` over
    /// `start..end` of the input.
    Unicode {
        encoding: &'static str,
        start: usize,
        end: usize,
        reason: &'static str,
    },
    /// `LookupError: unknown error handler name '...'`.
    UnknownHandler,
    /// `TypeError: don't know how to handle UnicodeDecodeError in error
    /// callback` (an encode-only handler used for decoding).
    WrongDirection,
    /// The `namereplace` handler had to name a character; the runtime has no
    /// Unicode name table.
    NoNames,
}

/// The result of a codec.
pub type CodecResult<T> = Result<T, CodecError>;

/// Where an error is and why, before a handler sees it.
#[derive(Clone, Copy)]
struct Span {
    encoding: &'static str,
    start: usize,
    end: usize,
    reason: &'static str,
}

impl Span {
    fn error<T>(self) -> CodecResult<T> {
        Err(CodecError::Unicode {
            encoding: self.encoding,
            start: self.start,
            end: self.end,
            reason: self.reason,
        })
    }
}

fn is_surrogate(c: u32) -> bool {
    (0xD800..0xE000).contains(&c)
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
const END_OF_DATA: &str = "unexpected end of data";
const TRUNCATED: &str = "truncated data";

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

/// Appends `\xNN` for a byte.
fn push_hex2(out: &mut Vec<u32>, c: u8) {
    out.extend(format!("\\x{c:02x}").chars().map(|ch| ch as u32));
}

/// How `surrogatepass` reads an encoded surrogate at a position: the code
/// point and its length in bytes, if one is there.
type SurrogateAt<'a> = &'a dyn Fn(usize) -> Option<(u32, usize)>;

/// Applies a handler to a decoding error; returns where decoding resumes.
fn decode_error(
    b: &[u8],
    span: Span,
    handler: Handler,
    surrogate_at: SurrogateAt,
    out: &mut Vec<u32>,
) -> CodecResult<usize> {
    let Span { start, end, .. } = span;
    match handler {
        Handler::Strict => span.error(),
        Handler::Ignore => Ok(end),
        Handler::Replace => {
            out.push(0xFFFD);
            Ok(end)
        }
        Handler::BackslashReplace => {
            for &c in &b[start..end] {
                push_hex2(out, c);
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
                return span.error();
            }
            out.extend(
                b[start..start + taken]
                    .iter()
                    .map(|&c| 0xDC00 + u32::from(c)),
            );
            Ok(start + taken)
        }
        Handler::SurrogatePass => match surrogate_at(start) {
            Some((c, n)) if is_surrogate(c) => {
                out.push(c);
                Ok(start + n)
            }
            _ => span.error(),
        },
        Handler::XmlCharRefReplace | Handler::NameReplace => Err(CodecError::WrongDirection),
        Handler::Unknown => Err(CodecError::UnknownHandler),
    }
}

fn no_surrogates(_: usize) -> Option<(u32, usize)> {
    None
}

fn decode_utf8(b: &[u8], handler: Handler) -> CodecResult<Vec<u32>> {
    let surrogate_at = |i: usize| {
        let s = b.get(i..i + 3)?;
        let ok = s[0] == 0xED && (0xA0..0xC0).contains(&s[1]) && is_continuation(s[2]);
        ok.then(|| {
            (
                0xD000 | (u32::from(s[1] & 0x3F) << 6) | u32::from(s[2] & 0x3F),
                3,
            )
        })
    };
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let (n, reason) = match utf8_step(b, i) {
            Step::Char(cp, n) => {
                out.push(cp);
                i += n;
                continue;
            }
            Step::Invalid(n, reason) => (n, reason),
            Step::EndOfData => (b.len() - i, END_OF_DATA),
        };
        let span = Span {
            encoding: "utf-8",
            start: i,
            end: i + n,
            reason,
        };
        i = decode_error(b, span, handler, &surrogate_at, &mut out)?;
    }
    Ok(out)
}

/// ASCII (`limit` 128) or Latin-1 (256): one byte per code point.
fn decode_8bit(b: &[u8], limit: u32, handler: Handler) -> CodecResult<Vec<u32>> {
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = u32::from(b[i]);
        if c < limit {
            out.push(c);
            i += 1;
            continue;
        }
        let span = Span {
            encoding: "ascii",
            start: i,
            end: i + 1,
            reason: "ordinal not in range(128)",
        };
        i = decode_error(b, span, handler, &no_surrogates, &mut out)?;
    }
    Ok(out)
}

/// Reads a code unit of `width` bytes at `i`.
fn unit(b: &[u8], i: usize, width: usize, little: bool) -> u32 {
    let mut v = 0u32;
    for k in 0..width {
        let byte = if little {
            b[i + width - 1 - k]
        } else {
            b[i + k]
        };
        v = (v << 8) | u32::from(byte);
    }
    v
}

/// Whether `b` starts with the byte order mark of `width`-byte units, and
/// which order it selects.
fn read_bom(b: &[u8], width: usize) -> Option<bool> {
    let head = b.get(..width)?;
    if unit(head, 0, width, true) == 0xFEFF {
        Some(true)
    } else if unit(head, 0, width, false) == 0xFEFF {
        Some(false)
    } else {
        None
    }
}

/// UTF-16 (`width` 2) or UTF-32 (4).
fn decode_utf16_32(
    b: &[u8],
    width: usize,
    order: ByteOrder,
    handler: Handler,
) -> CodecResult<Vec<u32>> {
    let mut i = 0;
    let mut little = order != ByteOrder::Big;
    if order == ByteOrder::Bom {
        if let Some(l) = read_bom(b, width) {
            little = l;
            i = width;
        }
    }
    let encoding = match (width, little) {
        (2, true) => "utf-16-le",
        (2, false) => "utf-16-be",
        (_, true) => "utf-32-le",
        (_, false) => "utf-32-be",
    };
    let surrogate_at =
        |k: usize| (k + width <= b.len()).then(|| (unit(b, k, width, little), width));
    let mut out = Vec::with_capacity(b.len() / width);
    while i < b.len() {
        let error = |start: usize, end: usize, reason: &'static str| Span {
            encoding,
            start,
            end,
            reason,
        };
        let span = if b.len() - i < width {
            error(i, b.len(), TRUNCATED)
        } else {
            let u = unit(b, i, width, little);
            if width == 4 {
                if u > 0x10FFFF {
                    error(i, i + 4, "code point not in range(0x110000)")
                } else if is_surrogate(u) {
                    let reason = "code point in surrogate code point range(0xd800, 0xe000)";
                    error(i, i + 4, reason)
                } else {
                    out.push(u);
                    i += 4;
                    continue;
                }
            } else if !is_surrogate(u) {
                out.push(u);
                i += 2;
                continue;
            } else if u >= 0xDC00 {
                error(i, i + 2, "illegal encoding")
            } else if b.len() - i < 4 {
                error(i, b.len(), END_OF_DATA)
            } else {
                let low = unit(b, i + 2, 2, little);
                if (0xDC00..0xE000).contains(&low) {
                    out.push(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
                    i += 4;
                    continue;
                }
                error(i, i + 2, "illegal UTF-16 surrogate")
            }
        };
        i = decode_error(b, span, handler, &surrogate_at, &mut out)?;
    }
    Ok(out)
}

/// `b.decode(codec, errors)` as code points.
pub fn decode(codec: Codec, b: &[u8], handler: Handler) -> CodecResult<Vec<u32>> {
    match codec {
        Codec::Utf8 => decode_utf8(b, handler),
        Codec::Ascii => decode_8bit(b, 0x80, handler),
        Codec::Latin1 => decode_8bit(b, 0x100, handler),
        Codec::Utf16(order) => decode_utf16_32(b, 2, order, handler),
        Codec::Utf32(order) => decode_utf16_32(b, 4, order, handler),
    }
}

// ---------------------------------------------------------------------------
// Encoding
// ---------------------------------------------------------------------------

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

/// What a handler puts in place of an unencodable run: ASCII text to encode,
/// raw bytes, or the code points themselves (`surrogatepass`).
enum Replacement {
    Text(String),
    Bytes(Vec<u8>),
    Raw,
}

/// Applies a handler to the encoding error over `run`, whose span is `span`.
fn encode_replacement(
    run: &[u32],
    span: Span,
    handler: Handler,
    is_utf: bool,
) -> CodecResult<Replacement> {
    Ok(match handler {
        Handler::Strict => return span.error(),
        Handler::Ignore => Replacement::Text(String::new()),
        Handler::Replace => Replacement::Text("?".repeat(run.len())),
        Handler::BackslashReplace => {
            Replacement::Text(run.iter().map(|&c| backslash_escape(c)).collect())
        }
        Handler::XmlCharRefReplace => {
            Replacement::Text(run.iter().map(|&c| format!("&#{c};")).collect())
        }
        Handler::NameReplace => return Err(CodecError::NoNames),
        Handler::SurrogateEscape => {
            let mut bytes = Vec::with_capacity(run.len());
            for (k, &c) in run.iter().enumerate() {
                if !(0xDC80..=0xDCFF).contains(&c) {
                    let rest = Span {
                        start: span.start + k,
                        ..span
                    };
                    return rest.error();
                }
                bytes.push((c - 0xDC00) as u8);
            }
            Replacement::Bytes(bytes)
        }
        Handler::SurrogatePass if is_utf => Replacement::Raw,
        Handler::SurrogatePass => return span.error(),
        Handler::Unknown => return Err(CodecError::UnknownHandler),
    })
}

/// UTF-8, ASCII (`limit` 128) and Latin-1 (256), whose errors cover runs.
fn encode_runs(codec: Codec, s: &[u32], handler: Handler) -> CodecResult<Vec<u8>> {
    let (limit, reason) = match codec {
        Codec::Ascii => (0x80, "ordinal not in range(128)"),
        Codec::Latin1 => (0x100, "ordinal not in range(256)"),
        _ => (0x110000, "surrogates not allowed"),
    };
    let utf8 = codec == Codec::Utf8;
    let bad = |c: u32| if utf8 { is_surrogate(c) } else { c >= limit };
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if !bad(c) {
            if utf8 {
                push_utf8(&mut out, c);
            } else {
                out.push(c as u8);
            }
            i += 1;
            continue;
        }
        let end = i + s[i..].iter().take_while(|&&c| bad(c)).count();
        let span = Span {
            encoding: codec.name(),
            start: i,
            end,
            reason,
        };
        match encode_replacement(&s[i..end], span, handler, utf8)? {
            Replacement::Text(t) => out.extend(t.bytes()),
            Replacement::Bytes(b) => out.extend(b),
            Replacement::Raw => s[i..end].iter().for_each(|&c| push_utf8(&mut out, c)),
        }
        i = end;
    }
    Ok(out)
}

/// Appends a code unit of `width` bytes.
fn push_unit(out: &mut Vec<u8>, u: u32, width: usize, little: bool) {
    let bytes = u.to_le_bytes();
    if little {
        out.extend_from_slice(&bytes[..width]);
    } else {
        out.extend(bytes[..width].iter().rev());
    }
}

/// Appends a code point as UTF-16 (`width` 2, pairs above U+FFFF) or UTF-32.
fn push_code_point(out: &mut Vec<u8>, c: u32, width: usize, little: bool) {
    if width == 2 && c >= 0x10000 {
        let v = c - 0x10000;
        push_unit(out, 0xD800 | (v >> 10), 2, little);
        push_unit(out, 0xDC00 | (v & 0x3FF), 2, little);
    } else {
        push_unit(out, c, width, little);
    }
}

/// UTF-16 (`width` 2) and UTF-32 (4): each lone surrogate is its own error,
/// and replacement bytes must fill whole code units.
fn encode_utf16_32(
    codec: Codec,
    s: &[u32],
    width: usize,
    order: ByteOrder,
    handler: Handler,
) -> CodecResult<Vec<u8>> {
    let little = order != ByteOrder::Big;
    let mut out = Vec::with_capacity(s.len() * width + width);
    if order == ByteOrder::Bom {
        push_unit(&mut out, 0xFEFF, width, little);
    }
    for (i, &c) in s.iter().enumerate() {
        if !is_surrogate(c) {
            push_code_point(&mut out, c, width, little);
            continue;
        }
        let span = Span {
            encoding: codec.name(),
            start: i,
            end: i + 1,
            reason: "surrogates not allowed",
        };
        match encode_replacement(&s[i..i + 1], span, handler, true)? {
            Replacement::Text(t) => t
                .chars()
                .for_each(|ch| push_code_point(&mut out, ch as u32, width, little)),
            Replacement::Bytes(b) if b.len() % width == 0 => out.extend(b),
            Replacement::Bytes(_) => return span.error(),
            Replacement::Raw => push_unit(&mut out, c, width, little),
        }
    }
    Ok(out)
}

/// `s.encode(codec, errors)`.
pub fn encode(codec: Codec, s: &[u32], handler: Handler) -> CodecResult<Vec<u8>> {
    match codec {
        Codec::Utf16(order) => encode_utf16_32(codec, s, 2, order, handler),
        Codec::Utf32(order) => encode_utf16_32(codec, s, 4, order, handler),
        Codec::Utf8 | Codec::Ascii | Codec::Latin1 => encode_runs(codec, s, handler),
    }
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
        CodecError::Unicode {
            encoding: "utf-8",
            start,
            end,
            reason,
        }
    }

    fn named(encoding: &'static str, start: usize, end: usize, reason: &'static str) -> CodecError {
        CodecError::Unicode {
            encoding,
            start,
            end,
            reason,
        }
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
        assert_eq!(Codec::lookup("UTF-16"), Some(Codec::Utf16(ByteOrder::Bom)));
        assert_eq!(
            Codec::lookup("utf_16le"),
            Some(Codec::Utf16(ByteOrder::Little))
        );
        assert_eq!(
            Codec::lookup("UTF-32-BE"),
            Some(Codec::Utf32(ByteOrder::Big))
        );
        for n in ["utf..8", "utf.8", "xyz", ""] {
            assert_eq!(lookup(n), Lookup::Unknown, "{n}");
        }
        assert_eq!(lookup("cp1252"), Lookup::Unsupported);
        assert_eq!(lookup("UTF-7"), Lookup::Unsupported);
        assert_eq!(lookup("rot13"), Lookup::NotText);
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
        encode(codec, &cps, h)
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
            Err(named("ascii", 1, 3, "ordinal not in range(128)"))
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
            Err(named("latin-1", 0, 1, "ordinal not in range(256)"))
        );
        assert_eq!(
            e(Codec::Latin1, "a€|", Handler::SurrogateEscape),
            Err(named("latin-1", 1, 3, "ordinal not in range(256)"))
        );
    }

    #[test]
    fn utf16_32() {
        let w = |s: &str| s.chars().map(|c| c as u32).collect::<Vec<_>>();
        let s = Handler::Strict;
        let le = Codec::Utf16(ByteOrder::Little);
        assert_eq!(
            encode(Codec::Utf16(ByteOrder::Bom), &w("a😀"), s).unwrap(),
            b"\xff\xfea\x00=\xd8\x00\xde"
        );
        assert_eq!(
            encode(Codec::Utf32(ByteOrder::Big), &w("a"), s).unwrap(),
            b"\0\0\0a"
        );
        assert_eq!(
            encode(le, &[0x61, 0xD800, 0x62], s),
            Err(named("utf-16-le", 1, 2, "surrogates not allowed"))
        );
        assert_eq!(
            encode(le, &[0xDC80], Handler::SurrogateEscape),
            Err(named("utf-16-le", 0, 1, "surrogates not allowed"))
        );
        assert_eq!(
            encode(le, &[0xD800], Handler::SurrogatePass).unwrap(),
            b"\x00\xd8"
        );
        let bom = Codec::Utf16(ByteOrder::Bom);
        assert_eq!(decode(bom, b"\xfe\xff\x00a", s).unwrap(), w("a"));
        assert_eq!(
            decode(bom, b"\xfe\xff\x00a\xdc\x00", s),
            Err(named("utf-16-be", 4, 6, "illegal encoding"))
        );
        assert_eq!(
            decode(le, b"\x00\xd8a\x00", s),
            Err(named("utf-16-le", 0, 2, "illegal UTF-16 surrogate"))
        );
        assert_eq!(
            decode(le, b"\x00\xd8", s),
            Err(named("utf-16-le", 0, 2, "unexpected end of data"))
        );
        assert_eq!(
            decode(le, b"a\x00b", s),
            Err(named("utf-16-le", 2, 3, "truncated data"))
        );
        assert_eq!(
            decode(le, b"\x00\xd8", Handler::SurrogatePass).unwrap(),
            [0xD800]
        );
        let u32le = Codec::Utf32(ByteOrder::Bom);
        assert_eq!(
            decode(u32le, b"\xff\xfe\x00\x00a\x00\x00\x00", s).unwrap(),
            w("a")
        );
        assert_eq!(
            decode(u32le, b"\x00\x00\x11\x00", s),
            Err(named(
                "utf-32-le",
                0,
                4,
                "code point not in range(0x110000)"
            ))
        );
    }
}
