//! Text algorithms on code-point slices (no `Value`): CPython-exact str methods, repr, Unicode predicates.
//!
//! Strings are `&[u32]` (one Unicode code point per element, lone surrogates allowed).
//!
//! * [`unicode`]: character properties and case mappings (tables generated from
//!   CPython 3.12 by `tools/gen_unicode_tables.py`);
//! * [`str_methods`]: the `str` methods, the structural ones generic over [`Unit`];
//! * [`bytes`]: the ASCII-only methods of `bytes` (case, predicates, hex);
//! * [`codecs`]: UTF-8, ASCII and Latin-1 encoding and decoding with error handlers;
//! * [`search`]: linear-time substring search used by them;
//! * [`repr`]: `repr()` / `ascii()` of `str`, `repr()` of `bytes`;
//! * [`format_str`]: `format(str, spec)`.

pub mod bytes;
pub mod codecs;
pub mod format_str;
pub mod repr;
pub mod search;
pub mod str_methods;
pub mod unicode;

#[rustfmt::skip]
mod unicode_tables;

/// One element of a text: a code point of a `str` (`u32`) or a byte of a `bytes`
/// (`u8`). Whitespace and line breaks are Unicode's for the first and ASCII's for
/// the second, as in CPython's `unicodeobject.c` and `bytes_methods.c`.
pub trait Unit: Copy + Ord + Into<u32> {
    /// The unit of an ASCII character.
    fn ascii(b: u8) -> Self;
    /// Whether `split()`/`strip()` treat it as whitespace.
    fn is_space(self) -> bool;
    /// Whether `splitlines()` breaks after it.
    fn is_linebreak(self) -> bool;
}

impl Unit for u32 {
    #[inline]
    fn ascii(b: u8) -> u32 {
        u32::from(b)
    }

    #[inline]
    fn is_space(self) -> bool {
        unicode::is_space(self)
    }

    #[inline]
    fn is_linebreak(self) -> bool {
        unicode::is_linebreak(self)
    }
}

impl Unit for u8 {
    #[inline]
    fn ascii(b: u8) -> u8 {
        b
    }

    /// `b' \t\n\r\x0b\x0c'`.
    #[inline]
    fn is_space(self) -> bool {
        matches!(self, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
    }

    /// `\n` and `\r` only.
    #[inline]
    fn is_linebreak(self) -> bool {
        matches!(self, b'\n' | b'\r')
    }
}
