//! The special methods of the builtin types (`int.__add__`, `list.__len__`,
//! `float.__round__`).
//!
//! CPython exposes most of them as slot wrappers over the type's C slots;
//! [`table`] lists those per type, in the same place of the MRO as CPython
//! (`bool.__and__` is bool's own, `bool.__add__` is int's). The others are
//! ordinary methods, listed in the types' method tables with the functions
//! defined at the end of this file. Every function calls the runtime
//! operation the operator itself uses, and returns `NotImplemented` where
//! CPython's slot does: `(1).__add__(1.5)`, `b'a'.__eq__(bytearray(b'a'))`.

use crate::args::{index_value, no_args, not_index, one_arg};
use crate::builtins_more::{abs_value, divmod_values, float_to_int, pow3, reversed, round_value};
use crate::exception::{type_error, R};
use crate::function::BuiltinFn;
use crate::int::{from_i64, is_int};
use crate::object::{type_id, type_name, TypeId};
use crate::ops::{self, BinOp, CmpOp, UnOp};
use crate::set::is_anyset;
use crate::singletons::not_implemented;
use crate::str::is_str;
use crate::tuple::new_tuple;
use crate::value::{none, Owned, Value};

/// A type's slot wrappers: `(name, function)`, where `None` marks an
/// attribute that is `None` (`list.__hash__`, which makes lists unhashable).
pub type SlotTable = &'static [(&'static str, Option<BuiltinFn>)];

/// The slot wrappers a builtin type defines itself (not inherited).
pub fn table(id: TypeId) -> SlotTable {
    match id {
        TypeId::Object => OBJECT,
        TypeId::Int => INT,
        TypeId::Bool => BOOL,
        TypeId::Float => FLOAT,
        TypeId::Complex => COMPLEX,
        TypeId::Str => STR,
        TypeId::Bytes => BYTES,
        TypeId::ByteArray => BYTEARRAY,
        TypeId::List => LIST,
        TypeId::Tuple => TUPLE,
        TypeId::Dict => DICT,
        TypeId::Set => SET,
        TypeId::FrozenSet => FROZENSET,
        TypeId::Range => RANGE,
        TypeId::Slice => SLICE,
        TypeId::MemoryView => MEMORYVIEW,
        TypeId::NoneType => NONE_TYPE,
        TypeId::NotImplementedType => NOT_IMPLEMENTED_TYPE,
        TypeId::Ellipsis => ELLIPSIS,
        _ => &[],
    }
}

// ------------------------------------------------------------- arguments

/// The arguments after the receiver of a slot wrapper that takes exactly
/// `n` of them, with CPython's messages (`check_num_args`, and
/// `PyArg_UnpackTuple` with an empty name for two).
fn slot_args<'a>(name: &str, args: &'a [Value], kwnames: &[Owned], n: usize) -> R<&'a [Value]> {
    if !kwnames.is_empty() {
        return type_error(format!("wrapper {name}() takes no keyword arguments"));
    }
    let given = args.len() - 1;
    if given != n {
        let lead = if n == 2 { " " } else { "" };
        let plural = if n == 1 { "" } else { "s" };
        return type_error(format!("{lead}expected {n} argument{plural}, got {given}"));
    }
    Ok(&args[1..])
}

/// The name of the slot of a binary operator: `__add__`, or with
/// `prefix` `r` or `i`, `__radd__` / `__iadd__`.
fn binary_name(op: BinOp, prefix: &str) -> String {
    let base = match op {
        BinOp::Add => "add",
        BinOp::Sub => "sub",
        BinOp::Mul => "mul",
        BinOp::TrueDiv => "truediv",
        BinOp::FloorDiv => "floordiv",
        BinOp::Mod => "mod",
        BinOp::Pow => "pow",
        BinOp::LShift => "lshift",
        BinOp::RShift => "rshift",
        BinOp::And => "and",
        BinOp::Or => "or",
        BinOp::Xor => "xor",
        BinOp::MatMul => "matmul",
    };
    format!("__{prefix}{base}__")
}

// ------------------------------------------------------------- numbers

/// How far up the numeric tower `v` is: 1 int (bools included), 2 float,
/// 3 complex, 0 not a number.
fn number_rank(v: Value) -> u8 {
    if is_int(v) {
        1
    } else if v.is_float() {
        2
    } else if crate::complex::is_complex(v) {
        3
    } else {
        0
    }
}

/// Whether the arithmetic slot of the number `recv` handles `other`: a
/// number no higher on the tower (an int's slot leaves floats to float's).
fn number_accepts(recv: Value, other: Value) -> bool {
    let rank = number_rank(other);
    rank != 0 && rank <= number_rank(recv)
}

// ------------------------------------------------------------- binary operators

/// `T.__op__(recv, other)` and `T.__rop__(recv, other)` (`reflected`):
/// `recv op other` or `other op recv` when the slot of `recv`'s type
/// handles the pair, else `NotImplemented`.
fn binary(op: BinOp, reflected: bool, recv: Value, other: Value, modulus: Option<Value>) -> R {
    let (a, b) = if reflected {
        (other, recv)
    } else {
        (recv, other)
    };
    if number_rank(recv) != 0 {
        // float's `__pow__` rejects a modulus before looking at operands.
        if let (true, Some(m)) = (recv.is_float(), modulus) {
            return pow3(a, b, m);
        }
        if !number_accepts(recv, other) {
            return Ok(not_implemented());
        }
        return match modulus {
            // `int.__pow__` leaves a non-int modulus to the other operand.
            Some(m) if is_int(recv) && !is_int(m) => Ok(not_implemented()),
            Some(m) => pow3(a, b, m),
            None => ops::binary(op, a, b),
        };
    }
    if is_anyset(recv) {
        if !is_anyset(other) {
            return Ok(not_implemented());
        }
        return ops::binary(op, a, b);
    }
    if crate::dict::is_dict(recv) {
        if !crate::dict::is_dict(other) {
            return Ok(not_implemented());
        }
        return ops::binary(op, a, b);
    }
    match op {
        // Sequence repetition (`sq_repeat`): the count must be an index.
        BinOp::Mul => {
            repeat_count(other)?;
            ops::binary(op, recv, other)
        }
        // `'%s'.__rmod__(x)`: only a str (bytes) left operand formats.
        BinOp::Mod if reflected && type_id(other) != type_id(recv) => Ok(not_implemented()),
        _ => ops::binary(op, a, b),
    }
}

/// Checks the count of a sequence repetition slot (`wrap_indexargfunc`).
fn repeat_count(v: Value) -> R<()> {
    if is_int(v) {
        Ok(())
    } else {
        not_index(v)
    }
}

/// int's `&`, `|` and `^`, which give ints even for bools
/// (`int.__and__(True, True)` is 1; bool's own slots give bools).
fn int_bitwise_slot<const OP: u32, const REFLECTED: bool>(args: &[Value], kwnames: &[Owned]) -> R {
    let op = BinOp::ALL[OP as usize];
    let name = binary_name(op, if REFLECTED { "r" } else { "" });
    let other = slot_args(&name, args, kwnames, 1)?[0];
    if !is_int(other) {
        return Ok(not_implemented());
    }
    let (x, y) = (index_value(args[0])?, index_value(other)?);
    let (a, b) = if REFLECTED { (y, x) } else { (x, y) };
    ops::binary(op, a.v(), b.v())
}

fn binary_slot<const OP: u32>(args: &[Value], kwnames: &[Owned]) -> R {
    binary_call(BinOp::ALL[OP as usize], false, args, kwnames)
}

fn reflected_slot<const OP: u32>(args: &[Value], kwnames: &[Owned]) -> R {
    binary_call(BinOp::ALL[OP as usize], true, args, kwnames)
}

fn binary_call(op: BinOp, reflected: bool, args: &[Value], kwnames: &[Owned]) -> R {
    let name = binary_name(op, if reflected { "r" } else { "" });
    if op != BinOp::Pow {
        let other = slot_args(&name, args, kwnames, 1)?[0];
        return binary(op, reflected, args[0], other, None);
    }
    // `__pow__(other, mod=None)`: a ternary slot.
    if !kwnames.is_empty() {
        return type_error(format!("wrapper {name}() takes no keyword arguments"));
    }
    let given = args.len() - 1;
    if given == 0 {
        return type_error(" expected at least 1 argument, got 0");
    }
    if given > 2 {
        return type_error(format!(" expected at most 2 arguments, got {given}"));
    }
    let modulus = args.get(2).copied().filter(|m| !m.is_none());
    binary(op, reflected, args[0], args[1], modulus)
}

/// `x.__iop__(y)`: in place for the mutable types (`list.__iadd__` takes
/// any iterable, `set.__ior__` only sets).
fn inplace_slot<const OP: u32>(args: &[Value], kwnames: &[Owned]) -> R {
    let op = BinOp::ALL[OP as usize];
    let other = slot_args(&binary_name(op, "i"), args, kwnames, 1)?[0];
    let recv = args[0];
    if is_anyset(recv) && !is_anyset(other) {
        return Ok(not_implemented());
    }
    if op == BinOp::Mul {
        repeat_count(other)?;
    }
    ops::inplace(op, recv, other)
}

fn divmod_common(name: &str, reflected: bool, args: &[Value], kwnames: &[Owned]) -> R {
    let other = slot_args(name, args, kwnames, 1)?[0];
    let recv = args[0];
    if !number_accepts(recv, other) {
        return Ok(not_implemented());
    }
    if reflected {
        divmod_values(other, recv)
    } else {
        divmod_values(recv, other)
    }
}

fn divmod_slot(args: &[Value], kwnames: &[Owned]) -> R {
    divmod_common("__divmod__", false, args, kwnames)
}

fn rdivmod_slot(args: &[Value], kwnames: &[Owned]) -> R {
    divmod_common("__rdivmod__", true, args, kwnames)
}

// ------------------------------------------------------------- comparisons

/// Whether the rich comparison of `recv`'s type handles `other` for `op`
/// (otherwise CPython's slot returns `NotImplemented`).
fn compares(op: CmpOp, recv: Value, other: Value) -> bool {
    let ordering = !matches!(op, CmpOp::Eq | CmpOp::Ne);
    match number_rank(recv) {
        0 => {}
        // complex has equality with every number, and no ordering.
        3 => return !ordering && number_rank(other) != 0,
        _ => return number_accepts(recv, other),
    }
    let same = other.is_ptr() && type_id(other) == type_id(recv);
    match type_id(recv) {
        TypeId::Str | TypeId::Bytes | TypeId::List | TypeId::Tuple | TypeId::Slice => same,
        TypeId::ByteArray => crate::bytes::is_bytes_like(other),
        TypeId::MemoryView => !ordering && crate::bytes::is_bytes_like(other),
        TypeId::Dict | TypeId::Range => !ordering && same,
        TypeId::Set | TypeId::FrozenSet => is_anyset(other),
        _ => object_compares(op, recv, other),
    }
}

/// `object`'s comparisons: `__eq__` is identity, `__ne__` inverts the
/// receiver type's own `__eq__`, the orderings are NotImplemented.
fn object_compares(op: CmpOp, recv: Value, other: Value) -> bool {
    match op {
        CmpOp::Eq => recv == other,
        CmpOp::Ne => compares(CmpOp::Eq, recv, other),
        _ => false,
    }
}

/// `T.__eq__(recv, other)` and the other rich comparisons, where
/// `handles` says whether the slot compares the pair.
fn compare_call(
    op: CmpOp,
    handles: fn(CmpOp, Value, Value) -> bool,
    args: &[Value],
    kwnames: &[Owned],
) -> R {
    let name = match op {
        CmpOp::Eq => "__eq__",
        CmpOp::Ne => "__ne__",
        CmpOp::Lt => "__lt__",
        CmpOp::Le => "__le__",
        CmpOp::Gt => "__gt__",
        _ => "__ge__",
    };
    let other = slot_args(name, args, kwnames, 1)?[0];
    if !handles(op, args[0], other) {
        return Ok(not_implemented());
    }
    ops::compare(op, args[0], other)
}

fn compare_slot<const OP: u32>(args: &[Value], kwnames: &[Owned]) -> R {
    compare_call(CmpOp::ALL[OP as usize], compares, args, kwnames)
}

/// The comparisons of `object` itself, whatever the receiver's type
/// (`object.__eq__(1, 2)` is NotImplemented).
fn object_compare_slot<const OP: u32>(args: &[Value], kwnames: &[Owned]) -> R {
    compare_call(CmpOp::ALL[OP as usize], object_compares, args, kwnames)
}

// ------------------------------------------------------------- other slots

/// Slot wrappers of no argument, each `name => f(receiver)`.
macro_rules! unary_slots {
    ($($fn:ident $name:literal => $body:expr;)*) => {$(
        fn $fn(args: &[Value], kwnames: &[Owned]) -> R {
            slot_args($name, args, kwnames, 0)?;
            let f: fn(Value) -> R = $body;
            f(args[0])
        }
    )*};
}

unary_slots! {
    neg_slot "__neg__" => |v| ops::unary(UnOp::Neg, v);
    pos_slot "__pos__" => |v| ops::unary(UnOp::Pos, v);
    invert_slot "__invert__" => |v| ops::unary(UnOp::Invert, v);
    abs_slot "__abs__" => abs_value;
    bool_slot "__bool__" => |v| Ok(Owned::from(ops::truthy(v)?));
    int_slot "__int__" => crate::builtins_more::to_int;
    float_slot "__float__" => crate::builtins_more::to_float;
    index_slot "__index__" => index_value;
    hash_slot "__hash__" => |v| Ok(from_i64(ops::hash(v)?));
    repr_slot "__repr__" => crate::repr::repr;
    str_slot "__str__" => crate::repr::to_str;
    len_slot "__len__" => |v| Ok(from_i64(crate::builtins::length(v)? as i64));
    iter_slot "__iter__" => crate::iter::iter;
}

/// Slot wrappers of one argument, each `name => f(receiver, argument)`.
macro_rules! binary_slots {
    ($($fn:ident $name:literal => $body:expr;)*) => {$(
        fn $fn(args: &[Value], kwnames: &[Owned]) -> R {
            let arg = slot_args($name, args, kwnames, 1)?[0];
            let f: fn(Value, Value) -> R = $body;
            f(args[0], arg)
        }
    )*};
}

binary_slots! {
    getitem_slot "__getitem__" => crate::subscript::getitem;
    delitem_slot "__delitem__" => |c, k| crate::subscript::delitem(c, k).map(|()| none());
    contains_slot "__contains__" => contains;
    getattribute_slot "__getattribute__" => |obj, name| {
        if !is_str(name) {
            return type_error(format!(
                "attribute name must be string, not '{}'",
                type_name(name)
            ));
        }
        crate::attr::getattr(obj, name)
    };
}

fn contains(container: Value, item: Value) -> R {
    Ok(Owned::from(ops::contains(container, item)?))
}

fn setitem_slot(args: &[Value], kwnames: &[Owned]) -> R {
    let a = slot_args("__setitem__", args, kwnames, 2)?;
    crate::subscript::setitem(args[0], a[0], a[1])?;
    Ok(none())
}

// ------------------------------------------------------------- the tables

const ADD: u32 = BinOp::Add as u32;
const SUB: u32 = BinOp::Sub as u32;
const MUL: u32 = BinOp::Mul as u32;
const TRUEDIV: u32 = BinOp::TrueDiv as u32;
const FLOORDIV: u32 = BinOp::FloorDiv as u32;
const MOD: u32 = BinOp::Mod as u32;
const POW: u32 = BinOp::Pow as u32;
const LSHIFT: u32 = BinOp::LShift as u32;
const RSHIFT: u32 = BinOp::RShift as u32;
const AND: u32 = BinOp::And as u32;
const OR: u32 = BinOp::Or as u32;
const XOR: u32 = BinOp::Xor as u32;

/// Builds a [`SlotTable`]: `name => function` or `name => None`.
macro_rules! slots {
    ($($name:literal => $f:tt),* $(,)?) => {
        &[$(($name, slots!(@entry $f))),*]
    };
    (@entry None) => { None };
    (@entry $f:tt) => { Some($f as BuiltinFn) };
}

/// Wraps a generic slot function instance so `slots!` takes it as one token.
macro_rules! op {
    ($f:ident, $op:ident) => {
        ($f::<$op>)
    };
}

const OBJECT: SlotTable = slots! {
    "__repr__" => repr_slot,
    "__hash__" => hash_slot,
    "__str__" => str_slot,
    "__getattribute__" => getattribute_slot,
    "__lt__" => (object_compare_slot::<{ CmpOp::Lt as u32 }>),
    "__le__" => (object_compare_slot::<{ CmpOp::Le as u32 }>),
    "__eq__" => (object_compare_slot::<{ CmpOp::Eq as u32 }>),
    "__ne__" => (object_compare_slot::<{ CmpOp::Ne as u32 }>),
    "__gt__" => (object_compare_slot::<{ CmpOp::Gt as u32 }>),
    "__ge__" => (object_compare_slot::<{ CmpOp::Ge as u32 }>),
};

/// The rich comparisons, which every type below defines itself.
macro_rules! with_compare {
    ($($name:literal => $f:tt),* $(,)?) => {
        slots! {
            "__repr__" => repr_slot,
            "__lt__" => (compare_slot::<{ CmpOp::Lt as u32 }>),
            "__le__" => (compare_slot::<{ CmpOp::Le as u32 }>),
            "__eq__" => (compare_slot::<{ CmpOp::Eq as u32 }>),
            "__ne__" => (compare_slot::<{ CmpOp::Ne as u32 }>),
            "__gt__" => (compare_slot::<{ CmpOp::Gt as u32 }>),
            "__ge__" => (compare_slot::<{ CmpOp::Ge as u32 }>),
            $($name => $f),*
        }
    };
}

/// The numbers: arithmetic every numeric type defines.
macro_rules! number_slots {
    ($($name:literal => $f:tt),* $(,)?) => {
        with_compare! {
            "__hash__" => hash_slot,
            "__add__" => (op!(binary_slot, ADD)),
            "__radd__" => (op!(reflected_slot, ADD)),
            "__sub__" => (op!(binary_slot, SUB)),
            "__rsub__" => (op!(reflected_slot, SUB)),
            "__mul__" => (op!(binary_slot, MUL)),
            "__rmul__" => (op!(reflected_slot, MUL)),
            "__pow__" => (op!(binary_slot, POW)),
            "__rpow__" => (op!(reflected_slot, POW)),
            "__neg__" => neg_slot,
            "__pos__" => pos_slot,
            "__abs__" => abs_slot,
            "__bool__" => bool_slot,
            "__truediv__" => (op!(binary_slot, TRUEDIV)),
            "__rtruediv__" => (op!(reflected_slot, TRUEDIV)),
            $($name => $f),*
        }
    };
}

/// int and float: numbers with floor division, modulo and conversions.
macro_rules! real_slots {
    ($($name:literal => $f:tt),* $(,)?) => {
        number_slots! {
            "__mod__" => (op!(binary_slot, MOD)),
            "__rmod__" => (op!(reflected_slot, MOD)),
            "__divmod__" => divmod_slot,
            "__rdivmod__" => rdivmod_slot,
            "__int__" => int_slot,
            "__float__" => float_slot,
            "__floordiv__" => (op!(binary_slot, FLOORDIV)),
            "__rfloordiv__" => (op!(reflected_slot, FLOORDIV)),
            $($name => $f),*
        }
    };
}

const INT: SlotTable = real_slots! {
    "__invert__" => invert_slot,
    "__lshift__" => (op!(binary_slot, LSHIFT)),
    "__rlshift__" => (op!(reflected_slot, LSHIFT)),
    "__rshift__" => (op!(binary_slot, RSHIFT)),
    "__rrshift__" => (op!(reflected_slot, RSHIFT)),
    "__and__" => (int_bitwise_slot::<AND, false>),
    "__rand__" => (int_bitwise_slot::<AND, true>),
    "__xor__" => (int_bitwise_slot::<XOR, false>),
    "__rxor__" => (int_bitwise_slot::<XOR, true>),
    "__or__" => (int_bitwise_slot::<OR, false>),
    "__ror__" => (int_bitwise_slot::<OR, true>),
    "__index__" => index_slot,
};

const BOOL: SlotTable = slots! {
    "__repr__" => repr_slot,
    "__invert__" => invert_slot,
    "__and__" => (op!(binary_slot, AND)),
    "__rand__" => (op!(reflected_slot, AND)),
    "__xor__" => (op!(binary_slot, XOR)),
    "__rxor__" => (op!(reflected_slot, XOR)),
    "__or__" => (op!(binary_slot, OR)),
    "__ror__" => (op!(reflected_slot, OR)),
};

const FLOAT: SlotTable = real_slots! {};

const COMPLEX: SlotTable = number_slots! {};

/// str and bytes: immutable sequences with `%` formatting.
macro_rules! text_slots {
    ($($name:literal => $f:tt),* $(,)?) => {
        with_compare! {
            "__str__" => str_slot,
            "__iter__" => iter_slot,
            "__mod__" => (op!(binary_slot, MOD)),
            "__rmod__" => (op!(reflected_slot, MOD)),
            "__len__" => len_slot,
            "__getitem__" => getitem_slot,
            "__add__" => (op!(binary_slot, ADD)),
            "__mul__" => (op!(binary_slot, MUL)),
            "__rmul__" => (op!(reflected_slot, MUL)),
            "__contains__" => contains_slot,
            $($name => $f),*
        }
    };
}

const STR: SlotTable = text_slots! { "__hash__" => hash_slot };

const BYTES: SlotTable = text_slots! { "__hash__" => hash_slot };

const BYTEARRAY: SlotTable = text_slots! {
    "__hash__" => None,
    "__setitem__" => setitem_slot,
    "__delitem__" => delitem_slot,
    "__iadd__" => (op!(inplace_slot, ADD)),
    "__imul__" => (op!(inplace_slot, MUL)),
};

const LIST: SlotTable = with_compare! {
    "__hash__" => None,
    "__iter__" => iter_slot,
    "__len__" => len_slot,
    "__setitem__" => setitem_slot,
    "__delitem__" => delitem_slot,
    "__add__" => (op!(binary_slot, ADD)),
    "__mul__" => (op!(binary_slot, MUL)),
    "__rmul__" => (op!(reflected_slot, MUL)),
    "__contains__" => contains_slot,
    "__iadd__" => (op!(inplace_slot, ADD)),
    "__imul__" => (op!(inplace_slot, MUL)),
};

const TUPLE: SlotTable = with_compare! {
    "__hash__" => hash_slot,
    "__iter__" => iter_slot,
    "__len__" => len_slot,
    "__getitem__" => getitem_slot,
    "__add__" => (op!(binary_slot, ADD)),
    "__mul__" => (op!(binary_slot, MUL)),
    "__rmul__" => (op!(reflected_slot, MUL)),
    "__contains__" => contains_slot,
};

const DICT: SlotTable = with_compare! {
    "__hash__" => None,
    "__iter__" => iter_slot,
    "__or__" => (op!(binary_slot, OR)),
    "__ror__" => (op!(reflected_slot, OR)),
    "__ior__" => (op!(inplace_slot, OR)),
    "__len__" => len_slot,
    "__setitem__" => setitem_slot,
    "__delitem__" => delitem_slot,
};

/// set and frozenset: the set algebra.
macro_rules! set_slots {
    ($($name:literal => $f:tt),* $(,)?) => {
        with_compare! {
            "__iter__" => iter_slot,
            "__sub__" => (op!(binary_slot, SUB)),
            "__rsub__" => (op!(reflected_slot, SUB)),
            "__and__" => (op!(binary_slot, AND)),
            "__rand__" => (op!(reflected_slot, AND)),
            "__xor__" => (op!(binary_slot, XOR)),
            "__rxor__" => (op!(reflected_slot, XOR)),
            "__or__" => (op!(binary_slot, OR)),
            "__ror__" => (op!(reflected_slot, OR)),
            "__len__" => len_slot,
            $($name => $f),*
        }
    };
}

const SET: SlotTable = set_slots! {
    "__hash__" => None,
    "__isub__" => (op!(inplace_slot, SUB)),
    "__iand__" => (op!(inplace_slot, AND)),
    "__ixor__" => (op!(inplace_slot, XOR)),
    "__ior__" => (op!(inplace_slot, OR)),
};

const FROZENSET: SlotTable = set_slots! { "__hash__" => hash_slot };

const RANGE: SlotTable = with_compare! {
    "__hash__" => hash_slot,
    "__iter__" => iter_slot,
    "__bool__" => bool_slot,
    "__len__" => len_slot,
    "__getitem__" => getitem_slot,
    "__contains__" => contains_slot,
};

const SLICE: SlotTable = with_compare! { "__hash__" => hash_slot };

const MEMORYVIEW: SlotTable = with_compare! {
    "__hash__" => hash_slot,
    "__iter__" => iter_slot,
    "__len__" => len_slot,
    "__getitem__" => getitem_slot,
    "__setitem__" => setitem_slot,
    "__delitem__" => delitem_slot,
};

const NONE_TYPE: SlotTable = with_compare! {
    "__hash__" => hash_slot,
    "__bool__" => bool_slot,
};

const NOT_IMPLEMENTED_TYPE: SlotTable = slots! {
    "__repr__" => repr_slot,
    "__bool__" => bool_slot,
};

const ELLIPSIS: SlotTable = slots! { "__repr__" => repr_slot };

// ------------------------------------------------------------- special methods that are methods

/// Special methods of no argument that CPython defines as methods:
/// `qualname => f(receiver)`.
macro_rules! nullary_methods {
    ($($fn:ident $qualname:literal => $body:expr;)*) => {$(
        pub fn $fn(args: &[Value], kwnames: &[Owned]) -> R {
            no_args($qualname, &args[1..], kwnames)?;
            let f: fn(Value) -> R = $body;
            f(args[0])
        }
    )*};
}

/// `(receiver,)`: what `__getnewargs__` gives for most immutable types.
fn self_tuple(v: Value) -> R {
    Ok(new_tuple(vec![v.new_ref()]))
}

nullary_methods! {
    int_trunc "int.__trunc__" => index_value;
    int_floor "int.__floor__" => index_value;
    int_ceil "int.__ceil__" => index_value;
    int_getnewargs "int.__getnewargs__" => |v| Ok(new_tuple(vec![index_value(v)?]));
    float_trunc "float.__trunc__" => |v| float_to_int(v.as_float().trunc());
    float_floor "float.__floor__" => |v| float_to_int(v.as_float().floor());
    float_ceil "float.__ceil__" => |v| float_to_int(v.as_float().ceil());
    float_getnewargs "float.__getnewargs__" => self_tuple;
    complex_complex "complex.__complex__" => |v| Ok(v.new_ref());
    complex_getnewargs "complex.__getnewargs__" => |v| {
        let z = crate::complex::complex_of(v);
        Ok(new_tuple(vec![Owned::from(z.re), Owned::from(z.im)]))
    };
    str_getnewargs "str.__getnewargs__" => self_tuple;
    bytes_getnewargs "bytes.__getnewargs__" => self_tuple;
    bytes_bytes "bytes.__bytes__" => |v| Ok(v.new_ref());
    tuple_getnewargs "tuple.__getnewargs__" => self_tuple;
    list_reversed "list.__reversed__" => reversed;
    dict_reversed "dict.__reversed__" => reversed;
    range_reversed "range.__reversed__" => reversed;
}

/// Special methods of one argument that CPython defines as methods:
/// `qualname => f(receiver, argument)`.
macro_rules! unary_methods {
    ($($fn:ident $qualname:literal => $body:expr;)*) => {$(
        pub fn $fn(args: &[Value], kwnames: &[Owned]) -> R {
            let arg = one_arg($qualname, &args[1..], kwnames)?;
            let f: fn(Value, Value) -> R = $body;
            f(args[0], arg)
        }
    )*};
}

unary_methods! {
    list_getitem "list.__getitem__" => crate::subscript::getitem;
    dict_getitem "dict.__getitem__" => crate::subscript::getitem;
    dict_contains "dict.__contains__" => contains;
    set_contains "set.__contains__" => contains;
    frozenset_contains "frozenset.__contains__" => contains;
    object_format "object.__format__" => |v, spec| {
        // `object.__format__` knows no format spec, whatever `v`'s type.
        if is_str(spec) && crate::str::str_data(spec).len != 0 {
            return type_error(format!(
                "unsupported format string passed to {}.__format__",
                type_name(v)
            ));
        }
        format_method(v, spec)
    };
    int_format "int.__format__" => format_method;
    float_format "float.__format__" => format_method;
    complex_format "complex.__format__" => format_method;
    str_format "str.__format__" => format_method;
}

/// `x.__format__(spec)`.
fn format_method(v: Value, spec: Value) -> R {
    if !is_str(spec) {
        return type_error(format!(
            "__format__() argument must be str, not {}",
            crate::args::arg_type_name(spec)
        ));
    }
    crate::format::format(v, spec)
}

/// `x.__round__([ndigits])` of int and float: the given `ndigits`, if any.
fn round_arg(qualname: &str, args: &[Value], kwnames: &[Owned]) -> R<Option<Value>> {
    crate::call::no_kwargs(qualname, kwnames)?;
    if args.len() > 2 {
        return type_error(format!(
            "__round__ expected at most 1 argument, got {}",
            args.len() - 1
        ));
    }
    Ok(args.get(1).copied())
}

/// `int.__round__(ndigits)`: an explicit None is not an index.
pub fn int_round(args: &[Value], kwnames: &[Owned]) -> R {
    let ndigits = round_arg("int.__round__", args, kwnames)?;
    round_value(args[0], ndigits)
}

/// `float.__round__(ndigits=None)`.
pub fn float_round(args: &[Value], kwnames: &[Owned]) -> R {
    let ndigits = round_arg("float.__round__", args, kwnames)?;
    round_value(args[0], ndigits.filter(|n| !n.is_none()))
}
