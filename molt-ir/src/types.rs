//! IR value types.

/// The type of an SSA value.
///
/// `Dyn` is a boxed Python object (one NaN-boxed word, owned reference);
/// `Bool` is an unboxed machine truth value produced by tests such as `truthy`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Type {
    Dyn,
    Bool,
}

impl Type {
    /// The text form used by the printer.
    pub fn name(self) -> &'static str {
        match self {
            Type::Dyn => "dyn",
            Type::Bool => "bool",
        }
    }
}
