//! `BaseExceptionGroup` and `ExceptionGroup`, after CPython's
//! `Objects/exceptions.c`: construction with its checks, `split`,
//! `subgroup` and `derive`, and the two operations `except*` is built on
//! (`_PyEval_ExceptionGroupMatch` and `_PyExc_PrepReraiseStar`).

use crate::exception::{
    exc_data, given_matches, is_exception, is_exception_class, new_exception_with, set_cause,
    type_error, value_error, R,
};
use crate::exception_types::Fields;
use crate::function::BuiltinFn;
use crate::object::{is_instance, ty, type_data, type_id, type_name, Header, TypeId};
use crate::str::{is_str, new_str};
use crate::tuple::{items, new_tuple};
use crate::value::{none, Owned, Value};

/// Whether `v` is an exception group (with its message and exceptions:
/// every group made through [`construct`]).
pub fn is_group(v: Value) -> bool {
    v.is_ptr()
        && is_instance(v, TypeId::BaseExceptionGroup)
        && matches!(exc_data(v).fields, Fields::Group { .. })
}

/// The `message` and `exceptions` tuple of a group (see [`is_group`]).
pub fn parts(eg: Value) -> (Value, Value) {
    match &exc_data(eg).fields {
        Fields::Group {
            message,
            exceptions,
        } => (message.v(), exceptions.v()),
        _ => unreachable!("exception group without its fields"),
    }
}

/// `PySequence_Check`: the builtin types with indexing by position.
fn is_sequence(v: Value) -> bool {
    v.is_ptr()
        && matches!(
            type_id(v),
            TypeId::List | TypeId::Tuple | TypeId::Str | TypeId::Range
        )
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`: `message` a
/// str, `exceptions` a non-empty sequence of exceptions. An
/// `ExceptionGroup` may hold only `Exception`s; a `BaseExceptionGroup`
/// holding only `Exception`s is made an `ExceptionGroup`.
pub fn construct(t: *mut Header, args: &[Value]) -> R {
    if args.len() != 2 {
        return type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        ));
    }
    let (message, excs) = (args[0], args[1]);
    if !is_str(message) {
        return type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            type_name(message)
        ));
    }
    if !is_sequence(excs) {
        return type_error("second argument (exceptions) must be a sequence");
    }
    let list = crate::iter::collect(excs)?;
    if list.is_empty() {
        return value_error("second argument (exceptions) must be a non-empty sequence");
    }
    let mut nested_base = false;
    for (i, e) in list.iter().enumerate() {
        if !is_exception(e.v()) {
            return value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            ));
        }
        nested_base |= !is_instance(e.v(), TypeId::Exception);
    }
    let mut cls = t;
    match type_data(t).id {
        TypeId::ExceptionGroup if nested_base => {
            return type_error("Cannot nest BaseExceptions in an ExceptionGroup");
        }
        TypeId::BaseExceptionGroup if !nested_base => cls = ty(TypeId::ExceptionGroup),
        _ => {}
    }
    let fields = Fields::Group {
        message: message.new_ref(),
        exceptions: new_tuple(list),
    };
    let args = new_tuple(args.iter().map(|a| a.new_ref()).collect());
    Ok(new_exception_with(cls, args, fields))
}

/// `_PyExc_CreateExceptionGroup(message, excs)`; `excs` (a list or tuple)
/// stays the group's second argument, as its repr shows.
fn create(message: &str, excs: Owned) -> R {
    construct(
        ty(TypeId::BaseExceptionGroup),
        &[new_str(message).v(), excs.v()],
    )
}

/// How `split` and `subgroup` select leaf exceptions.
enum Matcher {
    /// An exception class or tuple of classes.
    Type(Value),
    /// A callable returning a truth value.
    Predicate(Value),
    /// Exactly these objects (by identity).
    Identity(Vec<Value>),
}

/// CPython's `get_matcher_type`.
fn matcher(v: Value) -> R<Matcher> {
    if crate::builtins_more::is_callable(v) && !crate::object::is_type(v) {
        return Ok(Matcher::Predicate(v));
    }
    if is_exception_class(v) {
        return Ok(Matcher::Type(v));
    }
    if v.is_ptr()
        && type_id(v) == TypeId::Tuple
        && items(v).iter().all(|t| is_exception_class(t.v()))
    {
        return Ok(Matcher::Type(v));
    }
    type_error("expected a function, exception type or tuple of exception types")
}

fn matches(exc: Value, m: &Matcher) -> R<bool> {
    match m {
        Matcher::Type(t) => Ok(given_matches(exc, *t)),
        Matcher::Predicate(f) => {
            let r = crate::args::call1(*f, exc)?;
            crate::ops::truthy(r.v())
        }
        Matcher::Identity(ids) => Ok(ids.contains(&exc)),
    }
}

/// The matching and (with `rest`) non-matching parts of `exc`
/// (`exceptiongroup_split_recursive`): a full match is `exc` itself;
/// a partial one a group derived from `exc` with the matching subset.
fn split_recursive(exc: Value, m: &Matcher, rest: bool) -> R<(Option<Owned>, Option<Owned>)> {
    if matches(exc, m)? {
        return Ok((Some(exc.new_ref()), None));
    }
    if !is_group(exc) {
        return Ok((None, rest.then(|| exc.new_ref())));
    }
    let (_, excs) = parts(exc);
    let mut match_list = Vec::new();
    let mut rest_list = Vec::new();
    for e in items(excs).to_vec() {
        let (a, b) = split_recursive(e.v(), m, rest)?;
        match_list.extend(a);
        rest_list.extend(b);
    }
    let matched = subset(exc, match_list)?;
    let rest = if rest { subset(exc, rest_list)? } else { None };
    Ok((matched, rest))
}

/// `exceptiongroup_subset`: `orig.derive(excs)` carrying over the
/// traceback, cause, context and a copy of the notes; None when empty.
fn subset(orig: Value, excs: Vec<Owned>) -> R<Option<Owned>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let list = crate::list::new_list(excs);
    let eg = derive_with(orig, list.v())?;
    let o = exc_data(orig);
    let (tb, context, cause) = (o.traceback.clone(), o.context.clone(), o.cause.clone());
    let notes = o.notes.clone();
    let d = exc_data(eg.v());
    d.traceback = tb;
    d.context = context;
    set_cause(eg.v(), cause);
    if let Some(n) = notes {
        if is_sequence(n.v()) {
            let copy = crate::list::new_list(crate::iter::collect(n.v())?);
            exc_data(eg.v()).notes = Some(copy);
        }
    }
    Ok(Some(eg))
}

/// `eg.derive(excs)`: `BaseExceptionGroup(eg.message, excs)`.
fn derive_with(eg: Value, excs: Value) -> R {
    let (message, _) = parts(eg);
    construct(ty(TypeId::BaseExceptionGroup), &[message, excs])
}

fn opt(v: Option<Owned>) -> Owned {
    v.unwrap_or_else(none)
}

/// The methods of exception groups.
pub const METHODS: &[(&str, BuiltinFn)] =
    &[("split", split), ("subgroup", subgroup), ("derive", derive)];

/// The one argument of `split`/`subgroup` (`PyArg_UnpackTuple` wording).
fn unpack_one(name: &str, args: &[Value], kwnames: &[Owned]) -> R<Value> {
    crate::call::no_kwargs(&format!("BaseExceptionGroup.{name}"), kwnames)?;
    if args.len() != 2 {
        return type_error(format!(
            "{name} expected 1 argument, got {}",
            args.len() - 1
        ));
    }
    Ok(args[1])
}

/// `eg.split(condition)`: `(match, rest)`, each a group or None.
fn split(args: &[Value], kwnames: &[Owned]) -> R {
    let cond = unpack_one("split", args, kwnames)?;
    let m = matcher(cond)?;
    let (a, b) = split_recursive(args[0], &m, true)?;
    Ok(new_tuple(vec![opt(a), opt(b)]))
}

/// `eg.subgroup(condition)`: the matching part, or None.
fn subgroup(args: &[Value], kwnames: &[Owned]) -> R {
    let cond = unpack_one("subgroup", args, kwnames)?;
    let m = matcher(cond)?;
    let (a, _) = split_recursive(args[0], &m, false)?;
    Ok(opt(a))
}

/// `eg.derive(excs)`.
fn derive(args: &[Value], kwnames: &[Owned]) -> R {
    crate::call::no_kwargs("BaseExceptionGroup.derive", kwnames)?;
    if !is_group(args[0]) {
        return type_error("derive() needs an initialized exception group");
    }
    if args.len() != 2 {
        return type_error(format!(
            "function takes exactly 1 argument ({} given)",
            args.len() - 1
        ));
    }
    derive_with(args[0], args[1])
}

/// `except* T` checks on `T` (`_PyEval_CheckExceptStarTypeValid`).
fn check_star_types(types: Value) -> R<()> {
    let all: Vec<Value> = if crate::tuple::is_tuple(types) {
        items(types).iter().map(|t| t.v()).collect()
    } else {
        vec![types]
    };
    if !all.iter().all(|&t| is_exception_class(t)) {
        return type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        );
    }
    if all
        .iter()
        .any(|&t| crate::object::is_subtype(t.ptr(), ty(TypeId::BaseExceptionGroup)))
    {
        return type_error(
            "catching ExceptionGroup with except* is not allowed. Use except instead.",
        );
    }
    Ok(())
}

/// One `except* types` clause against the exception `exc` still to be
/// handled (None once everything matched): `(match, rest)`, as CPython's
/// `CHECK_EG_MATCH`. A naked exception that matches is wrapped in
/// `ExceptionGroup('', (exc,))`; a group is split.
pub fn star_match(exc: Value, types: Value) -> R {
    check_star_types(types)?;
    if exc.is_none() {
        return Ok(new_tuple(vec![none(), none()]));
    }
    if !is_exception(exc) {
        return type_error("exceptions must derive from BaseException");
    }
    if given_matches(exc, types) {
        let matched = if is_group(exc) {
            exc.new_ref()
        } else {
            create("", new_tuple(vec![exc.new_ref()]))?
        };
        crate::exception::set_handled(matched.clone());
        return Ok(new_tuple(vec![matched, none()]));
    }
    if is_group(exc) {
        let (a, b) = split_recursive(exc, &Matcher::Type(types), true)?;
        if let Some(m) = &a {
            crate::exception::set_handled(m.clone());
        }
        return Ok(new_tuple(vec![opt(a), opt(b)]));
    }
    Ok(new_tuple(vec![none(), exc.new_ref()]))
}

/// Whether two exceptions share traceback, cause and context: a part of
/// `orig` re-raised unchanged (`raise` in an `except*` body). Notes do not
/// count: CPython 3.12 keeps them in the instance dict, outside the
/// fields it compares.
fn same_metadata(a: Value, b: Value) -> bool {
    let (x, y) = (exc_data(a), exc_data(b));
    let same = |p: &Option<Owned>, q: &Option<Owned>| {
        p.as_ref().map(|v| v.v()) == q.as_ref().map(|v| v.v())
    };
    same(&x.traceback, &y.traceback) && same(&x.cause, &y.cause) && same(&x.context, &y.context)
}

/// The leaf (non-group) exceptions of `exc`, depth first.
fn leaves(exc: Value, out: &mut Vec<Value>) {
    if is_group(exc) {
        for e in items(parts(exc).1) {
            leaves(e.v(), out);
        }
    } else {
        out.push(exc);
    }
}

/// What an `except*` statement raises at its end
/// (`_PyExc_PrepReraiseStar`): `orig` is the exception the statement
/// caught, `excs` a list of what each clause raised or re-raised (None
/// entries are skipped). Re-raised parts are re-assembled in `orig`'s
/// shape; with newly raised exceptions all are grouped in
/// `ExceptionGroup('', [...])`. None when nothing is left to raise.
pub fn prep_reraise(orig: Value, excs: Value) -> R {
    let excs: Vec<Owned> = if crate::list::is_list(excs) {
        crate::list::list_items(excs).clone()
    } else {
        crate::iter::collect(excs)?
    };
    if excs.is_empty() {
        return Ok(none());
    }
    if !is_exception(orig)
        || excs
            .iter()
            .any(|e| !e.v().is_none() && !is_exception(e.v()))
    {
        return type_error("exceptions must derive from BaseException");
    }
    if !is_group(orig) {
        // A naked exception was wrapped; only one clause could have run.
        return Ok(excs[0].clone());
    }
    let mut raised = Vec::new();
    let mut reraised = Vec::new();
    for e in excs.iter().filter(|e| !e.v().is_none()) {
        if same_metadata(e.v(), orig) {
            reraised.push(e.v());
        } else {
            raised.push(e.clone());
        }
    }
    let mut keep = Vec::new();
    for &e in &reraised {
        leaves(e, &mut keep);
    }
    let reraised_eg = if keep.is_empty() {
        None
    } else {
        split_recursive(orig, &Matcher::Identity(keep), false)?.0
    };
    if raised.is_empty() {
        return Ok(opt(reraised_eg));
    }
    raised.extend(reraised_eg);
    if raised.len() > 1 {
        create("", crate::list::new_list(raised))
    } else {
        Ok(raised.pop().expect("one raised exception"))
    }
}

#[cfg(test)]
mod tests {
    use crate::args::testing::{call, list, method, s, setup, show};

    fn exc(name: &str, arg: i64) -> crate::value::Owned {
        call(name, &[&crate::args::testing::i(arg)], &[]).unwrap()
    }

    #[test]
    fn construction_checks_and_promotion() {
        let _g = setup();
        let r = call("ExceptionGroup", &[&s("a")], &[]);
        assert_eq!(
            show(r),
            "TypeError: BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)"
        );
        let r = call("ExceptionGroup", &[&s("a"), &list(&[])], &[]);
        assert_eq!(
            show(r),
            "ValueError: second argument (exceptions) must be a non-empty sequence"
        );
        let v = exc("ValueError", 1);
        let r = call("BaseExceptionGroup", &[&s("a"), &list(&[&v])], &[]);
        assert_eq!(show(r), "ExceptionGroup('a', [ValueError(1)])");
    }

    #[test]
    fn split_keeps_structure() {
        let _g = setup();
        let inner = call(
            "ExceptionGroup",
            &[
                &s("b"),
                &list(&[&exc("TypeError", 2), &exc("ValueError", 3)]),
            ],
            &[],
        )
        .unwrap();
        let eg = call(
            "ExceptionGroup",
            &[&s("a"), &list(&[&exc("ValueError", 1), &inner])],
            &[],
        )
        .unwrap();
        let ve = crate::builtins::lookup(s("ValueError").v()).unwrap();
        let r = method(&eg, "split", &[&ve], &[]);
        assert_eq!(
            show(r),
            "(ExceptionGroup('a', [ValueError(1), ExceptionGroup('b', [ValueError(3)])]), \
             ExceptionGroup('a', [ExceptionGroup('b', [TypeError(2)])]))"
        );
    }

    /// `except* ValueError: raise` and `except* TypeError: raise
    /// RuntimeError('new')` over `ExceptionGroup('eg', [ValueError(1),
    /// TypeError(2), KeyError(3)])`, as the frontend will drive them.
    #[test]
    fn except_star_reassembles_what_is_left() {
        let _g = setup();
        let orig = call(
            "ExceptionGroup",
            &[
                &s("eg"),
                &list(&[
                    &exc("ValueError", 1),
                    &exc("TypeError", 2),
                    &exc("KeyError", 3),
                ]),
            ],
            &[],
        )
        .unwrap();
        let ve = crate::builtins::lookup(s("ValueError").v()).unwrap();
        let te = crate::builtins::lookup(s("TypeError").v()).unwrap();
        let first = super::star_match(orig.v(), ve.v()).unwrap();
        let [m1, rest1] = [0, 1].map(|i| crate::tuple::items(first.v())[i].clone());
        assert_eq!(
            show(Ok(m1.clone())),
            "ExceptionGroup('eg', [ValueError(1)])"
        );
        let second = super::star_match(rest1.v(), te.v()).unwrap();
        let rest2 = crate::tuple::items(second.v())[1].clone();
        let new = call("RuntimeError", &[&s("new")], &[]).unwrap();
        // Raised anew in a clause, so it is chained to what the clause was
        // handling and its metadata differs from `orig`'s (notes do not
        // count, as in CPython 3.12).
        method(&new, "add_note", &[&s("raised in the clause")], &[]).unwrap();
        crate::exception::exc_data(new.v()).context = Some(m1.clone());
        let raised = list(&[&m1, &new, &rest2]);
        let r = super::prep_reraise(orig.v(), raised.v());
        assert_eq!(
            show(r),
            "ExceptionGroup('', [RuntimeError('new'), ExceptionGroup('eg', [ValueError(1), KeyError(3)])])"
        );
        let naked = exc("ValueError", 1);
        let m = super::star_match(naked.v(), ve.v()).unwrap();
        assert_eq!(show(Ok(m)), "(ExceptionGroup('', (ValueError(1),)), None)");
        let eg = crate::builtins::lookup(s("ExceptionGroup").v()).unwrap();
        assert_eq!(
            show(super::star_match(naked.v(), eg.v())),
            "TypeError: catching ExceptionGroup with except* is not allowed. Use except instead."
        );
    }
}
