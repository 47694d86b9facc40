//! Text algorithms on code-point slices (no `Value`): CPython-exact str methods, repr, Unicode predicates.

pub mod unicode;
#[rustfmt::skip]
mod unicode_tables;
pub mod search;
pub mod str_methods;
pub mod repr;
