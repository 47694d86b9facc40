//! Exception objects, raising, and the error result type of runtime code.

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

/// A traceback entry: the module (for its file and source), the function's name, the line.
pub struct TbEntry {
    pub module: Value,
    pub func_name: Value,
    pub line: u32,
}

/// The payload of an exception instance.
pub struct ExceptionData {
    pub args: Owned,
    /// Entries in the order the exception passed through frames (innermost first).
    pub traceback: Vec<TbEntry>,
    pub cause: Option<Owned>,
    pub context: Option<Owned>,
    pub suppress_context: bool,
}

impl Drop for ExceptionData {
    fn drop(&mut self) {
        for e in &self.traceback {
            crate::value::decref(e.module);
            crate::value::decref(e.func_name);
        }
    }
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

/// A new exception instance of type `t` with the given args tuple.
pub fn new_exception(t: *mut crate::object::Header, args: Owned) -> Owned {
    alloc_typed(
        t,
        ExceptionData {
            args,
            traceback: Vec::new(),
            cause: None,
            context: None,
            suppress_context: false,
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

/// Raises a `TypeError`.
pub fn type_error<T>(msg: impl AsRef<str>) -> R<T> {
    err(TypeId::TypeError, msg)
}

/// Raises a `ValueError`.
pub fn value_error<T>(msg: impl AsRef<str>) -> R<T> {
    err(TypeId::ValueError, msg)
}

/// Raises an exception instance, chaining it to the exception being handled.
pub fn raise_value(exc: Owned) -> Raised {
    let state = ts();
    if let Some(handled) = state.handling.last() {
        set_context(exc.v(), handled.v());
    }
    state.raised = Some(exc);
    Raised
}

/// Sets `exc.__context__` unless that would create a cycle or it is already set.
fn set_context(exc: Value, context: Value) {
    if exc == context {
        return;
    }
    let data = exc_data(exc);
    if data.context.is_some() {
        return;
    }
    // Break any cycle the new link would close.
    let mut o = context;
    while let Some(next) = exc_data(o).context.as_ref().map(|c| c.v()) {
        if next == exc {
            exc_data(o).context = None;
            break;
        }
        o = next;
    }
    data.context = Some(context.new_ref());
}

/// Makes an exception instance from `raise X`: an instance as is, a class
/// called with no arguments.
pub fn instantiate(v: Value) -> R {
    if object::is_type(v) {
        if is_subtype(v.ptr(), ty(TypeId::BaseException)) {
            return Ok(new_exception(v.ptr(), new_tuple(vec![])));
        }
    } else if object::is_instance(v, TypeId::BaseException) {
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
