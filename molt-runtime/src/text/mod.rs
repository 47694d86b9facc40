//! Text algorithms on code-point and byte slices (no `Value`): CPython-exact str and bytes methods, codecs, repr, Unicode predicates.
//!
//! Strings are `&[u32]` (one Unicode code point per element, lone surrogates allowed), bytes `&[u8]`.
//!
//! * [`unicode`]: character properties and case mappings (tables generated from
//!   CPython 3.12 by `tools/gen_unicode_tables.py`);
//! * [`str_methods`]: the `str` methods, the structural ones generic over [`Unit`];
//! * [`bytes`]: the ASCII-only methods of `bytes` (case, predicates, hex);
//! * [`codecs`]: UTF-8, UTF-16, UTF-32, ASCII and Latin-1 with CPython's error handlers;
//! * [`Unit`]: what the generic methods need of a code point or a byte;
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
mod unit;

pub use unit::Unit;

#[rustfmt::skip]
mod unicode_tables;
