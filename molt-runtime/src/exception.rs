//! Exception objects, raising with implicit chaining, and the error result
//! type of runtime code. Per-type constructors, attributes and `str()` live
//! in `exception_types.rs`; exception groups in `exception_group.rs`.

use crate::exception_types::Fields;
use crate::object::{self, alloc_typed, is_subtype, payload, ty, type_of, TypeId};
use crate::state::ts;
use crate::str::new_str;
use crate::tuple::new_tuple;
use crate::value::{Owned, Value};

/// The error marker of runtime functions: the exception is in the thread state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Raised;

/// The result type of runtime code that can raise.
pub type R<T = Owned> = Result<T, Raised>;

/// The payload of an exception instance: `BaseException`'s slots plus the
/// attributes of its family.
pub struct ExceptionData {
    /// `args`: always a tuple.
    pub args: Owned,
    /// `__traceback__`: the head of a chain of traceback objects (the
    /// outermost frame), None when the exception was never raised.
    pub traceback: Option<Owned>,
    pub cause: Option<Owned>,
    pub context: Option<Owned>,
    pub suppress_context: bool,
    /// `__notes__`, once `add_note()` created it (normally a list of str).
    pub notes: Option<Owned>,
    pub fields: Fields,
}

/// The collector's traverse: args, cause and context (traceback entries
/// hold only modules and strs).
pub fn traverse(v: Value, visit: &mut dyn FnMut(Value)) {
    let d = exc_data(v);
    visit(d.args.v());
    for x in [&d.cause, &d.context].into_iter().flatten() {
        visit(x.v());
    }
}

/// The collector's clear: drops args, cause and context.
pub fn clear_refs(v: Value) {
    let d = exc_data(v);
    let args = std::mem::replace(&mut d.args, new_tuple(vec![]));
    let cause = d.cause.take();
    let context = d.context.take();
    drop((args, cause, context));
}

/// The payload of an exception value.
pub fn exc_data<'a>(exc: Value) -> &'a mut ExceptionData {
    unsafe { payload::<ExceptionData>(exc) }
}

/// A new exception instance of type `t` with the given args tuple, its
/// family's attributes derived from the args as a constructor call without
/// keywords would (for the runtime's own exceptions, whose args are valid).
pub fn new_exception(t: *mut crate::object::Header, args: Owned) -> Owned {
    let fields = crate::exception_types::default_fields(t, args.v());
    new_exception_with(t, args, fields)
}

/// A new exception instance with explicit family attributes.
pub fn new_exception_with(t: *mut crate::object::Header, args: Owned, fields: Fields) -> Owned {
    alloc_typed(
        t,
        ExceptionData {
            args,
            traceback: None,
            cause: None,
            context: None,
            suppress_context: false,
            notes: None,
            fields,
        },
    )
}

/// Raises a new exception of a builtin type with a message.
pub fn raise(id: TypeId, msg: impl AsRef<str>) -> Raised {
    let args = new_tuple(vec![new_str(msg.as_ref())]);
    raise_value(new_exception(ty(id), args))
}

/// `Err(raise(..))`, for convenience.
pub fn err<T>(id: TypeId, msg: impl AsRef<str>) -> R<T> {
    Err(raise(id, msg))
}

/// Raises `MemoryError()`, with no arguments (`PyErr_NoMemory`).
pub fn no_memory<T>() -> R<T> {
    Err(raise_value(new_exception(
        ty(TypeId::MemoryError),
        new_tuple(Vec::new()),
    )))
}

/// Raises a `TypeError`.
pub fn type_error<T>(msg: impl AsRef<str>) -> R<T> {
    err(TypeId::TypeError, msg)
}

/// Raises a `ValueError`.
pub fn value_error<T>(msg: impl AsRef<str>) -> R<T> {
    err(TypeId::ValueError, msg)
}

/// Raises an exception instance, chaining it to the exception being handled
/// (CPython's `_PyErr_SetObject`).
pub fn raise_value(exc: Owned) -> Raised {
    let state = ts();
    if let Some(handled) = state.handling.last() {
        set_context(exc.v(), handled.v());
    }
    state.raised = Some(exc);
    Raised
}

/// Sets `exc.__context__ = handled`, first cutting the link that would
/// close a cycle through `exc`; a pre-existing cycle in `handled`'s chain
/// ends the walk (Floyd's algorithm, as CPython does).
fn set_context(exc: Value, handled: Value) {
    if exc == handled {
        return;
    }
    let mut o = handled;
    let mut slow = handled;
    let mut toggle = false;
    while let Some(next) = exc_data(o).context.as_ref().map(|c| c.v()) {
        if next == exc {
            exc_data(o).context = None;
            break;
        }
        o = next;
        if o == slow {
            break;
        }
        if toggle {
            slow = exc_data(slow).context.as_ref().map_or(slow, |c| c.v());
        }
        toggle = !toggle;
    }
    exc_data(exc).context = Some(handled.new_ref());
}

/// `PyException_SetCause`: sets `__cause__` and always `__suppress_context__`.
pub fn set_cause(exc: Value, cause: Option<Owned>) {
    let d = exc_data(exc);
    d.cause = cause;
    d.suppress_context = true;
}

/// Whether `v` is an exception class (`PyExceptionClass_Check`).
pub fn is_exception_class(v: Value) -> bool {
    object::is_type(v) && is_subtype(v.ptr(), ty(TypeId::BaseException))
}

/// Whether `v` is an exception instance.
pub fn is_exception(v: Value) -> bool {
    v.is_ptr() && object::is_instance(v, TypeId::BaseException)
}

/// Makes an exception instance from `raise X`: an instance as is, a class
/// called with no arguments.
pub fn instantiate(v: Value) -> R {
    if is_exception_class(v) {
        return crate::exception_types::construct(v.ptr(), &[], &[]);
    }
    if is_exception(v) {
        return Ok(v.new_ref());
    }
    type_error("exceptions must derive from BaseException")
}

/// Whether the raised exception is of type `id` (or derived).
pub fn raised_matches(id: TypeId) -> bool {
    match &ts().raised {
        Some(e) => is_subtype(type_of(e.v()), ty(id)),
        None => false,
    }
}

/// Takes the raised exception out of the thread state.
pub fn take_raised() -> Option<Owned> {
    ts().raised.take()
}

/// The first argument of an exception, or None.
pub fn first_arg(exc: Value) -> Value {
    let args = crate::tuple::items(exc_data(exc).args.v());
    args.first().map_or(Value::NONE, |a| a.v())
}

/// `PyErr_GivenExceptionMatches(exc, types)`: whether the exception's type
/// is a subclass of `types`, a class or a (nested) tuple of classes.
pub fn given_matches(exc: Value, types: Value) -> bool {
    if crate::tuple::is_tuple(types) {
        return crate::tuple::items(types)
            .iter()
            .any(|t| given_matches(exc, t.v()));
    }
    object::is_type(types) && is_subtype(type_of(exc), types.ptr())
}

/// Replaces the exception being handled by the innermost handler, as an
/// `except*` clause does with the part of the group it matched.
pub fn set_handled(exc: Owned) {
    if let Some(top) = ts().handling.last_mut() {
        *top = exc;
    }
}

/// The exception being handled (`sys.exception()`), if any.
pub fn handled() -> Option<Owned> {
    ts().handling.last().cloned()
}
