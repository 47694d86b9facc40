//! Molt's standard library; this crate builds the one static library linked
//! into every program (it re-exports the runtime's ABI symbols).

pub mod gc;
pub mod math;
pub mod sys;

pub use molt_runtime;

/// The stdlib's ABI exports, as in `molt_runtime::exports::EXPORTS`.
pub const EXPORTS: &[(&str, &str)] = &[("molt_stdlib_init", "()")];

/// Registers every standard-library module with the runtime.
#[no_mangle]
pub extern "C" fn molt_stdlib_init() {
    molt_runtime::builtins::register_module("sys", sys::make_module);
    molt_runtime::builtins::register_module("math", math::make_module);
    molt_runtime::builtins::register_module("gc", gc::make_module);
}
