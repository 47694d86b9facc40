//! Attribute access on builtin objects: `obj.name`.

use crate::exception::{err, exc_data, R};
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
                    None => err(
                        TypeId::AttributeError,
                        format!(
                            "module '{}' has no attribute '{attr}'",
                            crate::module::module_data(obj).name
                        ),
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
            TypeId::Type if attr == "__name__" || attr == "__qualname__" => {
                return Ok(new_str(type_data(obj.ptr()).name));
            }
            TypeId::Type => {
                let id = type_data(obj.ptr()).id;
                let table = crate::methods::class_table(id);
                if let Some(&(name, f)) = table.iter().find(|(n, _)| *n == attr) {
                    return Ok(new_bound_method(new_builtin(name, f), obj.new_ref()));
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
            _ if crate::object::is_instance(obj, TypeId::BaseException) => {
                let d = exc_data(obj);
                let opt = |o: &Option<Owned>| o.clone().unwrap_or_else(none);
                match attr.as_str() {
                    "args" => return Ok(d.args.clone()),
                    "__cause__" => return Ok(opt(&d.cause)),
                    "__context__" => return Ok(opt(&d.context)),
                    "__suppress_context__" => return Ok(Owned::from(d.suppress_context)),
                    "code" if crate::object::is_instance(obj, TypeId::SystemExit) => {
                        return Ok(crate::exception::first_arg(obj).new_ref());
                    }
                    "value" if crate::object::is_instance(obj, TypeId::StopIteration) => {
                        return Ok(crate::exception::first_arg(obj).new_ref());
                    }
                    _ => {
                        let args = crate::tuple::items(d.args.v());
                        if let Some(v) = crate::codecs::exception_attr(type_id(obj), args, &attr) {
                            return Ok(v);
                        }
                    }
                }
            }
            _ => {}
        }
    }
    if let Some(v) = crate::num_glue::number_attr(obj, &attr)? {
        return Ok(v);
    }
    if let Some(f) = crate::methods::find(obj, &attr) {
        let name: &'static str = crate::methods::table(type_id(obj))
            .iter()
            .chain(crate::methods::table(TypeId::Int).iter())
            .find(|(n, _)| *n == attr)
            .map(|(n, _)| *n)
            .unwrap_or("method");
        return Ok(new_bound_method(new_builtin(name, f), obj.new_ref()));
    }
    if attr == "__class__" {
        return Ok(Value::from_ptr(crate::object::type_of(obj)).new_ref());
    }
    if crate::object::is_type(obj) {
        return err(
            TypeId::AttributeError,
            format!(
                "type object '{}' has no attribute '{attr}'",
                type_data(obj.ptr()).name
            ),
        );
    }
    err(
        TypeId::AttributeError,
        format!("'{}' object has no attribute '{attr}'", type_name(obj)),
    )
}
