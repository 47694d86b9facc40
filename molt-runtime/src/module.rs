//! Module objects: compiled modules (globals in a fixed slot array, constants,
//! embedded source for tracebacks) and intrinsic modules (attributes in a dict).
//!
//! A compiled module's namespace is also a real dict, `globals()`: compiled
//! code reads and writes the slots, and the dict mirrors them. Until the dict
//! is first handed out ("exposed") it only records which names are bound, in
//! the order they were first bound (values of slot names are placeholders);
//! exposing it fills in the values, and from then on every store by compiled
//! code is copied into the dict and every change to the dict is copied into
//! the slots:
//!
//! ```python
//! g = globals()
//! g['x'] = 5     # the slot of `x` is bound too
//! print(x)       # 5
//! x = 6          # g['x'] is 6 as well
//! ```

use crate::dict::{dict_data, dict_set, new_dict};
use crate::exception::R;
use crate::object::{alloc, payload, TypeId};
use crate::str::{new_str, str_eq};
use crate::value::{none, Owned, Value};

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
    /// A compiled module's namespace dict, or None.
    pub namespace: Owned,
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
            namespace: crate::value::none(),
        },
    )
}

/// A new compiled module. `globals` has one word more than there are
/// names: the flag compiled code tests to learn that the namespace dict is
/// exposed. The namespace starts with CPython's module attributes, in
/// CPython's order, and the slots of those the source names are bound.
pub fn new_compiled(
    name: &str,
    path: &str,
    source: &str,
    globals: *mut Value,
    global_names: Vec<Owned>,
) -> Owned {
    let m = alloc(
        TypeId::Module,
        ModuleData {
            name: name.to_string(),
            path: path.to_string(),
            lines: source.lines().map(str::to_string).collect(),
            globals,
            global_names,
            attrs: crate::value::none(),
            namespace: new_dict(),
        },
    );
    let builtins = crate::builtins::find_module("builtins").expect("builtins is intrinsic");
    let standard: [(&str, Owned); 9] = [
        ("__name__", new_str(name)),
        ("__doc__", none()),
        ("__package__", none()),
        ("__loader__", none()),
        ("__spec__", none()),
        ("__annotations__", new_dict()),
        ("__builtins__", builtins),
        ("__file__", new_str(path)),
        ("__cached__", none()),
    ];
    let data = module_data(m.v());
    for (key, value) in standard {
        if let Some(i) = slot_index(data, key) {
            let old = std::mem::replace(data.slot(i), value.v().new_ref().into_raw());
            crate::value::decref(old);
        }
        dict_set(data.namespace.v(), new_str(key), value).expect("str keys");
    }
    m
}

impl ModuleData {
    /// Global slot `i`.
    fn slot(&mut self, i: usize) -> &mut Value {
        unsafe { &mut *self.globals.add(i) }
    }

    /// The word compiled code tests before a store: nonzero once the
    /// namespace dict is exposed.
    fn exposed_flag(&mut self) -> &mut u64 {
        unsafe { &mut *(self.globals.add(self.global_names.len()) as *mut u64) }
    }

    fn is_exposed(&mut self) -> bool {
        *self.exposed_flag() != 0
    }
}

/// The slot index of the global named `name` (a str), if the module has one.
fn slot_index(data: &ModuleData, name: &str) -> Option<usize> {
    data.global_names
        .iter()
        .position(|g| crate::str::as_string(g.v()) == name)
}

/// The slot index of the global whose name is the str value `name`.
fn slot_of(data: &ModuleData, name: Value) -> Option<usize> {
    if !crate::str::is_str(name) {
        return None;
    }
    data.global_names.iter().position(|g| str_eq(g.v(), name))
}

/// The namespace dict of a compiled module (new reference), exposed from
/// now on: `globals()`, `module.__dict__`.
pub fn namespace(m: Value) -> Owned {
    let data = module_data(m);
    if !data.is_exposed() {
        let ns = data.namespace.v();
        for i in 0..data.global_names.len() {
            let v = *data.slot(i);
            if v != Value::UNBOUND {
                let key = data.global_names[i].clone();
                dict_set(ns, key, v.new_ref()).expect("str keys");
            }
        }
        dict_data(ns).set_namespace_of(m);
        *data.exposed_flag() = 1;
    }
    data.namespace.clone()
}

/// After compiled code stored into slot `index` that was unbound, or into
/// any slot once the namespace is exposed: records the binding in the
/// namespace (with a placeholder value while it is not exposed).
pub fn global_stored(m: Value, index: usize) {
    let data = module_data(m);
    let value = if data.is_exposed() {
        data.slot(index).new_ref()
    } else {
        none()
    };
    let key = data.global_names[index].clone();
    if dict_set(data.namespace.v(), key, value).is_err() {
        crate::exception::take_raised();
    }
}

/// After compiled code deleted global `index`: the name leaves the namespace.
pub fn global_deleted(m: Value, index: usize) {
    let data = module_data(m);
    let key = data.global_names[index].v();
    let removed = crate::ops::hash(key).and_then(|h| dict_data(data.namespace.v()).remove(key, h));
    if removed.is_err() {
        crate::exception::take_raised();
    }
}

/// The namespace dict of module `m` changed: `key` is now bound to
/// `value`, or unbound (`None`); the slot of that name follows.
pub fn namespace_changed(m: Value, key: Value, value: Option<Value>) {
    let data = module_data(m);
    let Some(i) = slot_of(data, key) else {
        return;
    };
    let new = value.map_or(Value::UNBOUND, |v| v.new_ref().into_raw());
    let old = std::mem::replace(data.slot(i), new);
    if old != Value::UNBOUND {
        crate::value::decref(old);
    }
}

/// The namespace dict of module `m` was cleared: every slot is unbound.
pub fn namespace_cleared(m: Value) {
    let data = module_data(m);
    for i in 0..data.global_names.len() {
        let old = std::mem::replace(data.slot(i), Value::UNBOUND);
        if old != Value::UNBOUND {
            crate::value::decref(old);
        }
    }
}

/// The attribute `name` of a module, if present.
pub fn module_attr(m: Value, name: Value) -> R<Option<Owned>> {
    let data = module_data(m);
    if data.attrs.v().is_ptr() {
        if crate::str::as_string(name) == "__dict__" {
            return Ok(Some(data.attrs.clone()));
        }
        return Ok(crate::dict::dict_get(data.attrs.v(), name)?.map(|v| v.new_ref()));
    }
    if crate::str::as_string(name) == "__dict__" {
        return Ok(Some(namespace(m)));
    }
    if let Some(i) = slot_of(data, name) {
        let v = *data.slot(i);
        return Ok((v != Value::UNBOUND).then(|| v.new_ref()));
    }
    // Names without a slot have their real value in the namespace.
    Ok(crate::dict::dict_get(data.namespace.v(), name)?.map(|v| v.new_ref()))
}
