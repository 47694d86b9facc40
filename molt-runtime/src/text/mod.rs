//! Text algorithms on code-point slices (no `Value`): CPython-exact str methods, repr, Unicode predicates.
//!
//! Strings are `&[u32]` (one Unicode code point per element, lone surrogates allowed).
//!
//! * [`unicode`]: character properties and case mappings (tables generated from
//!   CPython 3.12 by `tools/gen_unicode_tables.py`);
//! * [`str_methods`]: the `str` methods;
//! * [`search`]: linear-time substring search used by them;
//! * [`repr`]: `repr()` / `ascii()` of `str`, `repr()` of `bytes`;
//! * [`format_str`]: `format(str, spec)`.

pub mod format_str;
pub mod repr;
pub mod search;
pub mod str_methods;
pub mod unicode;

#[rustfmt::skip]
mod unicode_tables;
