//! Function objects: compiled Python functions, builtin functions and bound methods.

use crate::exception::R;
use crate::object::{alloc, payload, TypeId};
use crate::value::{Owned, Value};

/// The native entry of a compiled function: the bound arguments, one per parameter.
pub type Entry = unsafe extern "C" fn(args: *const Value) -> Value;

/// The payload of a compiled Python function.
///
/// `entry` and `arity` lead at fixed offsets (`molt_ir::abi::FUNCTION_*`):
/// compiled call sites read them to call the entry directly.
#[repr(C)]
pub struct FunctionData {
    pub entry: Entry,
    /// The exact number of positional arguments the entry takes when a
    /// call site passes them all positionally.
    pub arity: usize,
    pub name: Owned,
    pub qualname: Owned,
    /// A tuple of the parameter names (strs).
    pub params: Owned,
    /// A tuple of defaults for the last parameters.
    pub defaults: Owned,
    /// The defining module.
    pub module: Owned,
}

/// The signature of a builtin: positional arguments, then keyword names
/// for the last `kwnames.len()` of them.
pub type BuiltinFn = fn(args: &[Value], kwnames: &[Owned]) -> R;

/// The payload of a builtin function (or unbound builtin method).
pub struct BuiltinData {
    pub name: &'static str,
    pub func: BuiltinFn,
}

/// The payload of a bound method: a callable and the object it binds.
pub struct BoundMethodData {
    pub func: Owned,
    pub receiver: Owned,
}

/// A new builtin function object.
pub fn new_builtin(name: &'static str, func: BuiltinFn) -> Owned {
    alloc(TypeId::BuiltinFunction, BuiltinData { name, func })
}

/// A new bound method.
pub fn new_bound_method(func: Owned, receiver: Owned) -> Owned {
    alloc(TypeId::Method, BoundMethodData { func, receiver })
}

/// The payload of a compiled function value.
pub fn function_data<'a>(v: Value) -> &'a FunctionData {
    unsafe { payload::<FunctionData>(v) }
}

/// The payload of a builtin function value.
pub fn builtin_data<'a>(v: Value) -> &'a BuiltinData {
    unsafe { payload::<BuiltinData>(v) }
}

/// The payload of a bound method value.
pub fn bound_method_data<'a>(v: Value) -> &'a BoundMethodData {
    unsafe { payload::<BoundMethodData>(v) }
}
