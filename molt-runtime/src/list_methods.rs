//! Methods of `list` and `tuple`, and the stable sort behind `list.sort`
//! and `sorted`.

use crate::args::{bind, call1, no_args, one_arg, seq_index, ssize, Sig};
use crate::call::{arg_count, no_kwargs};
use crate::exception::{err, value_error, R};
use crate::int::from_i64;
use crate::list::{list_items, new_list};
use crate::methods::MethodTable;
use crate::object::TypeId;
use crate::ops;
use crate::value::{none, Owned, Value};

/// `list.extend(iterable)`.
pub fn extend(list: Value, iterable: Value) -> R<()> {
    let items = crate::iter::collect(iterable)?;
    list_items(list).extend(items);
    Ok(())
}

fn append(args: &[Value], kwnames: &[Owned]) -> R {
    let x = one_arg("list.append", &args[1..], kwnames)?;
    list_items(args[0]).push(x.new_ref());
    Ok(none())
}

fn extend_method(args: &[Value], kwnames: &[Owned]) -> R {
    let x = one_arg("list.extend", &args[1..], kwnames)?;
    extend(args[0], x)?;
    Ok(none())
}

fn insert(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs("list.insert", kwnames)?;
    arg_count("insert", &args[1..], 2, 2)?;
    let i = ssize(args[1])?;
    let items = list_items(args[0]);
    let n = items.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(at as usize, args[2].new_ref());
    Ok(none())
}

fn pop(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs("list.pop", kwnames)?;
    arg_count("pop", &args[1..], 0, 1)?;
    let i = match args.get(1) {
        Some(&v) => ssize(v)?,
        None => -1,
    };
    let items = list_items(args[0]);
    if items.is_empty() {
        return err(TypeId::IndexError, "pop from empty list");
    }
    let n = items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return err(TypeId::IndexError, "pop index out of range");
    }
    Ok(items.remove(j as usize))
}

/// The index of the first item equal to `x` in `items[start..stop]`
/// (Python-style bounds), comparing against the live sequence.
fn find_item(seq: Value, x: Value, start: i64, stop: i64) -> R<Option<usize>> {
    let len = |s: Value| -> usize {
        if crate::list::is_list(s) {
            list_items(s).len()
        } else {
            crate::tuple::items(s).len()
        }
    };
    let norm = |i: i64| -> usize {
        let n = len(seq) as i64;
        if i < 0 {
            (i + n).max(0) as usize
        } else {
            i as usize
        }
    };
    let (start, stop) = (norm(start), norm(stop));
    let mut k = start;
    while k < stop && k < len(seq) {
        let item = if crate::list::is_list(seq) {
            list_items(seq)[k].clone()
        } else {
            crate::tuple::items(seq)[k].clone()
        };
        if ops::same_or_eq(item.v(), x)? {
            return Ok(Some(k));
        }
        k += 1;
    }
    Ok(None)
}

fn index_bounds(args: &[Value]) -> R<(i64, i64)> {
    let start = match args.get(2) {
        Some(&v) => seq_index(v)?,
        None => 0,
    };
    let stop = match args.get(3) {
        Some(&v) => seq_index(v)?,
        None => i64::MAX,
    };
    Ok((start, stop))
}

fn index(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs("list.index", kwnames)?;
    arg_count("index", &args[1..], 1, 3)?;
    let (start, stop) = index_bounds(args)?;
    match find_item(args[0], args[1], start, stop)? {
        Some(k) => Ok(from_i64(k as i64)),
        None => value_error(format!(
            "{} is not in list",
            crate::repr::repr_string(args[1])?
        )),
    }
}

fn count_in(seq: Value, x: Value) -> R {
    let mut n = 0;
    let mut k = 0;
    loop {
        let item = if crate::list::is_list(seq) {
            list_items(seq).get(k).cloned()
        } else {
            crate::tuple::items(seq).get(k).cloned()
        };
        let Some(item) = item else { break };
        if ops::same_or_eq(item.v(), x)? {
            n += 1;
        }
        k += 1;
    }
    Ok(from_i64(n))
}

fn count(args: &[Value], kwnames: &[Owned]) -> R {
    let x = one_arg("list.count", &args[1..], kwnames)?;
    count_in(args[0], x)
}

fn remove(args: &[Value], kwnames: &[Owned]) -> R {
    let x = one_arg("list.remove", &args[1..], kwnames)?;
    match find_item(args[0], x, 0, i64::MAX)? {
        Some(k) => {
            let items = list_items(args[0]);
            if k < items.len() {
                items.remove(k);
            }
            Ok(none())
        }
        None => value_error("list.remove(x): x not in list"),
    }
}

fn reverse(args: &[Value], kwnames: &[Owned]) -> R {
    no_args("list.reverse", &args[1..], kwnames)?;
    list_items(args[0]).reverse();
    Ok(none())
}

fn copy(args: &[Value], kwnames: &[Owned]) -> R {
    no_args("list.copy", &args[1..], kwnames)?;
    Ok(new_list(list_items(args[0]).clone()))
}

fn clear(args: &[Value], kwnames: &[Owned]) -> R {
    no_args("list.clear", &args[1..], kwnames)?;
    let old = std::mem::take(list_items(args[0]));
    drop(old);
    Ok(none())
}

const SORT: Sig = Sig {
    name: "sort",
    params: &["key", "reverse"],
    posonly: 0,
    required: 0,
    maxpos: 0,
};

/// `list.sort(*, key=None, reverse=False)`; `args[0]` is the list.
pub fn sort_method(args: &[Value], kwnames: &[Owned]) -> R {
    let a = bind(&SORT, &args[1..], kwnames)?;
    let key = a[0].filter(|k| !k.is_none());
    let reverse = match a[1] {
        Some(r) => ops::truthy(r)?,
        None => false,
    };
    let list = args[0];
    // The list looks empty while it is being sorted, as in CPython.
    let mut items = std::mem::take(list_items(list));
    let r = sort_values(&mut items, key, reverse);
    let meddled = !list_items(list).is_empty();
    let replaced = std::mem::replace(list_items(list), items);
    drop(replaced);
    r?;
    if meddled {
        return value_error("list modified during sort");
    }
    Ok(none())
}

/// Sorts `items` stably by `key(item)` (or the items) with `<`, exactly as
/// CPython's `list.sort`: keys are computed first (in order), `reverse`
/// sorts the reversed list and reverses back, and a failing comparison
/// leaves the partly sorted permutation. A failing key leaves `items` as is.
pub fn sort_values(items: &mut Vec<Owned>, key: Option<Value>, reverse: bool) -> R<()> {
    let keys: Vec<Owned> = match key {
        Some(f) => {
            let mut keys = Vec::with_capacity(items.len());
            for x in items.iter() {
                keys.push(call1(f, x.v())?);
            }
            keys
        }
        None => items.clone(),
    };
    if items.len() < 2 {
        return Ok(());
    }
    let mut perm: Vec<usize> = (0..items.len()).collect();
    if reverse {
        perm.reverse();
    }
    let r = crate::sort::timsort(&mut perm, |x, y| ops::less_than(keys[x].v(), keys[y].v()));
    if reverse {
        perm.reverse();
    }
    let sorted: Vec<Owned> = perm.iter().map(|&i| items[i].clone()).collect();
    *items = sorted;
    r
}

fn tuple_index(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs("tuple.index", kwnames)?;
    arg_count("index", &args[1..], 1, 3)?;
    let (start, stop) = index_bounds(args)?;
    match find_item(args[0], args[1], start, stop)? {
        Some(k) => Ok(from_i64(k as i64)),
        None => value_error("tuple.index(x): x not in tuple"),
    }
}

fn tuple_count(args: &[Value], kwnames: &[Owned]) -> R {
    let x = one_arg("tuple.count", &args[1..], kwnames)?;
    count_in(args[0], x)
}

/// Methods of list.
pub const METHODS: MethodTable = &[
    ("append", append),
    ("extend", extend_method),
    ("insert", insert),
    ("pop", pop),
    ("remove", remove),
    ("index", index),
    ("count", count),
    ("sort", sort_method),
    ("reverse", reverse),
    ("copy", copy),
    ("clear", clear),
    ("__getitem__", crate::slots::list_getitem),
    ("__reversed__", crate::slots::list_reversed),
];

/// Methods of tuple.
pub const TUPLE_METHODS: MethodTable = &[
    ("index", tuple_index),
    ("count", tuple_count),
    ("__getnewargs__", crate::slots::tuple_getnewargs),
];

#[cfg(test)]
mod tests {
    use crate::args::testing::*;
    use crate::value::Owned;

    fn m(obj: &Owned, name: &str, pos: &[&Owned]) -> String {
        show(method(obj, name, pos, &[]))
    }

    #[test]
    fn mutators() {
        let _g = setup();
        let l = list(&[]);
        assert_eq!(m(&l, "append", &[&i(1)]), "None");
        assert_eq!(
            m(&l, "append", &[]),
            "TypeError: list.append() takes exactly one argument (0 given)"
        );
        assert_eq!(
            show(method(&l, "append", &[], &[("x", &i(1))])),
            "TypeError: list.append() takes no keyword arguments"
        );
        assert_eq!(m(&l, "extend", &[&s("ab")]), "None");
        assert_eq!(show(Ok(l.clone())), "[1, 'a', 'b']");
        assert_eq!(
            m(&l, "extend", &[&i(1)]),
            "TypeError: 'int' object is not iterable"
        );
        let l2 = l.clone();
        assert_eq!(m(&l, "extend", &[&l2]), "None");
        assert_eq!(show(Ok(l.clone())), "[1, 'a', 'b', 1, 'a', 'b']");
        assert_eq!(m(&l, "insert", &[&i(-100), &i(0)]), "None");
        assert_eq!(m(&l, "insert", &[&i(100), &i(9)]), "None");
        assert_eq!(
            m(&l, "insert", &[&i(0)]),
            "TypeError: insert expected 2 arguments, got 1"
        );
        assert_eq!(
            m(&l, "insert", &[&s("a"), &i(1)]),
            "TypeError: 'str' object cannot be interpreted as an integer"
        );
        assert_eq!(show(Ok(l.clone())), "[0, 1, 'a', 'b', 1, 'a', 'b', 9]");
        assert_eq!(m(&l, "pop", &[]), "9");
        assert_eq!(m(&l, "pop", &[&i(0)]), "0");
        assert_eq!(
            m(&l, "pop", &[&i(50)]),
            "IndexError: pop index out of range"
        );
        assert_eq!(m(&list(&[]), "pop", &[]), "IndexError: pop from empty list");
        assert_eq!(m(&l, "remove", &[&s("a")]), "None");
        assert_eq!(
            m(&l, "remove", &[&s("zz")]),
            "ValueError: list.remove(x): x not in list"
        );
        assert_eq!(show(Ok(l.clone())), "[1, 'b', 1, 'a', 'b']");
        assert_eq!(m(&l, "index", &[&i(1)]), "0");
        assert_eq!(m(&l, "index", &[&i(1), &i(1)]), "2");
        assert_eq!(m(&l, "index", &[&i(1), &i(-3)]), "2");
        assert_eq!(
            m(&l, "index", &[&i(1), &i(1), &i(2)]),
            "ValueError: 1 is not in list"
        );
        assert_eq!(m(&l, "index", &[&s("q")]), "ValueError: 'q' is not in list");
        assert_eq!(
            m(&l, "index", &[]),
            "TypeError: index expected at least 1 argument, got 0"
        );
        assert_eq!(
            m(&l, "index", &[&i(1), &s("a")]),
            "TypeError: slice indices must be integers or have an __index__ method"
        );
        assert_eq!(m(&l, "count", &[&s("b")]), "2");
        assert_eq!(m(&l, "reverse", &[]), "None");
        assert_eq!(show(Ok(l.clone())), "['b', 'a', 1, 'b', 1]");
        assert_eq!(
            m(&l, "reverse", &[&i(1)]),
            "TypeError: list.reverse() takes no arguments (1 given)"
        );
        assert_eq!(m(&l, "copy", &[]), "['b', 'a', 1, 'b', 1]");
        assert_eq!(m(&l, "clear", &[]), "None");
        assert_eq!(show(Ok(l)), "[]");
        let fl = list(&[&f(1.0), &i(2)]);
        assert_eq!(m(&fl, "index", &[&f(2.0)]), "1");
    }

    #[test]
    fn sorting() {
        let _g = setup();
        let l = list(&[&i(3), &i(1), &i(2)]);
        assert_eq!(m(&l, "sort", &[]), "None");
        assert_eq!(show(Ok(l.clone())), "[1, 2, 3]");
        assert_eq!(
            m(&l, "sort", &[&i(1)]),
            "TypeError: sort() takes no positional arguments"
        );
        assert_eq!(
            show(method(&l, "sort", &[], &[("foo", &i(1))])),
            "TypeError: 'foo' is an invalid keyword argument for sort()"
        );
        assert_eq!(
            show(method(&l, "sort", &[], &[("key", &i(1))])),
            "TypeError: 'int' object is not callable"
        );
        assert_eq!(
            show(method(&list(&[]), "sort", &[], &[("key", &i(1))])),
            "None"
        );
        let abs = crate::builtins::lookup(s("abs").v()).unwrap();
        let l = list(&[&i(-3), &i(1), &i(3), &i(-1), &i(2)]);
        assert_eq!(show(method(&l, "sort", &[], &[("key", &abs)])), "None");
        assert_eq!(show(Ok(l.clone())), "[1, -1, 2, -3, 3]");
        let t = Owned::from(true);
        assert_eq!(
            show(method(&l, "sort", &[], &[("key", &abs), ("reverse", &t)])),
            "None"
        );
        assert_eq!(show(Ok(l.clone())), "[-3, 3, 2, 1, -1]");
        let bad = list(&[&i(3), &s("a"), &i(1)]);
        assert_eq!(
            m(&bad, "sort", &[]),
            "TypeError: '<' not supported between instances of 'str' and 'int'"
        );
        assert_eq!(show(Ok(bad)), "[3, 'a', 1]");
        // A long list exercises the merges; compare with a Rust sort.
        let mut vals: Vec<i64> = (0..1000).map(|k| (k * 7919) % 1009 - 500).collect();
        let items: Vec<Owned> = vals.iter().map(|&v| i(v)).collect();
        let big = crate::list::new_list(items);
        assert_eq!(m(&big, "sort", &[]), "None");
        vals.sort();
        let got: Vec<i64> = crate::list::list_items(big.v())
            .iter()
            .map(|x| crate::int::to_i64(x.v()).unwrap())
            .collect();
        assert_eq!(got, vals);
        // Stability under a key with many ties.
        let pairs: Vec<Owned> = (0..200).map(|k| tuple(&[&i(k % 3), &i(k)])).collect();
        let pl = crate::list::new_list(pairs);
        let len = crate::builtins::lookup(s("len").v()).unwrap();
        let _ = len;
        let mut items = crate::list::list_items(pl.v()).clone();
        let first = |x: &Owned| crate::int::to_i64(crate::tuple::items(x.v())[0].v()).unwrap();
        let second = |x: &Owned| crate::int::to_i64(crate::tuple::items(x.v())[1].v()).unwrap();
        let keyf =
            crate::function::new_builtin("first", |a, _| Ok(crate::tuple::items(a[0])[0].clone()));
        super::sort_values(&mut items, Some(keyf.v()), false).unwrap();
        for w in items.windows(2) {
            assert!(
                first(&w[0]) < first(&w[1])
                    || (first(&w[0]) == first(&w[1]) && second(&w[0]) < second(&w[1]))
            );
        }
        super::sort_values(&mut items, Some(keyf.v()), true).unwrap();
        for w in items.windows(2) {
            assert!(
                first(&w[0]) > first(&w[1])
                    || (first(&w[0]) == first(&w[1]) && second(&w[0]) < second(&w[1]))
            );
        }
    }

    /// A failing comparison leaves CPython's partly sorted list.
    #[test]
    fn failed_sorts_leave_cpython_state() {
        let _g = setup();
        let build = |vals: Vec<i64>| {
            let items: Vec<Owned> = vals
                .iter()
                .map(|&v| if v == 1000 { s("x") } else { i(v) })
                .collect();
            crate::list::new_list(items)
        };
        let checksum = |l: &Owned| {
            crate::list::list_items(l.v()).iter().fold(0u128, |h, x| {
                let k = if crate::str::is_str(x.v()) {
                    1000
                } else {
                    crate::int::to_i64(x.v()).unwrap()
                };
                (h * 1000003 + (k + 7) as u128) % ((1u128 << 61) - 1)
            })
        };
        let wave = |n: i64| (0..n).map(|k| (k * 37) % 101).collect::<Vec<i64>>();
        let cases: Vec<(Vec<i64>, u128)> = vec![
            (vec![5, 3, 1, 1000, 2], 496004755654533957),
            (vec![1, 2, 3, 1000, 0], 1126800164720561117),
            (
                (1..=100).rev().chain([1000]).chain(0..50).collect(),
                962047641798237792,
            ),
            (
                wave(150)
                    .into_iter()
                    .chain([1000])
                    .chain(wave(150))
                    .collect(),
                289435235591967895,
            ),
            (
                wave(40).into_iter().chain([1000]).collect(),
                1059359877254897936,
            ),
        ];
        for (vals, expected) in cases {
            let l = build(vals);
            assert_eq!(
                m(&l, "sort", &[]),
                "TypeError: '<' not supported between instances of 'str' and 'int'"
            );
            assert_eq!(checksum(&l), expected);
        }
    }

    #[test]
    fn tuple_methods() {
        let _g = setup();
        let t = tuple(&[&i(1), &i(2), &i(1)]);
        assert_eq!(m(&t, "count", &[&i(1)]), "2");
        assert_eq!(m(&t, "index", &[&i(2)]), "1");
        assert_eq!(m(&t, "index", &[&i(1), &i(1)]), "2");
        assert_eq!(
            m(&t, "index", &[&i(3)]),
            "ValueError: tuple.index(x): x not in tuple"
        );
        assert_eq!(
            m(&t, "count", &[]),
            "TypeError: tuple.count() takes exactly one argument (0 given)"
        );
        assert_eq!(
            show(method(&t, "index", &[], &[("x", &i(2))])),
            "TypeError: tuple.index() takes no keyword arguments"
        );
    }
}
