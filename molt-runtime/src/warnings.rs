//! Warnings, shown as CPython 3.12's default filters show them: a
//! `DeprecationWarning` only when raised by code in `__main__`, every warning
//! once per source location, as `path:line: Category: message` followed by
//! the stripped source line, on stderr.

use crate::module::module_data;
use crate::object::{ty, type_data, TypeId};
use crate::value::Value;

/// The locations that already warned: (module, line, category, message).
static mut SHOWN: Vec<(usize, u32, TypeId, String)> = Vec::new();

/// Issues a warning of `category` for line `line` of the compiled module
/// `module`.
pub fn warn_at(module: Value, line: u32, category: TypeId, message: &str) {
    let m = module_data(module);
    if category == TypeId::DeprecationWarning && m.name != "__main__" {
        return;
    }
    let key = (module.0 as usize, line, category, message.to_string());
    let shown = unsafe { &mut *std::ptr::addr_of_mut!(SHOWN) };
    if shown.contains(&key) {
        return;
    }
    shown.push(key);
    let name = type_data(ty(category)).name;
    let mut text = format!("{}:{line}: {name}: {message}\n", m.path);
    if let Some(src) = m.lines.get((line as usize).wrapping_sub(1)) {
        let src = src.trim();
        if !src.is_empty() {
            text.push_str(&format!("  {src}\n"));
        }
    }
    crate::io::write_text(2, &text);
}
