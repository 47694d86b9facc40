//! Methods of `dict` and its views.

use crate::args::{key_error, no_args};
use crate::call::{arg_count, no_kwargs, split_kwargs};
use crate::dict::{dict_data, dict_get, dict_set, is_dict, new_dict, new_view, ViewKind};
use crate::exception::{err, raised_matches, take_raised, type_error, value_error, R};
use crate::methods::MethodTable;
use crate::object::TypeId;
use crate::str::new_str;
use crate::tuple::new_tuple;
use crate::value::{none, Owned, Value};

/// `d.copy()`.
pub fn copy(d: Value) -> R {
    let out = new_dict();
    update_from(out.v(), d)?;
    Ok(out)
}

/// `d.update(other)` for a dict `other`.
pub fn update_from(d: Value, other: Value) -> R<()> {
    let entries: Vec<(Owned, Owned)> = dict_data(other)
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect();
    for (k, v) in entries {
        dict_set(d, k, v)?;
    }
    Ok(())
}

/// `{**v}` into a dict being built: TypeError when `v` is not a mapping.
pub fn update_display(d: Value, v: Value) -> R<()> {
    if !is_dict(v) {
        return crate::exception::type_error(format!(
            "'{}' object is not a mapping",
            crate::object::type_name(v)
        ));
    }
    update_from(d, v)
}

/// `a == b` for two dicts.
pub fn dict_eq(a: Value, b: Value) -> R<bool> {
    if dict_data(a).len() != dict_data(b).len() {
        return Ok(false);
    }
    let entries: Vec<(Owned, Owned)> = dict_data(a)
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect();
    for (k, v) in entries {
        match crate::dict::dict_get(b, k.v())? {
            Some(w) if v.v() == w || crate::ops::eq(v.v(), w)? => {}
            _ => return Ok(false),
        }
    }
    Ok(true)
}

/// `a == b` for two keys views or two items views (set equality).
pub fn view_eq(a: Value, b: Value) -> R<bool> {
    let x = crate::iter::collect(a)?;
    let y = crate::iter::collect(b)?;
    if x.len() != y.len() {
        return Ok(false);
    }
    for item in &x {
        if !crate::ops::contains(b, item.v())? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `d.update(arg, **kwargs)` / `dict(arg, **kwargs)`: a dict, or an
/// iterable of key/value pairs, then the keyword arguments.
pub fn update_args(d: Value, args: &[Value], kwnames: &[Owned]) -> R<()> {
    let (pos, kws) = split_kwargs(args, kwnames);
    if let Some(&other) = pos.first() {
        if is_dict(other) {
            update_from(d, other)?;
        } else {
            update_from_pairs(d, other)?;
        }
    }
    for (k, v) in kws {
        dict_set(d, new_str(&k), v.new_ref())?;
    }
    Ok(())
}

/// `d.update(pairs)` for an iterable of two-item iterables.
pub fn update_from_pairs(d: Value, pairs: Value) -> R<()> {
    let it = crate::iter::iter(pairs)?;
    let mut n = 0usize;
    while let Some(item) = crate::iter::next(it.v())? {
        let kv = match crate::iter::collect(item.v()) {
            Ok(kv) => kv,
            Err(_) if raised_matches(TypeId::TypeError) => {
                take_raised();
                return type_error(format!(
                    "cannot convert dictionary update sequence element #{n} to a sequence"
                ));
            }
            Err(e) => return Err(e),
        };
        if kv.len() != 2 {
            return value_error(format!(
                "dictionary update sequence element #{n} has length {}; 2 is required",
                kv.len()
            ));
        }
        let mut kv = kv.into_iter();
        let (k, v) = (kv.next().unwrap(), kv.next().unwrap());
        dict_set(d, k, v)?;
        n += 1;
    }
    Ok(())
}

fn get(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs("dict.get", kwnames)?;
    arg_count("get", &args[1..], 1, 2)?;
    match dict_get(args[0], args[1])? {
        Some(v) => Ok(v.new_ref()),
        None => Ok(args.get(2).map_or_else(none, |d| d.new_ref())),
    }
}

fn view(args: &[Value], kwnames: &[Owned], name: &str, kind: ViewKind) -> R {
    no_args(name, &args[1..], kwnames)?;
    Ok(new_view(args[0], kind))
}

fn keys(args: &[Value], kwnames: &[Owned]) -> R {
    view(args, kwnames, "dict.keys", ViewKind::Keys)
}

fn values(args: &[Value], kwnames: &[Owned]) -> R {
    view(args, kwnames, "dict.values", ViewKind::Values)
}

fn items(args: &[Value], kwnames: &[Owned]) -> R {
    view(args, kwnames, "dict.items", ViewKind::Items)
}

fn pop(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs("dict.pop", kwnames)?;
    arg_count("pop", &args[1..], 1, 2)?;
    let key = args[1];
    let h = crate::ops::hash(key)?;
    match dict_data(args[0]).remove(key, h)? {
        Some(e) => Ok(e.value),
        None => match args.get(2) {
            Some(d) => Ok(d.new_ref()),
            None => key_error(key),
        },
    }
}

fn popitem(args: &[Value], kwnames: &[Owned]) -> R {
    no_args("dict.popitem", &args[1..], kwnames)?;
    match dict_data(args[0]).pop_last() {
        Some(e) => Ok(new_tuple(vec![e.key, e.value])),
        None => err(TypeId::KeyError, "popitem(): dictionary is empty"),
    }
}

fn setdefault(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs("dict.setdefault", kwnames)?;
    arg_count("setdefault", &args[1..], 1, 2)?;
    let (d, key) = (args[0], args[1]);
    if let Some(v) = dict_get(d, key)? {
        return Ok(v.new_ref());
    }
    let default = args.get(2).map_or_else(none, |v| v.new_ref());
    dict_set(d, key.new_ref(), default.clone())?;
    Ok(default)
}

fn update(args: &[Value], kwnames: &[Owned]) -> R {
    let npos = args.len() - 1 - kwnames.len();
    if npos > 1 {
        return type_error(format!("update expected at most 1 argument, got {npos}"));
    }
    update_args(args[0], &args[1..], kwnames)?;
    Ok(none())
}

/// `dict.fromkeys(iterable, value=None)`, reached through the type or an
/// instance: a new dict mapping each item to the same value.
fn fromkeys(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs("dict.fromkeys", kwnames)?;
    arg_count("fromkeys", &args[1..], 1, 2)?;
    let value = args.get(2).map_or_else(none, |v| v.new_ref());
    let out = new_dict();
    let it = crate::iter::iter(args[1])?;
    while let Some(key) = crate::iter::next(it.v())? {
        dict_set(out.v(), key, value.clone())?;
    }
    Ok(out)
}

fn copy_method(args: &[Value], kwnames: &[Owned]) -> R {
    no_args("dict.copy", &args[1..], kwnames)?;
    copy(args[0])
}

fn clear(args: &[Value], kwnames: &[Owned]) -> R {
    no_args("dict.clear", &args[1..], kwnames)?;
    let old = std::mem::take(dict_data(args[0]));
    drop(old);
    Ok(none())
}

/// Methods of dict.
pub const METHODS: MethodTable = &[
    ("get", get),
    ("keys", keys),
    ("values", values),
    ("items", items),
    ("pop", pop),
    ("popitem", popitem),
    ("setdefault", setdefault),
    ("update", update),
    ("copy", copy_method),
    ("clear", clear),
    ("__getitem__", crate::slots::dict_getitem),
    ("__contains__", crate::slots::dict_contains),
    ("__reversed__", crate::slots::dict_reversed),
];

/// The class methods of dict (`dict.fromkeys`), bound to the type.
pub const CLASS_METHODS: MethodTable = &[("fromkeys", fromkeys)];

#[cfg(test)]
mod tests {
    use crate::args::testing::*;
    use crate::value::{none, Owned};

    fn m(obj: &Owned, name: &str, pos: &[&Owned]) -> String {
        show(method(obj, name, pos, &[]))
    }

    fn dict(pairs: &[(&Owned, &Owned)]) -> Owned {
        let d = crate::dict::new_dict();
        for (k, v) in pairs {
            crate::dict::dict_set(d.v(), (*k).clone(), (*v).clone()).unwrap();
        }
        d
    }

    #[test]
    fn lookups() {
        let _g = setup();
        let d = dict(&[(&i(1), &i(2)), (&s("a"), &i(3))]);
        assert_eq!(m(&d, "get", &[&i(1)]), "2");
        assert_eq!(m(&d, "get", &[&i(9)]), "None");
        assert_eq!(m(&d, "get", &[&i(9), &i(5)]), "5");
        assert_eq!(
            m(&d, "get", &[]),
            "TypeError: get expected at least 1 argument, got 0"
        );
        assert_eq!(
            m(&d, "get", &[&i(1), &i(2), &i(3)]),
            "TypeError: get expected at most 2 arguments, got 3"
        );
        assert_eq!(
            m(&d, "get", &[&list(&[])]),
            "TypeError: unhashable type: 'list'"
        );
        assert_eq!(m(&d, "keys", &[]), "dict_keys([1, 'a'])");
        assert_eq!(m(&d, "values", &[]), "dict_values([2, 3])");
        assert_eq!(m(&d, "items", &[]), "dict_items([(1, 2), ('a', 3)])");
        assert_eq!(
            m(&d, "keys", &[&i(1)]),
            "TypeError: dict.keys() takes no arguments (1 given)"
        );
        assert_eq!(m(&d, "copy", &[]), "{1: 2, 'a': 3}");
    }

    #[test]
    fn mutators() {
        let _g = setup();
        let d = dict(&[(&i(1), &i(2)), (&s("a"), &i(3))]);
        assert_eq!(m(&d, "pop", &[&i(1)]), "2");
        assert_eq!(m(&d, "pop", &[&i(1)]), "KeyError: 1");
        assert_eq!(m(&d, "pop", &[&i(1), &i(7)]), "7");
        assert_eq!(
            m(&d, "pop", &[]),
            "TypeError: pop expected at least 1 argument, got 0"
        );
        assert_eq!(m(&d, "setdefault", &[&i(4)]), "None");
        assert_eq!(m(&d, "setdefault", &[&i(5), &i(6)]), "6");
        assert_eq!(m(&d, "setdefault", &[&i(5), &i(7)]), "6");
        assert_eq!(show(Ok(d.clone())), "{'a': 3, 4: None, 5: 6}");
        assert_eq!(m(&d, "popitem", &[]), "(5, 6)");
        let pairs = list(&[&tuple(&[&i(8), &i(9)])]);
        assert_eq!(
            show(method(&d, "update", &[&pairs], &[("z", &i(0))])),
            "None"
        );
        assert_eq!(show(Ok(d.clone())), "{'a': 3, 4: None, 8: 9, 'z': 0}");
        let other = dict(&[(&s("a"), &none())]);
        assert_eq!(m(&d, "update", &[&other]), "None");
        assert_eq!(show(Ok(d.clone())), "{'a': None, 4: None, 8: 9, 'z': 0}");
        assert_eq!(
            m(&d, "update", &[&i(1)]),
            "TypeError: 'int' object is not iterable"
        );
        assert_eq!(
            m(&d, "update", &[&list(&[&i(1)])]),
            "TypeError: cannot convert dictionary update sequence element #0 to a sequence"
        );
        assert_eq!(
            m(&d, "update", &[&list(&[&tuple(&[&i(1), &i(2), &i(3)])])]),
            "ValueError: dictionary update sequence element #0 has length 3; 2 is required"
        );
        assert_eq!(
            m(&d, "update", &[&other, &other]),
            "TypeError: update expected at most 1 argument, got 2"
        );
        assert_eq!(m(&d, "clear", &[]), "None");
        assert_eq!(show(Ok(d.clone())), "{}");
        assert_eq!(
            m(&d, "popitem", &[]),
            "KeyError: 'popitem(): dictionary is empty'"
        );
        assert_eq!(
            m(&d, "pop", &[&list(&[])]),
            "TypeError: unhashable type: 'list'"
        );
    }
}
