//! Attribute access on builtin objects: `obj.name`, `obj.name = v`, `del obj.name`.

use crate::exception::{err, type_error, R};
use crate::exception_types::attribute_error;
use crate::function::{
    function_data, new_bound_method, new_builtin, new_method_descriptor, new_method_wrapper,
    new_slot_wrapper,
};
use crate::methods::Found;
use crate::object::{type_data, type_id, type_name, TypeId};
use crate::str::{as_string, new_str};
use crate::value::{none, Owned, Value};

/// `obj.name`.
pub fn getattr(obj: Value, name: Value) -> R {
    let attr = as_string(name);
    if obj.is_ptr() {
        match type_id(obj) {
            TypeId::Module => {
                return match crate::module::module_attr(obj, name)? {
                    Some(v) => Ok(v),
                    None => attribute_error(
                        format!(
                            "module '{}' has no attribute '{attr}'",
                            crate::module::module_data(obj).name
                        ),
                        obj,
                        name,
                    ),
                };
            }
            TypeId::Function => {
                let f = function_data(obj);
                match attr.as_str() {
                    "__name__" => return Ok(f.name.clone()),
                    "__qualname__" => return Ok(f.qualname.clone()),
                    "__defaults__" => {
                        return Ok(if crate::tuple::items(f.defaults.v()).is_empty() {
                            none()
                        } else {
                            f.defaults.clone()
                        })
                    }
                    "__module__" => {
                        return Ok(new_str(&crate::module::module_data(f.module.v()).name))
                    }
                    "__kwdefaults__" => return Ok(f.kwdefaults.clone()),
                    "__closure__" => return Ok(f.closure.clone()),
                    "__doc__" => return Ok(f.doc.clone()),
                    "__annotations__" => {
                        return Ok(crate::function::function_annotations(obj));
                    }
                    "__dict__" => return Ok(crate::function::function_dict(obj)),
                    _ => {
                        if !f.dict.v().is_none() {
                            if let Some(v) = crate::dict::dict_get(f.dict.v(), name)? {
                                return Ok(v.new_ref());
                            }
                        }
                    }
                }
            }
            TypeId::Cell if attr == "cell_contents" => {
                return crate::function::cell_contents(obj);
            }
            TypeId::Method => {
                if let Some(v) = crate::function::bound_method_attribute(obj, &attr) {
                    return Ok(v);
                }
            }
            TypeId::Generator => {
                if let Some(v) = crate::generator::attribute(obj, &attr) {
                    return Ok(v);
                }
            }
            TypeId::MethodDescriptor | TypeId::WrapperDescriptor | TypeId::MethodWrapper
                if attr == "__name__" || attr == "__qualname__" =>
            {
                let d = crate::function::descriptor_of(obj);
                let owner = type_data(crate::object::ty(d.owner)).name;
                return Ok(new_str(&if attr == "__name__" {
                    d.name.to_string()
                } else {
                    format!("{owner}.{}", d.name)
                }));
            }
            // Module-level builtins: the qualified name is the name.
            TypeId::BuiltinFunction if attr == "__name__" || attr == "__qualname__" => {
                return Ok(new_str(crate::function::builtin_data(obj).name));
            }
            TypeId::Type => {
                if let Some(v) = type_attribute(obj, &attr) {
                    return Ok(v);
                }
                // Through the MRO: `bool.bit_length` is int's method.
                if let Some(found) = crate::methods::lookup(obj.ptr(), &attr) {
                    return Ok(match found {
                        Found::ClassMethod(name, f) => {
                            new_bound_method(new_builtin(name, f), obj.new_ref())
                        }
                        Found::Method(id, name, f) => new_method_descriptor(id, name, f),
                        Found::Slot(id, name, f) => new_slot_wrapper(id, name, f),
                        Found::NoneValue => none(),
                    });
                }
            }
            TypeId::MemoryView => {
                if let Some(v) = crate::memoryview::attribute(obj, &attr)? {
                    return Ok(v);
                }
            }
            TypeId::Slice | TypeId::Range => {
                let parts = if type_id(obj) == TypeId::Slice {
                    let s = crate::slice::slice_data(obj);
                    [&s.start, &s.stop, &s.step]
                } else {
                    let r = crate::range::range_data(obj);
                    [&r.start, &r.stop, &r.step]
                };
                match attr.as_str() {
                    "start" => return Ok(parts[0].clone()),
                    "stop" => return Ok(parts[1].clone()),
                    "step" => return Ok(parts[2].clone()),
                    _ => {}
                }
            }
            TypeId::Traceback => {
                if let Some(v) = crate::traceback::attribute(obj, &attr) {
                    return Ok(v);
                }
            }
            _ if crate::exception::is_exception(obj) => {
                if let Some(v) = crate::exception_types::attribute(obj, &attr)? {
                    return Ok(v);
                }
            }
            _ => {}
        }
    }
    if let Some(v) = crate::num_glue::number_attr(obj, &attr)? {
        return Ok(v);
    }
    let t = crate::object::type_of(obj);
    if let Some(found) = crate::methods::lookup(t, &attr) {
        return Ok(match found {
            // A class method reached through an instance binds to the type.
            Found::ClassMethod(name, f) => {
                new_bound_method(new_builtin(name, f), Value::from_ptr(t).new_ref())
            }
            Found::Method(_, name, f) => new_bound_method(new_builtin(name, f), obj.new_ref()),
            Found::Slot(id, name, f) => new_method_wrapper(new_slot_wrapper(id, name, f), obj),
            Found::NoneValue => none(),
        });
    }
    if attr == "__class__" {
        return Ok(Value::from_ptr(crate::object::type_of(obj)).new_ref());
    }
    let msg = if crate::object::is_type(obj) {
        format!(
            "type object '{}' has no attribute '{attr}'",
            type_data(obj.ptr()).name
        )
    } else {
        format!("'{}' object has no attribute '{attr}'", type_name(obj))
    };
    attribute_error(msg, obj, name)
}

/// The attributes of a type object: `__name__`, `__qualname__`,
/// `__module__`, `__base__`, `__bases__`, `__mro__`.
fn type_attribute(t: Value, attr: &str) -> Option<Owned> {
    let d = type_data(t.ptr());
    let types = |ts: &[*mut crate::object::Header]| {
        crate::tuple::new_tuple(ts.iter().map(|&b| Value::from_ptr(b).new_ref()).collect())
    };
    Some(match attr {
        "__name__" | "__qualname__" => new_str(d.name),
        "__module__" => new_str("builtins"),
        "__base__" if d.base.is_null() => none(),
        "__base__" => Value::from_ptr(d.base).new_ref(),
        "__bases__" => types(&d.bases),
        "__mro__" => types(&d.mro),
        _ => return None,
    })
}

/// `obj.name = value`.
pub fn setattr(obj: Value, name: Value, value: Value) -> R<()> {
    let attr = as_string(name);
    if obj.is_ptr() {
        match type_id(obj) {
            TypeId::Function => return set_function_attr(obj, name, &attr, Some(value)),
            TypeId::Generator if attr == "__name__" || attr == "__qualname__" => {
                return crate::generator::set_name(obj, &attr, Some(value));
            }
            TypeId::Cell if attr == "cell_contents" => {
                crate::function::set_cell_contents(obj, Some(value));
                return Ok(());
            }
            _ if crate::exception::is_exception(obj) => {
                if let Some(r) = crate::exception_types::set_attribute(obj, &attr, Some(value)) {
                    return r;
                }
            }
            TypeId::Module => {
                let data = crate::module::module_data(obj);
                if data.attrs.v().is_ptr() {
                    return crate::dict::dict_set(data.attrs.v(), name.new_ref(), value.new_ref());
                }
            }
            TypeId::Type => {
                return type_error(format!(
                    "cannot set '{attr}' attribute of immutable type '{}'",
                    type_data(obj.ptr()).name
                ));
            }
            _ => {}
        }
    }
    read_only(obj, name, &attr)
}

/// `del obj.name`.
pub fn delattr(obj: Value, name: Value) -> R<()> {
    let attr = as_string(name);
    if obj.is_ptr() {
        match type_id(obj) {
            TypeId::Function => return set_function_attr(obj, name, &attr, None),
            TypeId::Generator if attr == "__name__" || attr == "__qualname__" => {
                return crate::generator::set_name(obj, &attr, None);
            }
            TypeId::Cell if attr == "cell_contents" => {
                crate::function::set_cell_contents(obj, None);
                return Ok(());
            }
            _ if crate::exception::is_exception(obj) => {
                if let Some(r) = crate::exception_types::set_attribute(obj, &attr, None) {
                    return r;
                }
            }
            TypeId::Module => {
                let data = crate::module::module_data(obj);
                if data.attrs.v().is_ptr() {
                    let hash = crate::ops::hash(name)?;
                    if crate::dict::dict_data(data.attrs.v())
                        .remove(name, hash)?
                        .is_some()
                    {
                        return Ok(());
                    }
                    return err(
                        TypeId::AttributeError,
                        format!("'module' object has no attribute '{attr}'"),
                    );
                }
            }
            TypeId::Type => {
                return type_error(format!(
                    "cannot set '{attr}' attribute of immutable type '{}'",
                    type_data(obj.ptr()).name
                ));
            }
            _ => {}
        }
    }
    read_only(obj, name, &attr)
}

/// Builtin objects have no instance attributes: an existing attribute is
/// read-only, any other is missing.
fn read_only(obj: Value, name: Value, attr: &str) -> R<()> {
    let exists = getattr(obj, name).is_ok();
    if !exists {
        crate::exception::take_raised();
        return err(
            TypeId::AttributeError,
            format!("'{}' object has no attribute '{attr}'", type_name(obj)),
        );
    }
    // Member descriptors (`T_READONLY` struct fields) have their own message.
    let member = match type_id(obj) {
        TypeId::Complex => matches!(attr, "real" | "imag"),
        TypeId::Slice | TypeId::Range => matches!(attr, "start" | "stop" | "step"),
        _ => false,
    };
    if member {
        return err(TypeId::AttributeError, "readonly attribute");
    }
    if crate::methods::lookup(crate::object::type_of(obj), attr).is_some() {
        return err(
            TypeId::AttributeError,
            format!(
                "'{}' object attribute '{attr}' is read-only",
                type_name(obj)
            ),
        );
    }
    // The data attributes of a bool are int's.
    let owner = if obj.is_bool() { "int" } else { type_name(obj) };
    err(
        TypeId::AttributeError,
        format!("attribute '{attr}' of '{owner}' objects is not writable"),
    )
}

/// Assigns a `__name__`/`__qualname__` that must be a str (deleting it is
/// refused with the same message, as CPython does).
pub fn set_str_attr(slot: &mut Owned, attr: &str, value: Option<Value>) -> R<()> {
    match value {
        Some(v) if v.is_ptr() && crate::object::is_instance(v, TypeId::Str) => {
            *slot = v.new_ref();
            Ok(())
        }
        _ => type_error(format!("{attr} must be set to a string object")),
    }
}

/// Sets (or, with `None`, deletes) an attribute of a function: the
/// special ones with CPython's type checks, others in its `__dict__`.
fn set_function_attr(func: Value, name: Value, attr: &str, value: Option<Value>) -> R<()> {
    let f = unsafe { crate::object::payload::<crate::function::FunctionData>(func) };
    let is = |v: Value, id: TypeId| v.is_ptr() && crate::object::is_instance(v, id);
    match attr {
        "__name__" | "__qualname__" => {
            let slot = if attr == "__name__" {
                &mut f.name
            } else {
                &mut f.qualname
            };
            set_str_attr(slot, attr, value)
        }
        "__doc__" => {
            f.doc = value.map_or_else(none, |v| v.new_ref());
            Ok(())
        }
        "__defaults__" => match value {
            None => {
                f.defaults = crate::tuple::new_tuple(vec![]);
                Ok(())
            }
            Some(v) if v.is_none() => {
                f.defaults = crate::tuple::new_tuple(vec![]);
                Ok(())
            }
            Some(v) if is(v, TypeId::Tuple) => {
                f.defaults = v.new_ref();
                Ok(())
            }
            Some(_) => type_error("__defaults__ must be set to a tuple object"),
        },
        "__kwdefaults__" => set_dict_or_none(&mut f.kwdefaults, attr, value),
        "__annotations__" => set_dict_or_none(&mut f.annotations, attr, value),
        "__dict__" => match value {
            Some(v) if crate::dict::is_dict(v) => {
                f.dict = v.new_ref();
                Ok(())
            }
            Some(v) => type_error(format!(
                "__dict__ must be set to a dictionary, not a '{}'",
                type_name(v)
            )),
            None => type_error("cannot delete __dict__"),
        },
        "__closure__" | "__globals__" | "__builtins__" | "__code__" => {
            err(TypeId::AttributeError, "readonly attribute")
        }
        _ => {
            let dict = crate::function::function_dict(func);
            match value {
                Some(v) => crate::dict::dict_set(dict.v(), name.new_ref(), v.new_ref()),
                None => {
                    let hash = crate::ops::hash(name)?;
                    match crate::dict::dict_data(dict.v()).remove(name, hash)? {
                        Some(_) => Ok(()),
                        None => err(
                            TypeId::AttributeError,
                            format!("'function' object has no attribute '{attr}'"),
                        ),
                    }
                }
            }
        }
    }
}

/// Sets a function attribute that holds a dict or None (deleting sets None).
fn set_dict_or_none(slot: &mut Owned, attr: &str, value: Option<Value>) -> R<()> {
    match value {
        None => *slot = none(),
        Some(v) if v.is_none() || crate::dict::is_dict(v) => *slot = v.new_ref(),
        Some(_) => return type_error(format!("{attr} must be set to a dict object")),
    }
    Ok(())
}
