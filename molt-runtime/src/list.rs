//! `list`: a growable array of owned references.

use crate::object::{alloc, payload, TypeId};
use crate::value::{Owned, Value};

/// The payload of a list.
pub struct ListData {
    pub items: Vec<Owned>,
}

/// A new list owning `items`.
pub fn new_list(items: Vec<Owned>) -> Owned {
    alloc(TypeId::List, ListData { items })
}

/// The items of a list value.
///
/// The reference must not be held across code that may mutate the list.
#[inline]
pub fn list_items<'a>(v: Value) -> &'a mut Vec<Owned> {
    unsafe { &mut payload::<ListData>(v).items }
}

/// The collector's traverse: the items.
pub fn traverse(v: Value, visit: &mut dyn FnMut(Value)) {
    for x in list_items(v).iter() {
        visit(x.v());
    }
}

/// The collector's clear: empties the list.
pub fn clear_refs(v: Value) {
    drop(std::mem::take(list_items(v)));
}

/// Whether `v` is a list.
#[inline]
pub fn is_list(v: Value) -> bool {
    v.is_ptr() && crate::object::is_instance(v, TypeId::List)
}

/// `[*v]` into a list being built: TypeError when `v` is not iterable.
pub fn extend_display(list: Value, v: Value) -> crate::exception::R<()> {
    let it = crate::iter::iter(v).map_err(|e| {
        if !crate::exception::raised_matches(crate::object::TypeId::TypeError) {
            return e;
        }
        crate::exception::take_raised();
        crate::exception::raise(
            crate::object::TypeId::TypeError,
            format!(
                "Value after * must be an iterable, not {}",
                crate::object::type_name(v)
            ),
        )
    })?;
    while let Some(x) = crate::iter::next(it.v())? {
        list_items(list).push(x);
    }
    Ok(())
}
