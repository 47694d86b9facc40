//! Module objects: compiled modules (globals in a fixed slot array, constants,
//! embedded source for tracebacks) and intrinsic modules (attributes in a dict).

use crate::exception::R;
use crate::object::{alloc, payload, TypeId};
use crate::str::str_eq;
use crate::value::{Owned, Value};

/// The payload of a module.
pub struct ModuleData {
    pub name: String,
    /// The source path as given to the compiler ("" for intrinsic modules).
    pub path: String,
    /// Source lines, for tracebacks.
    pub lines: Vec<String>,
    /// A compiled module's global slots and their names (strs).
    pub globals: *mut Value,
    pub global_names: Vec<Owned>,
    /// An intrinsic module's attributes (a dict), or None.
    pub attrs: Owned,
}

/// The payload of a module value.
pub fn module_data<'a>(v: Value) -> &'a mut ModuleData {
    unsafe { payload::<ModuleData>(v) }
}

/// A new intrinsic module whose attributes are in `attrs` (a dict).
pub fn new_intrinsic(name: &str, attrs: Owned) -> Owned {
    alloc(
        TypeId::Module,
        ModuleData {
            name: name.to_string(),
            path: String::new(),
            lines: Vec::new(),
            globals: std::ptr::null_mut(),
            global_names: Vec::new(),
            attrs,
        },
    )
}

/// A new compiled module.
pub fn new_compiled(
    name: &str,
    path: &str,
    source: &str,
    globals: *mut Value,
    global_names: Vec<Owned>,
) -> Owned {
    alloc(
        TypeId::Module,
        ModuleData {
            name: name.to_string(),
            path: path.to_string(),
            lines: source.lines().map(str::to_string).collect(),
            globals,
            global_names,
            attrs: crate::value::none(),
        },
    )
}

/// The attribute `name` of a module, if present.
pub fn module_attr(m: Value, name: Value) -> R<Option<Owned>> {
    let data = module_data(m);
    if data.attrs.v().is_ptr() {
        return Ok(crate::dict::dict_get(data.attrs.v(), name)?.map(|v| v.new_ref()));
    }
    for (i, g) in data.global_names.iter().enumerate() {
        if str_eq(g.v(), name) {
            let v = unsafe { *data.globals.add(i) };
            return Ok((v != Value::UNBOUND).then(|| v.new_ref()));
        }
    }
    Ok(None)
}
