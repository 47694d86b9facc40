//! Generators. A generator function's body is compiled into a resume
//! function over a frame that keeps the function's slots between
//! suspensions; `frame.state` says where to continue (0: not started, k:
//! suspended at the k-th yield point, -1: finished).

use crate::exception::{exc_data, raise, raise_value, take_raised, type_error, Raised, R};
use crate::object::{alloc, is_instance, payload, type_id, TypeId};
use crate::state::ts;
use crate::value::{Owned, Value};

/// The resume function of a generator body: runs from `frame.state` with
/// the sent value (stolen; `ERROR` to raise the pending exception at the
/// suspension point) and returns the yielded or returned value, or `ERROR`.
pub type Resume = unsafe extern "C" fn(frame: *mut GenFrame, sent: Value) -> Value;

/// What compiled code reads and writes of a generator, at fixed offsets
/// (`molt_ir::abi::GEN_*`).
#[repr(C)]
pub struct GenFrame {
    pub state: i64,
    /// The function's slots (owned references or `UNBOUND`).
    pub slots: *mut Value,
    /// The generator function (for its closure).
    pub func: Value,
}

/// The state number of a finished generator.
pub const FINISHED: i64 = -1;

/// The payload of a generator object. Compiled `for` loops read and write
/// `frame`, `resume` and `running` at fixed offsets (`molt_ir::abi::GEN_*`)
/// to resume a generator inline when `handles_exceptions` is false; the
/// runtime finishes such a resume with [`settle`].
#[repr(C)]
pub struct GeneratorData {
    pub frame: GenFrame,
    pub resume: Resume,
    pub running: bool,
    /// Whether the body can suspend while handling an exception, so that a
    /// resume must save and restore the handled-exception stack.
    pub handles_exceptions: bool,
    /// Whether [`finalize`] ran (it runs at most once, PEP 442).
    finalized: bool,
    slots: Box<[Value]>,
    func: Owned,
    /// `__name__` and `__qualname__`: the function's when the generator
    /// was made, assignable afterwards.
    pub name: Owned,
    pub qualname: Owned,
    /// Exceptions being handled inside the generator while it is suspended.
    saved_handling: Vec<Owned>,
}

impl Drop for GeneratorData {
    fn drop(&mut self) {
        release_slots(&mut self.slots);
    }
}

fn release_slots(slots: &mut [Value]) {
    for s in slots.iter_mut() {
        let v = std::mem::replace(s, Value::UNBOUND);
        if v != Value::UNBOUND {
            drop(Owned::from_raw(v));
        }
    }
}

fn data<'a>(g: Value) -> &'a mut GeneratorData {
    unsafe { payload::<GeneratorData>(g) }
}

/// Whether `v` is a generator.
pub fn is_generator(v: Value) -> bool {
    v.is_ptr() && type_id(v) == TypeId::Generator
}

/// A new, not yet started generator whose first slots hold `args`.
///
/// # Safety
/// `resume` must be a compiled generator body for `func`, with `nslots`
/// slots; `handles_exceptions` must be true when the body can suspend while
/// handling an exception.
pub unsafe fn new_generator(
    func: Value,
    resume: *const u8,
    nslots: usize,
    handles_exceptions: bool,
    args: &[Value],
) -> Owned {
    let mut slots = vec![Value::UNBOUND; nslots].into_boxed_slice();
    for (s, a) in slots.iter_mut().zip(args) {
        *s = a.new_ref().into_raw();
    }
    let f = crate::function::function_data(func);
    let (name, qualname) = (f.name.clone(), f.qualname.clone());
    let g = alloc(
        TypeId::Generator,
        GeneratorData {
            frame: GenFrame {
                state: 0,
                slots: std::ptr::null_mut(),
                func,
            },
            slots,
            func: func.new_ref(),
            name,
            qualname,
            resume: unsafe { std::mem::transmute::<*const u8, Resume>(resume) },
            running: false,
            handles_exceptions,
            finalized: false,
            saved_handling: Vec::new(),
        },
    );
    let d = data(g.v());
    d.frame.slots = d.slots.as_mut_ptr();
    g
}

fn finish(d: &mut GeneratorData) {
    d.frame.state = FINISHED;
    d.saved_handling.clear();
    release_slots(&mut d.slots);
}

/// What one resume produced.
pub enum Step {
    Yielded(Owned),
    Returned(Owned),
}

/// Runs the generator until it yields, returns or raises. `sent` is
/// borrowed; `None` means "raise the pending exception at the yield".
fn resume(g: Value, sent: Option<Value>) -> R<Step> {
    let d = data(g);
    if d.running {
        return Err(already_executing());
    }
    if d.frame.state == FINISHED {
        return Ok(Step::Returned(Owned::from_raw(Value::NONE)));
    }
    crate::call::enter_frame()?;
    let state = ts();
    let base = state.handling.len();
    if !d.saved_handling.is_empty() {
        state.handling.append(&mut d.saved_handling);
    }
    d.running = true;
    let sent_bits = match sent {
        Some(v) => v.new_ref().into_raw(),
        None => Value::ERROR,
    };
    let r = unsafe { (d.resume)(&mut d.frame, sent_bits) };
    let d = data(g);
    d.running = false;
    crate::call::leave_frame();
    let state = ts();
    if state.handling.len() > base {
        d.saved_handling = state.handling.split_off(base);
    }
    settle(g, r)
}

/// What a resume whose body returned `r` (stolen) produced. A body that
/// returned or raised finishes the generator.
#[inline]
pub fn settle(g: Value, r: Value) -> R<Step> {
    let d = data(g);
    if r == Value::ERROR {
        finish(d);
        return Err(raised_in_body());
    }
    let value = Owned::from_raw(r);
    if d.frame.state == FINISHED {
        finish(d);
        Ok(Step::Returned(value))
    } else {
        Ok(Step::Yielded(value))
    }
}

/// Resuming a running generator (its state still reads 0 during the first
/// run, so this check comes before any look at the state).
fn already_executing() -> Raised {
    raise(TypeId::ValueError, "generator already executing")
}

/// The exception a generator body raised, with a StopIteration turned
/// into a RuntimeError (PEP 479).
#[cold]
fn raised_in_body() -> Raised {
    if crate::exception::raised_matches(TypeId::StopIteration) {
        let stop = take_raised().expect("raised");
        let err = crate::exception::new_exception(
            crate::object::ty(TypeId::RuntimeError),
            crate::tuple::new_tuple(vec![crate::str::new_str("generator raised StopIteration")]),
        );
        exc_data(err.v()).cause = Some(stop.clone());
        exc_data(err.v()).context = Some(stop);
        exc_data(err.v()).suppress_context = true;
        ts().raised = Some(err);
    }
    Raised
}

fn stop_with(value: Owned) -> Raised {
    let args = if value.v().is_none() {
        vec![]
    } else {
        vec![value]
    };
    let exc = crate::exception::new_exception(
        crate::object::ty(TypeId::StopIteration),
        crate::tuple::new_tuple(args),
    );
    raise_value(exc)
}

/// Resumes the generator with a sent value (borrowed).
fn send_step(g: Value, value: Value) -> R<Step> {
    let d = data(g);
    if d.running {
        return Err(already_executing());
    }
    if d.frame.state == 0 && !value.is_none() {
        return type_error("can't send non-None value to a just-started generator");
    }
    resume(g, Some(value))
}

/// `gen.send(value)`: the next yielded value, or StopIteration.
pub fn send(g: Value, value: Value) -> R {
    match send_step(g, value)? {
        Step::Yielded(v) => Ok(v),
        Step::Returned(v) => Err(stop_with(v)),
    }
}

/// The next item for iteration: `None` when the generator finished.
pub fn next(g: Value) -> R<Option<Owned>> {
    match resume(g, Some(Value::NONE))? {
        Step::Yielded(v) => Ok(Some(v)),
        Step::Returned(_) => Ok(None),
    }
}

/// `gen.throw(exc)`: raises `exc` at the suspension point.
pub fn throw(g: Value, exc: Owned) -> R<Step> {
    let d = data(g);
    if d.running {
        return Err(already_executing());
    }
    if d.frame.state == 0 || d.frame.state == FINISHED {
        finish(d);
        return Err(raise_value(exc));
    }
    // Raise inside the generator's own handling context, so the exception
    // chains to what the generator was handling when it suspended.
    let state = ts();
    let base = state.handling.len();
    state.handling.append(&mut d.saved_handling);
    let _pending: Raised = raise_value(exc);
    d.saved_handling = ts().handling.split_off(base);
    resume(g, None)
}

/// `gen.throw(...)` as a method: the next yielded value or StopIteration.
pub fn throw_method(g: Value, exc: Owned) -> R {
    match throw(g, exc)? {
        Step::Yielded(v) => Ok(v),
        Step::Returned(v) => Err(stop_with(v)),
    }
}

/// `gen.close()`.
pub fn close(g: Value) -> R<()> {
    let d = data(g);
    if d.running {
        return Err(already_executing());
    }
    if d.frame.state == 0 || d.frame.state == FINISHED {
        finish(d);
        return Ok(());
    }
    let exit = crate::exception::new_exception(
        crate::object::ty(TypeId::GeneratorExit),
        crate::tuple::new_tuple(vec![]),
    );
    match throw(g, exit) {
        Ok(Step::Yielded(_)) => Err(raise(
            TypeId::RuntimeError,
            "generator ignored GeneratorExit",
        )),
        Ok(Step::Returned(_)) => Ok(()),
        Err(e) => {
            if crate::exception::raised_matches(TypeId::GeneratorExit)
                || crate::exception::raised_matches(TypeId::StopIteration)
            {
                take_raised();
                Ok(())
            } else {
                Err(e)
            }
        }
    }
}

/// Whether the generator is suspended inside its body and not finalized
/// yet: freeing it, or collecting it as garbage, must [`finalize`] it.
pub fn needs_finalize(g: Value) -> bool {
    let d = data(g);
    !d.finalized && !d.running && d.frame.state != 0 && d.frame.state != FINISHED
}

/// Whether the generator's finalizer ran (`gc.is_finalized`).
pub fn is_finalized(g: Value) -> bool {
    data(g).finalized
}

/// The finalizer of a generator (`_PyGen_Finalize`), called once, when its
/// last reference goes or the cycle collector finds it in garbage: a
/// suspended generator is closed, so its `finally` blocks run.
pub fn finalize(g: Value) {
    if !needs_finalize(g) {
        return;
    }
    data(g).finalized = true;
    let saved = take_raised();
    if close(g).is_err() {
        let exc = take_raised().expect("raised");
        let mut msg = format!(
            "Exception ignored in: {}\n",
            crate::repr::repr_string(g).unwrap_or_default()
        );
        msg.push_str(&crate::traceback::format_unraisable(exc.v()));
        crate::io::write_text(2, &msg);
    }
    ts().raised = saved;
}

/// The collector's traverse: the function, the exceptions being handled
/// and, unless the body is running (its native frame may hold slot values
/// it has not written back), the slots.
pub fn traverse(g: Value, visit: &mut dyn FnMut(Value)) {
    let d = data(g);
    visit(d.func.v());
    for e in &d.saved_handling {
        visit(e.v());
    }
    if !d.running {
        for &s in d.slots.iter() {
            if s != Value::UNBOUND {
                visit(s);
            }
        }
    }
}

/// The collector's clear: a suspended generator in garbage (finalized
/// already) finishes without running, releasing its slots.
pub fn clear_refs(g: Value) {
    let d = data(g);
    if d.running {
        return;
    }
    d.frame.state = FINISHED;
    let handling = std::mem::take(&mut d.saved_handling);
    let slots: Vec<Value> = d
        .slots
        .iter_mut()
        .map(|s| std::mem::replace(s, Value::UNBOUND))
        .collect();
    drop(handling);
    for s in slots {
        if s != Value::UNBOUND {
            drop(Owned::from_raw(s));
        }
    }
}

/// `gen.__name__ = value` and `gen.__qualname__ = value`; `None` for `del`.
pub fn set_name(g: Value, attr: &str, value: Option<Value>) -> R<()> {
    let d = data(g);
    let slot = if attr == "__name__" {
        &mut d.name
    } else {
        &mut d.qualname
    };
    crate::attr::set_str_attr(slot, attr, value)
}

/// Whether the generator is running, and whether it has finished.
pub fn status(g: Value) -> (bool, bool) {
    let d = data(g);
    (d.running, d.frame.state == FINISHED)
}

/// Normalises `gen.throw()`'s arguments to an exception instance, as
/// CPython's `_gen_throw` and `PyErr_NormalizeException` do: a class is
/// called with the value (a tuple spreads into arguments) unless the value
/// already is an instance of it; an instance takes no separate value.
pub fn throw_arg(args: &[Value]) -> R {
    let typ = args[0];
    let val = args.get(1).copied().filter(|v| !v.is_none());
    let is_traceback = |v: Value| v.is_ptr() && type_id(v) == TypeId::Traceback;
    if let Some(&tb) = args.get(2).filter(|tb| !tb.is_none()) {
        if !is_traceback(tb) {
            return type_error("throw() third argument must be a traceback object");
        }
    }
    let base = crate::object::ty(TypeId::BaseException);
    if crate::object::is_type(typ) && crate::object::is_subtype(typ.ptr(), base) {
        let made = match val {
            Some(v) if crate::object::is_subtype(crate::object::type_of(v), typ.ptr()) => {
                return Ok(v.new_ref());
            }
            Some(v) if v.is_ptr() && type_id(v) == TypeId::Tuple => {
                let items: Vec<Value> = crate::tuple::items(v).iter().map(|x| x.v()).collect();
                crate::call::call(typ, &items, &[])?
            }
            Some(v) => crate::call::call(typ, &[v], &[])?,
            None => crate::call::call(typ, &[], &[])?,
        };
        // An instance of another class (`OSError(2, ...)` makes a
        // FileNotFoundError) is wrapped once more when CPython 3.12 restores
        // the (type, value) pair: OSError(FileNotFoundError(2, ...)).
        if crate::object::type_of(made.v()) != typ.ptr() {
            return crate::call::call(typ, &[made.v()], &[]);
        }
        return Ok(made);
    }
    if is_instance(typ, TypeId::BaseException) {
        if val.is_some() {
            return type_error("instance exception may not have a separate value");
        }
        return Ok(typ.new_ref());
    }
    type_error(
        "exceptions must be classes or instances deriving from BaseException, not ".to_string()
            + crate::object::type_name(typ),
    )
}

/// The value a finished `yield from` produced, kept between
/// `molt_yield_from` and `molt_yield_from_result`.
static mut YIELD_FROM_RESULT: Value = Value::NONE;

/// One step of `yield from it`: sends `sent` (stolen; `ERROR` to throw the
/// pending exception into `it`). Returns the value to yield, or `STOP` when
/// `it` finished (its value is then in [`take_yield_from_result`]).
pub fn yield_from(it: Value, sent: Value) -> R {
    let step = if sent == Value::ERROR {
        let exc = take_raised().expect("a pending exception");
        if is_instance(exc.v(), TypeId::GeneratorExit) {
            if is_generator(it) {
                close(it)?;
            } else if let Ok(m) = crate::attr::getattr(it, crate::str::new_str("close").v()) {
                crate::call::call(m.v(), &[], &[])?;
            } else {
                take_raised();
            }
            return Err(raise_value(exc));
        }
        if is_generator(it) {
            throw(it, exc)
        } else {
            return Err(raise_value(exc));
        }
    } else {
        let sent = Owned::from_raw(sent);
        if is_generator(it) {
            send_step(it, sent.v())
        } else if sent.v().is_none() {
            match crate::iter::next(it)? {
                Some(v) => Ok(Step::Yielded(v)),
                None => Ok(Step::Returned(Owned::from_raw(Value::NONE))),
            }
        } else {
            let m = crate::attr::getattr(it, crate::str::new_str("send").v())?;
            match crate::call::call(m.v(), &[sent.v()], &[]) {
                Ok(v) => Ok(Step::Yielded(v)),
                Err(e) => {
                    if crate::exception::raised_matches(TypeId::StopIteration) {
                        let stop = take_raised().expect("raised");
                        Ok(Step::Returned(
                            crate::exception::first_arg(stop.v()).new_ref(),
                        ))
                    } else {
                        Err(e)
                    }
                }
            }
        }
    };
    match step? {
        Step::Yielded(v) => Ok(v),
        Step::Returned(v) => {
            unsafe {
                let old =
                    std::ptr::replace(std::ptr::addr_of_mut!(YIELD_FROM_RESULT), v.into_raw());
                drop(Owned::from_raw(old));
            }
            Ok(Owned::from_raw(Value::STOP))
        }
    }
}

/// The return value of the subiterator a `yield from` just finished.
pub fn take_yield_from_result() -> Owned {
    unsafe {
        Owned::from_raw(std::ptr::replace(
            std::ptr::addr_of_mut!(YIELD_FROM_RESULT),
            Value::NONE,
        ))
    }
}

fn method_send(args: &[Value], kwnames: &[Owned]) -> R {
    crate::call::no_kwargs("send", kwnames)?;
    crate::call::arg_count("send", &args[1..], 1, 1)?;
    send(args[0], args[1])
}

fn method_next(args: &[Value], kwnames: &[Owned]) -> R {
    crate::call::wrapper_no_args("__next__", &args[1..], kwnames)?;
    send(args[0], Value::NONE)
}

fn method_throw(args: &[Value], kwnames: &[Owned]) -> R {
    crate::call::no_kwargs("throw", kwnames)?;
    crate::call::arg_count("throw", &args[1..], 1, 3)?;
    let exc = throw_arg(&args[1..])?;
    throw_method(args[0], exc)
}

fn method_close(args: &[Value], kwnames: &[Owned]) -> R {
    crate::call::no_kwargs("close", kwnames)?;
    crate::call::arg_count("close", &args[1..], 0, 0)?;
    close(args[0])?;
    Ok(Owned::from_raw(Value::NONE))
}

/// The generator methods.
pub const METHODS: crate::methods::MethodTable = &[
    ("send", method_send),
    ("throw", method_throw),
    ("close", method_close),
    ("__next__", method_next),
    ("__iter__", crate::iter::method_iter),
];

/// Generator attributes (`__name__`, `gi_running`, ...), if `name` is one.
pub fn attribute(g: Value, name: &str) -> Option<Owned> {
    let (running, finished) = status(g);
    Some(match name {
        "__name__" => data(g).name.clone(),
        "__qualname__" => data(g).qualname.clone(),
        "gi_running" => Owned::from(running),
        "gi_suspended" => Owned::from(!running && !finished && data(g).frame.state != 0),
        "gi_frame" if finished => Owned::from_raw(Value::NONE),
        "gi_frame" => g.new_ref(),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use crate::args::testing::{call, i, s, setup, show, tuple};
    use crate::value::{none, Owned};

    fn class(name: &str) -> Owned {
        crate::builtins::lookup(s(name).v()).expect("builtin exists")
    }

    fn throw(args: &[&Owned]) -> String {
        let values: Vec<_> = args.iter().map(|a| a.v()).collect();
        show(super::throw_arg(&values))
    }

    /// The `(type, value[, traceback])` forms of `gen.throw()`, whose
    /// DeprecationWarning keeps them out of the differential corpus.
    #[test]
    fn throw_arguments_normalize_like_cpython() {
        let _g = setup();
        let (value_error, key_error) = (class("ValueError"), class("KeyError"));
        assert_eq!(throw(&[&value_error, &s("msg")]), "ValueError('msg')");
        assert_eq!(
            throw(&[&class("TypeError"), &tuple(&[&s("a"), &i(1)])]),
            "TypeError('a', 1)"
        );
        assert_eq!(throw(&[&value_error, &none(), &none()]), "ValueError()");
        let sub = call("KeyError", &[&s("k")], &[]).unwrap();
        assert_eq!(throw(&[&class("LookupError"), &sub]), "KeyError('k')");
        let other = call("ValueError", &[&s("w")], &[]).unwrap();
        assert_eq!(throw(&[&key_error, &other]), "KeyError(ValueError('w'))");
        let os = tuple(&[&i(2), &s("No such file")]);
        assert_eq!(
            throw(&[&class("OSError"), &os]),
            "OSError(FileNotFoundError(2, 'No such file'))"
        );
        assert_eq!(
            throw(&[&other, &s("v")]),
            "TypeError: instance exception may not have a separate value"
        );
        assert_eq!(
            throw(&[&value_error, &s("v"), &i(5)]),
            "TypeError: throw() third argument must be a traceback object"
        );
        assert_eq!(
            throw(&[&i(5)]),
            "TypeError: exceptions must be classes or instances deriving from BaseException, not int"
        );
    }
}
