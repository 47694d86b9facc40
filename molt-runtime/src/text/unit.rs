//! [`Unit`]: the element type the generic text methods work over.

use super::unicode;

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
