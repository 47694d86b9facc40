//! Numeric algorithms on plain Rust numbers (no `Value`): CPython-exact parsing, formatting and arithmetic.

pub mod arith;
pub mod complex;
pub mod float_format;
pub mod float_repr;
pub mod float_text;
pub mod int_text;
