//! `NotImplemented` and `Ellipsis`: the only instances of their types,
//! immortal heap objects made on first use.

use crate::object::{alloc, immortalize, TypeId};
use crate::value::{Owned, Value};

static mut NOT_IMPLEMENTED: Value = Value::UNBOUND;
static mut ELLIPSIS: Value = Value::UNBOUND;

/// The singleton held by `slot`, made (as an instance of `id`) if needed.
fn singleton(slot: *mut Value, id: TypeId) -> Owned {
    unsafe {
        if *slot == Value::UNBOUND {
            let v = alloc(id, ()).into_raw();
            immortalize(v);
            *slot = v;
        }
        (*slot).new_ref()
    }
}

/// `NotImplemented`, what a binary special method returns for an operand
/// it does not handle.
pub fn not_implemented() -> Owned {
    singleton(
        std::ptr::addr_of_mut!(NOT_IMPLEMENTED),
        TypeId::NotImplementedType,
    )
}

/// `Ellipsis` (`...`).
pub fn ellipsis() -> Owned {
    singleton(std::ptr::addr_of_mut!(ELLIPSIS), TypeId::Ellipsis)
}

/// Whether `v` is `NotImplemented`.
pub fn is_not_implemented(v: Value) -> bool {
    v.is_ptr() && crate::object::type_id(v) == TypeId::NotImplementedType
}
