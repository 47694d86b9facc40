//! Function objects: compiled Python functions, builtin functions and bound methods.

use crate::exception::R;
use crate::object::{alloc, payload, TypeId};
use crate::value::{Owned, Value};

/// The native entry of a compiled function: the bound arguments, one per
/// parameter (positional, keyword-only, then `*args` and `**kwargs`), and
/// the function object itself (for its closure).
pub type Entry = unsafe extern "C" fn(args: *const Value, func: Value) -> Value;

/// The payload of a compiled Python function.
///
/// `entry` and `arity` lead at fixed offsets (`molt_ir::abi::FUNCTION_*`):
/// compiled call sites read them to call the entry directly.
#[repr(C)]
pub struct FunctionData {
    pub entry: Entry,
    /// The exact number of positional arguments the entry takes when a
    /// call site passes them all positionally; `usize::MAX` when binding
    /// needs more than copying (keyword-only parameters, `*args`, `**kwargs`).
    pub arity: usize,
    pub name: Owned,
    pub qualname: Owned,
    /// A tuple of the parameter names (strs), in entry order.
    pub varnames: Owned,
    /// The number of positional parameters (positional-only included).
    pub argcount: usize,
    pub posonly: usize,
    pub kwonly: usize,
    pub varargs: bool,
    pub varkw: bool,
    /// A generator function: `entry` is the body's resume function and a
    /// call makes a generator with `nslots` slots.
    pub generator: bool,
    /// A generator function whose body can suspend while handling an
    /// exception.
    pub handles_exceptions: bool,
    pub nslots: usize,
    /// A tuple of defaults for the last positional parameters.
    pub defaults: Owned,
    /// Defaults of keyword-only parameters: a dict, or None.
    pub kwdefaults: Owned,
    /// The cells of the free variables: a tuple, or None.
    pub closure: Owned,
    /// `__annotations__`: a dict, or None until first asked for.
    pub annotations: Owned,
    /// `__doc__`.
    pub doc: Owned,
    /// The defining module.
    pub module: Owned,
    /// `__dict__`: attributes set on the function, or None.
    pub dict: Owned,
}

/// The payload of a cell: a variable shared with inner functions; `UNBOUND`
/// when the variable has no value.
///
/// `value` sits at a fixed offset (`molt_ir::abi::CELL_VALUE_OFFSET`):
/// compiled code reads and writes it inline.
#[repr(C)]
pub struct CellData {
    pub value: Value,
}

impl Drop for CellData {
    fn drop(&mut self) {
        if self.value != Value::UNBOUND {
            drop(Owned::from_raw(self.value));
        }
    }
}

/// A new empty cell.
pub fn new_cell() -> Owned {
    alloc(
        TypeId::Cell,
        CellData {
            value: Value::UNBOUND,
        },
    )
}

/// The payload of a cell value.
pub fn cell_data<'a>(v: Value) -> &'a mut CellData {
    unsafe { payload::<CellData>(v) }
}

/// The signature of a builtin: positional arguments, then keyword names
/// for the last `kwnames.len()` of them.
pub type BuiltinFn = fn(args: &[Value], kwnames: &[Owned]) -> R;

/// The payload of a builtin function (or unbound builtin method).
pub struct BuiltinData {
    pub name: &'static str,
    pub func: BuiltinFn,
}

/// The payload of a method reached through its type (`str.upper`): calling
/// it checks that the first argument is an instance of `owner`.
pub struct MethodDescriptorData {
    pub owner: TypeId,
    pub name: &'static str,
    pub func: BuiltinFn,
}

/// A new method descriptor.
pub fn new_method_descriptor(owner: TypeId, name: &'static str, func: BuiltinFn) -> Owned {
    alloc(
        TypeId::MethodDescriptor,
        MethodDescriptorData { owner, name, func },
    )
}

/// A new slot wrapper (`int.__add__`): a method descriptor whose calls
/// report a wrong receiver as CPython's `wrapper_descriptor` does.
pub fn new_slot_wrapper(owner: TypeId, name: &'static str, func: BuiltinFn) -> Owned {
    alloc(
        TypeId::WrapperDescriptor,
        MethodDescriptorData { owner, name, func },
    )
}

/// A slot wrapper bound to its receiver (`(1).__add__`, a `method-wrapper`).
pub fn new_method_wrapper(wrapper: Owned, receiver: Value) -> Owned {
    alloc(
        TypeId::MethodWrapper,
        BoundMethodData {
            func: wrapper,
            receiver: receiver.new_ref(),
        },
    )
}

/// The payload of a method descriptor or slot wrapper value.
pub fn method_descriptor_data<'a>(v: Value) -> &'a MethodDescriptorData {
    unsafe { payload::<MethodDescriptorData>(v) }
}

/// The descriptor behind a method descriptor, a slot wrapper or a
/// method-wrapper.
pub fn descriptor_of<'a>(v: Value) -> &'a MethodDescriptorData {
    if crate::object::type_id(v) == TypeId::MethodWrapper {
        method_descriptor_data(bound_method_data(v).func.v())
    } else {
        method_descriptor_data(v)
    }
}

/// The payload of a bound method: a callable and the object it binds.
pub struct BoundMethodData {
    pub func: Owned,
    pub receiver: Owned,
}

/// `m1 == m2` for two bound builtin methods or two method-wrappers: the
/// same function bound to the same object (`x.append == x.append`).
pub fn same_binding(a: Value, b: Value) -> bool {
    let (ma, mb) = (bound_method_data(a), bound_method_data(b));
    if ma.receiver.v() != mb.receiver.v() {
        return false;
    }
    if crate::object::type_id(a) == TypeId::MethodWrapper {
        let (da, db) = (descriptor_of(a), descriptor_of(b));
        return da.owner == db.owner && da.name == db.name;
    }
    let (fa, fb) = (builtin_data(ma.func.v()), builtin_data(mb.func.v()));
    fa.name == fb.name && fa.func as usize == fb.func as usize
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

/// `__self__`, `__name__` and `__qualname__` of a bound builtin method
/// (`[].append.__qualname__ == 'list.append'`), if `attr` is one.
pub fn bound_method_attribute(m: Value, attr: &str) -> Option<Owned> {
    let d = bound_method_data(m);
    let func = d.func.v();
    let receiver = d.receiver.v();
    if attr == "__self__" {
        return Some(d.receiver.clone());
    }
    if crate::object::type_id(func) != TypeId::BuiltinFunction {
        return None;
    }
    let name = builtin_data(func).name;
    match attr {
        "__name__" => Some(crate::str::new_str(name)),
        "__qualname__" => {
            // CPython names the receiver's type (or the receiver, for a
            // type), not the type defining the method: `bool.bit_length`.
            let owner = if crate::object::is_type(receiver) {
                crate::object::type_data(receiver.ptr()).name
            } else {
                crate::object::type_name(receiver)
            };
            Some(crate::str::new_str(&format!("{owner}.{name}")))
        }
        _ => None,
    }
}

/// The collector's traverse of a function: every object field.
pub fn traverse(v: Value, visit: &mut dyn FnMut(Value)) {
    let f = function_data(v);
    for x in [
        &f.name,
        &f.qualname,
        &f.varnames,
        &f.defaults,
        &f.kwdefaults,
        &f.closure,
        &f.annotations,
        &f.doc,
        &f.module,
        &f.dict,
    ] {
        visit(x.v());
    }
}

/// The collector's clear of a function: the fields that can be part of a
/// cycle become None (`func_clear`).
pub fn clear_refs(v: Value) {
    let f = unsafe { payload::<FunctionData>(v) };
    let none = || Owned::from_raw(Value::NONE);
    let old = [
        std::mem::replace(&mut f.defaults, none()),
        std::mem::replace(&mut f.kwdefaults, none()),
        std::mem::replace(&mut f.closure, none()),
        std::mem::replace(&mut f.annotations, none()),
        std::mem::replace(&mut f.dict, none()),
    ];
    drop(old);
}

/// The collector's traverse of a bound method: function and receiver.
pub fn traverse_bound_method(v: Value, visit: &mut dyn FnMut(Value)) {
    let m = bound_method_data(v);
    visit(m.func.v());
    visit(m.receiver.v());
}

/// The collector's traverse of a cell: its value.
pub fn traverse_cell(v: Value, visit: &mut dyn FnMut(Value)) {
    let value = cell_data(v).value;
    if value != Value::UNBOUND {
        visit(value);
    }
}

/// The collector's clear of a cell: it becomes empty.
pub fn clear_cell(v: Value) {
    set_cell_contents(v, None);
}

/// `cell.cell_contents = value`; `None` (`del cell.cell_contents`) empties
/// the cell.
pub fn set_cell_contents(v: Value, value: Option<Value>) {
    let new = value.map_or(Value::UNBOUND, |x| x.new_ref().into_raw());
    let old = std::mem::replace(&mut cell_data(v).value, new);
    if old != Value::UNBOUND {
        drop(Owned::from_raw(old));
    }
}

/// `cell.cell_contents`: ValueError when the cell is empty.
pub fn cell_contents(v: Value) -> R {
    let value = cell_data(v).value;
    if value == Value::UNBOUND {
        return crate::exception::err(TypeId::ValueError, "Cell is empty");
    }
    Ok(value.new_ref())
}

/// `f.__annotations__`: the dict, created empty on first use.
pub fn function_annotations(func: Value) -> Owned {
    let f = unsafe { payload::<FunctionData>(func) };
    if f.annotations.v().is_none() {
        f.annotations = crate::dict::new_dict();
    }
    f.annotations.clone()
}

/// `f.__dict__`: the attribute dict, created empty on first use.
pub fn function_dict(func: Value) -> Owned {
    let f = unsafe { payload::<FunctionData>(func) };
    if f.dict.v().is_none() {
        f.dict = crate::dict::new_dict();
    }
    f.dict.clone()
}
