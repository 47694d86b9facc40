//! Molt's standard library; this crate builds the one static library linked into every program.

pub mod math;
