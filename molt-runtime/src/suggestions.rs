//! The "Did you mean" trailers of the uncaught-exception report, ported
//! from CPython's `Python/suggestions.c`: the closest name by a weighted
//! Levenshtein distance, searched in `dir(obj)` for an `AttributeError`,
//! in the frame's globals and then the builtins for a `NameError` (plus
//! "Did you forget to import" for standard-library module names), and in
//! the module for `from m import name`'s `ImportError`.
//!
//! The name lists are CPython's (`dir_tables.rs`), not the subset Molt
//! implements. A NameError raised in a function does not see the
//! function's local variable names (compiled frames do not record them),
//! which CPython searches first.

use crate::dir_tables;
use crate::exception::exc_data;
use crate::exception_types::Fields;
use crate::module::module_data;
use crate::object::{type_data, type_id, type_of, TypeId};
use crate::str::as_string;
use crate::value::Value;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        return CASE_COST;
    }
    MOVE_COST
}

/// The edit distance between two UTF-8 names (moves cost 2, case flips
/// 1), or `max_cost + 1` as soon as it is known to exceed `max_cost`.
fn levenshtein<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost.saturating_add(1);
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost.saturating_add(1);
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = row[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost.saturating_add(1);
        }
    }
    result
}

/// `calculate_suggestions`: the first closest candidate within a third of
/// the characters involved.
fn closest<S: AsRef<str>>(dir: &[S], name: &str) -> Option<String> {
    if dir.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<&str> = None;
    let mut best_distance = i64::MAX;
    for item in dir {
        let item = item.as_ref();
        if item == name {
            continue;
        }
        let max = ((name.len() + item.len() + 3) * MOVE_COST / 6) as i64;
        let max = max.min(best_distance - 1);
        if max < 0 {
            continue;
        }
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max as usize) as i64;
        if d > max {
            continue;
        }
        if best.is_none() || d < best_distance {
            best = Some(item);
            best_distance = d;
        }
    }
    best.map(str::to_string)
}

/// The suggestion trailer for an uncaught exception (printed right after
/// its message), if CPython would print one.
pub fn offer(exc: Value) -> Option<String> {
    let d = exc_data(exc);
    match (type_data(type_of(exc)).id, &d.fields) {
        (TypeId::AttributeError, Fields::Attribute { name, obj }) => {
            let name = exact_str(name.as_ref()?.v())?;
            let dir = dir_of(obj.as_ref()?.v())?;
            let s = closest(&dir, &name)?;
            Some(format!(". Did you mean: '{s}'?"))
        }
        (TypeId::NameError, Fields::Name { name }) => {
            let name = exact_str(name.as_ref()?.v())?;
            name_error(exc, &name)
        }
        (
            TypeId::ImportError,
            Fields::Import {
                name, name_from, ..
            },
        ) => {
            let module = exact_str(name.as_ref()?.v())?;
            let wanted = exact_str(name_from.as_ref()?.v())?;
            let m = crate::builtins::find_module(&module)?;
            let s = closest(&module_dir(m.v()), &wanted)?;
            Some(format!(". Did you mean: '{s}'?"))
        }
        _ => None,
    }
}

fn exact_str(v: Value) -> Option<String> {
    (v.is_ptr() && type_id(v) == TypeId::Str).then(|| as_string(v))
}

/// `offer_suggestions_for_name_error`, minus the innermost frame's locals.
fn name_error(exc: Value, name: &str) -> Option<String> {
    let module = crate::traceback::innermost_module(exc_data(exc).traceback.as_ref()?.v());
    let mut globals: Vec<String> = dir_tables::MODULE_DUNDERS
        .iter()
        .map(|s| s.to_string())
        .collect();
    globals.extend(bound_globals(module));
    let found = closest(&globals, name).or_else(|| closest(dir_tables::BUILTINS, name));
    let stdlib = dir_tables::STDLIB_MODULES.binary_search(&name).is_ok();
    match (found, stdlib) {
        (Some(s), false) => Some(format!(". Did you mean: '{s}'?")),
        (Some(s), true) => Some(format!(
            ". Did you mean: '{s}'? Or did you forget to import '{name}'?"
        )),
        (None, true) => Some(format!(". Did you forget to import '{name}'?")),
        (None, false) => None,
    }
}

/// The names bound in a compiled module's globals, in slot order.
fn bound_globals(module: Value) -> Vec<String> {
    let m = module_data(module);
    m.global_names
        .iter()
        .enumerate()
        .filter(|&(i, _)| unsafe { *m.globals.add(i) } != Value::UNBOUND)
        .map(|(_, n)| as_string(n.v()))
        .collect()
}

/// `dir(module)`: its attributes and the module dunders, sorted.
fn module_dir(m: Value) -> Vec<String> {
    let d = module_data(m);
    let mut names: Vec<String> = if d.attrs.v().is_ptr() {
        let mut names: Vec<String> = [
            "__name__",
            "__doc__",
            "__package__",
            "__loader__",
            "__spec__",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        names.extend(
            crate::dict::dict_data(d.attrs.v())
                .iter()
                .map(|e| as_string(e.key.v())),
        );
        names
    } else {
        let mut names: Vec<String> = dir_tables::MODULE_DUNDERS
            .iter()
            .map(|s| s.to_string())
            .collect();
        names.extend(bound_globals(m));
        names
    };
    names.sort();
    names.dedup();
    names
}

/// `dir(obj)` as CPython computes it, for the objects Molt has.
fn dir_of(obj: Value) -> Option<Vec<String>> {
    let own = |names: &[&str]| names.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    if !obj.is_ptr() {
        return dir_tables::instance_dir(crate::object::type_name(obj)).map(own);
    }
    match type_id(obj) {
        TypeId::Module => Some(module_dir(obj)),
        TypeId::Type => dir_tables::class_dir(type_data(obj.ptr()).name).map(own),
        _ => {
            let mut names = own(dir_tables::instance_dir(crate::object::type_name(obj))?);
            if crate::exception::is_exception(obj) && exc_data(obj).notes.is_some() {
                names.push("__notes__".to_string());
                names.sort();
            }
            Some(names)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{closest, levenshtein};

    #[test]
    fn distances_follow_cpython() {
        assert_eq!(levenshtein(b"appnd", b"append", 100), 2);
        assert_eq!(levenshtein(b"Print", b"print", 100), 1);
        assert_eq!(levenshtein(b"ab", b"ba", 100), 4);
        assert_eq!(
            closest(&["append", "appendleft"], "appnd").as_deref(),
            Some("append")
        );
        assert_eq!(closest(&["xyz"], "abc"), None);
    }
}
