//! The remaining builtin functions and the constructors of builtin types.

use crate::exception::{type_error, R};
use crate::function::BuiltinFn;
use crate::object::{type_data, ty, TypeId};
use crate::value::{Owned, Value};

/// Builtin functions beyond the core ones in `builtins.rs`.
pub const FUNCTIONS: &[(&str, BuiltinFn)] = &[];

/// Calls a builtin type: `int(x)`, `list(it)`, ...
pub fn construct_builtin(id: TypeId, args: &[Value], kwnames: &[Owned]) -> R {
    let _ = (args, kwnames);
    type_error(format!("cannot create '{}' instances", type_data(ty(id)).name))
}

/// The error `zip(strict=True)` raises when iterator `i` ends early.
pub fn zip_strict_error(iters: &[Owned], i: usize) -> R<Option<Owned>> {
    let _ = iters;
    crate::exception::value_error(format!("zip() argument {} is shorter than argument 1", i + 1))
}
