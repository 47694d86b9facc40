//! The `math` module.
