//! Attribute access on builtin objects: `obj.name`.

use crate::exception::R;
use crate::exception_types::attribute_error;
use crate::function::{function_data, new_bound_method, new_builtin};
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
            TypeId::Generator => {
                if let Some(v) = crate::generator::attribute(obj, &attr) {
                    return Ok(v);
                }
            }
            TypeId::BuiltinFunction if attr == "__name__" => {
                return Ok(new_str(crate::function::builtin_data(obj).name));
            }
            TypeId::Type => {
                if let Some(v) = type_attribute(obj, &attr) {
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
    if let Some((name, f)) = crate::methods::find(obj, &attr) {
        return Ok(new_bound_method(new_builtin(name, f), obj.new_ref()));
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
