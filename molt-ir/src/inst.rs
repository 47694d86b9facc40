//! The instruction set. Every instruction is declared once here: its text
//! mnemonic, its result type, whether it can raise, which operands it steals,
//! and a one-line doc. Matches over [`InstKind`] and [`Terminator`] are
//! exhaustive everywhere, so a new opcode breaks the build where it needs care.
//!
//! Ownership: every `dyn` result is a new (owned) reference; operands are
//! borrowed unless listed by [`InstKind::stolen`]. Raising instructions branch,
//! on error, to their block's handler (or the function's exit) after the
//! values owned at that point are released.

use crate::entities::{BlockId, ConstId, FuncId, GlobalId, SlotId, ValueId};
use crate::types::Type;

macro_rules! op_enum {
    ($(#[$doc:meta])* $name:ident { $($variant:ident => $text:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name { $($variant),* }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The text form used by the printer and the reader.
            pub fn name(self) -> &'static str {
                match self { $($name::$variant => $text),* }
            }

            /// The variant with the given text form.
            pub fn from_name(text: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|op| op.name() == text)
            }
        }
    };
}

op_enum!(
    /// A Python binary operator (`a + b`, and `a += b` in its in-place form).
    BinOp {
        Add => "add", Sub => "sub", Mul => "mul", TrueDiv => "truediv",
        FloorDiv => "floordiv", Mod => "mod", Pow => "pow", LShift => "lshift",
        RShift => "rshift", BitAnd => "and", BitOr => "or", BitXor => "xor",
        MatMul => "matmul",
    }
);

op_enum!(
    /// A Python unary operator (`-a`, `+a`, `~a`, `not a`).
    UnOp { Neg => "neg", Pos => "pos", Invert => "invert", Not => "not" }
);

op_enum!(
    /// A Python comparison operator; `is`/`in` forms included.
    CmpOp {
        Eq => "eq", Ne => "ne", Lt => "lt", Le => "le", Gt => "gt", Ge => "ge",
        Is => "is", IsNot => "isnot", In => "in", NotIn => "notin",
    }
);

op_enum!(
    /// An f-string conversion (`!s`, `!r`, `!a`).
    Conversion { Str => "str", Repr => "repr", Ascii => "ascii" }
);

/// A non-terminator instruction.
#[derive(Clone, Debug, PartialEq)]
pub enum InstKind {
    /// `const.int 5`: a small int (fits the inline representation).
    ConstInt(i64),
    /// `const.float 0x3ff0000000000000`: a float, by its IEEE bits.
    ConstFloat(u64),
    /// `const.none`.
    ConstNone,
    /// `const.bool true`.
    ConstBool(bool),
    /// `const.pool c3`: an immortal constant from the module pool.
    ConstPool(ConstId),
    /// `load.local %0`: read a local; raises UnboundLocalError if unbound.
    LoadLocal(SlotId),
    /// `store.local %0, v1`: bind a local (steals the value, drops the old one).
    StoreLocal(SlotId, ValueId),
    /// `del.local %0`: unbind a local; raises UnboundLocalError if unbound.
    DelLocal(SlotId),
    /// `load.global g0`: read a global, then a builtin; raises NameError.
    LoadGlobal(GlobalId),
    /// `store.global g0, v1`: bind a global (steals the value).
    StoreGlobal(GlobalId, ValueId),
    /// `del.global g0`: unbind a global; raises NameError if unbound.
    DelGlobal(GlobalId),
    /// `dup v1`: a new reference to the same object.
    Dup(ValueId),
    /// `decref v1`: drop one reference.
    Decref(ValueId),
    /// `binary add v1, v2`: `a + b` and friends.
    Binary(BinOp, ValueId, ValueId),
    /// `inplace add v1, v2`: `a += b` and friends.
    InPlace(BinOp, ValueId, ValueId),
    /// `unary neg v1`.
    Unary(UnOp, ValueId),
    /// `compare lt v1, v2`: a single comparison, result boxed.
    Compare(CmpOp, ValueId, ValueId),
    /// `truthy v1`: Python truth value as an unboxed bool.
    Truthy(ValueId),
    /// `call v0(v1, v2; c5)`: call with positional args; the trailing `kwnames`
    /// tuple constant names the last arguments.
    Call {
        callee: ValueId,
        args: Vec<ValueId>,
        kwnames: Option<ConstId>,
    },
    /// `call.method v0.c1(v2; c5)`: `obj.name(args)` without a bound method.
    CallMethod {
        obj: ValueId,
        name: ConstId,
        args: Vec<ValueId>,
        kwnames: Option<ConstId>,
    },
    /// `getattr v0, c1`.
    GetAttr(ValueId, ConstId),
    /// `getitem v0, v1`: `a[b]`.
    GetItem(ValueId, ValueId),
    /// `setitem v0, v1, v2`: `a[b] = c`.
    SetItem(ValueId, ValueId, ValueId),
    /// `delitem v0, v1`: `del a[b]`.
    DelItem(ValueId, ValueId),
    /// `build.list v0, v1`.
    BuildList(Vec<ValueId>),
    /// `build.tuple v0, v1`.
    BuildTuple(Vec<ValueId>),
    /// `build.dict k0, v0, k1, v1`: keys and values alternate.
    BuildDict(Vec<ValueId>),
    /// `build.slice v0, v1, v2`: `slice(a, b, c)`; absent parts are None.
    BuildSlice(ValueId, ValueId, ValueId),
    /// `build.string v0, v1`: concatenate str pieces (f-strings).
    BuildString(Vec<ValueId>),
    /// `format v0, v1`: `format(value, spec)`.
    Format(ValueId, ValueId),
    /// `convert repr v0`: `str(v)`, `repr(v)` or `ascii(v)`.
    Convert(Conversion, ValueId),
    /// `iter v0`: `iter(v)`.
    Iter(ValueId),
    /// `unpack v0, 3`: the items of an iterable with exactly n of them, as a tuple.
    Unpack(ValueId, u32),
    /// `tuple.get v0, 1`: an item of a tuple known to be long enough.
    TupleGet(ValueId, u32),
    /// `make.function f1, c2, v0`: a function object from its info constant
    /// `(name, qualname, params)` and a defaults tuple.
    MakeFunction(FuncId, ConstId, ValueId),
    /// `import c0`: a module object by its dotted name.
    Import(ConstId),
    /// `import.from v0, c1`: `from m import name`.
    ImportFrom(ValueId, ConstId),
    /// `exc.catch`: take the raised exception and mark it as being handled.
    ExcCatch,
    /// `exc.fetch`: take the raised exception without marking it.
    ExcFetch,
    /// `exc.done`: leave the innermost exception handler.
    ExcDone,
    /// `exc.current`: the exception being handled (for a bare `raise`);
    /// RuntimeError when there is none.
    ExcCurrent,
    /// `exc.match v0, v1`: `isinstance(exc, types)` for an `except` clause.
    ExcMatch(ValueId, ValueId),
}

/// One outgoing edge: a target block and the values passed to its parameters.
#[derive(Clone, Debug, PartialEq)]
pub struct BlockCall {
    pub block: BlockId,
    pub args: Vec<ValueId>,
}

impl BlockCall {
    /// An edge that passes no values.
    pub fn plain(block: BlockId) -> Self {
        BlockCall {
            block,
            args: Vec::new(),
        }
    }
}

/// The instruction that ends a block.
#[derive(Clone, Debug, PartialEq)]
pub enum Terminator {
    /// `jump b1(v0)`.
    Jump(BlockCall),
    /// `branch v0, b1, b2`: on an unboxed bool.
    Branch {
        cond: ValueId,
        then: BlockCall,
        otherwise: BlockCall,
    },
    /// `return v0` (steals).
    Return(ValueId),
    /// `raise v0 from v1`: raise an exception (instance or class), with an
    /// explicit cause for `raise ... from ...`; steals both.
    Raise(ValueId, Option<ValueId>),
    /// `reraise v0`: re-raise without a new traceback entry (steals).
    Reraise(ValueId),
    /// `for.next %2, b1, b2`: the next item of the iterator held in a slot
    /// goes to b1's single parameter; exhaustion goes to b2.
    ForNext {
        iter: SlotId,
        body: BlockId,
        exit: BlockId,
    },
    /// `unreachable`: control never gets here.
    Unreachable,
}

/// An instruction with its result and source line.
#[derive(Clone, Debug, PartialEq)]
pub struct Inst {
    pub kind: InstKind,
    pub result: Option<ValueId>,
    /// The 1-based source line; 0 for synthetic instructions.
    pub line: u32,
}

impl InstKind {
    /// The text mnemonic.
    pub fn name(&self) -> &'static str {
        match self {
            InstKind::ConstInt(_) => "const.int",
            InstKind::ConstFloat(_) => "const.float",
            InstKind::ConstNone => "const.none",
            InstKind::ConstBool(_) => "const.bool",
            InstKind::ConstPool(_) => "const.pool",
            InstKind::LoadLocal(_) => "load.local",
            InstKind::StoreLocal(..) => "store.local",
            InstKind::DelLocal(_) => "del.local",
            InstKind::LoadGlobal(_) => "load.global",
            InstKind::StoreGlobal(..) => "store.global",
            InstKind::DelGlobal(_) => "del.global",
            InstKind::Dup(_) => "dup",
            InstKind::Decref(_) => "decref",
            InstKind::Binary(..) => "binary",
            InstKind::InPlace(..) => "inplace",
            InstKind::Unary(..) => "unary",
            InstKind::Compare(..) => "compare",
            InstKind::Truthy(_) => "truthy",
            InstKind::Call { .. } => "call",
            InstKind::CallMethod { .. } => "call.method",
            InstKind::GetAttr(..) => "getattr",
            InstKind::GetItem(..) => "getitem",
            InstKind::SetItem(..) => "setitem",
            InstKind::DelItem(..) => "delitem",
            InstKind::BuildList(_) => "build.list",
            InstKind::BuildTuple(_) => "build.tuple",
            InstKind::BuildDict(_) => "build.dict",
            InstKind::BuildSlice(..) => "build.slice",
            InstKind::BuildString(_) => "build.string",
            InstKind::Format(..) => "format",
            InstKind::Convert(..) => "convert",
            InstKind::Iter(_) => "iter",
            InstKind::Unpack(..) => "unpack",
            InstKind::TupleGet(..) => "tuple.get",
            InstKind::MakeFunction(..) => "make.function",
            InstKind::Import(_) => "import",
            InstKind::ImportFrom(..) => "import.from",
            InstKind::ExcCatch => "exc.catch",
            InstKind::ExcFetch => "exc.fetch",
            InstKind::ExcDone => "exc.done",
            InstKind::ExcCurrent => "exc.current",
            InstKind::ExcMatch(..) => "exc.match",
        }
    }

    /// The type of the result, if the instruction has one.
    pub fn result_type(&self) -> Option<Type> {
        match self {
            InstKind::StoreLocal(..)
            | InstKind::DelLocal(_)
            | InstKind::StoreGlobal(..)
            | InstKind::DelGlobal(_)
            | InstKind::Decref(_)
            | InstKind::SetItem(..)
            | InstKind::DelItem(..)
            | InstKind::ExcDone => None,
            InstKind::Truthy(_) | InstKind::ExcMatch(..) => Some(Type::Bool),
            InstKind::ConstInt(_)
            | InstKind::ConstFloat(_)
            | InstKind::ConstNone
            | InstKind::ConstBool(_)
            | InstKind::ConstPool(_)
            | InstKind::LoadLocal(_)
            | InstKind::LoadGlobal(_)
            | InstKind::Dup(_)
            | InstKind::Binary(..)
            | InstKind::InPlace(..)
            | InstKind::Unary(..)
            | InstKind::Compare(..)
            | InstKind::Call { .. }
            | InstKind::CallMethod { .. }
            | InstKind::GetAttr(..)
            | InstKind::GetItem(..)
            | InstKind::BuildList(_)
            | InstKind::BuildTuple(_)
            | InstKind::BuildDict(_)
            | InstKind::BuildSlice(..)
            | InstKind::BuildString(_)
            | InstKind::Format(..)
            | InstKind::Convert(..)
            | InstKind::Iter(_)
            | InstKind::Unpack(..)
            | InstKind::TupleGet(..)
            | InstKind::MakeFunction(..)
            | InstKind::Import(_)
            | InstKind::ImportFrom(..)
            | InstKind::ExcCatch
            | InstKind::ExcFetch
            | InstKind::ExcCurrent => Some(Type::Dyn),
        }
    }

    /// Whether the instruction can raise (and so has an error edge).
    pub fn can_raise(&self) -> bool {
        match self {
            InstKind::ConstInt(_)
            | InstKind::ConstFloat(_)
            | InstKind::ConstNone
            | InstKind::ConstBool(_)
            | InstKind::ConstPool(_)
            | InstKind::StoreLocal(..)
            | InstKind::StoreGlobal(..)
            | InstKind::Dup(_)
            | InstKind::Decref(_)
            | InstKind::TupleGet(..)
            | InstKind::BuildList(_)
            | InstKind::BuildTuple(_)
            | InstKind::BuildSlice(..)
            | InstKind::BuildString(_)
            | InstKind::MakeFunction(..)
            | InstKind::ExcCatch
            | InstKind::ExcFetch
            | InstKind::ExcDone => false,
            InstKind::LoadLocal(_)
            | InstKind::DelLocal(_)
            | InstKind::LoadGlobal(_)
            | InstKind::DelGlobal(_)
            | InstKind::Binary(..)
            | InstKind::InPlace(..)
            | InstKind::Unary(..)
            | InstKind::Compare(..)
            | InstKind::Truthy(_)
            | InstKind::Call { .. }
            | InstKind::CallMethod { .. }
            | InstKind::GetAttr(..)
            | InstKind::GetItem(..)
            | InstKind::SetItem(..)
            | InstKind::DelItem(..)
            | InstKind::BuildDict(_)
            | InstKind::Format(..)
            | InstKind::Convert(..)
            | InstKind::Iter(_)
            | InstKind::Unpack(..)
            | InstKind::Import(_)
            | InstKind::ImportFrom(..)
            | InstKind::ExcCurrent
            | InstKind::ExcMatch(..) => true,
        }
    }

    /// The value operands, in order.
    pub fn operands(&self) -> Vec<ValueId> {
        self.clone()
            .operands_mut()
            .into_iter()
            .map(|v| *v)
            .collect()
    }

    /// The value operands, in order, for rewriting.
    pub fn operands_mut(&mut self) -> Vec<&mut ValueId> {
        match self {
            InstKind::ConstInt(_)
            | InstKind::ConstFloat(_)
            | InstKind::ConstNone
            | InstKind::ConstBool(_)
            | InstKind::ConstPool(_)
            | InstKind::LoadLocal(_)
            | InstKind::DelLocal(_)
            | InstKind::LoadGlobal(_)
            | InstKind::DelGlobal(_)
            | InstKind::Import(_)
            | InstKind::ExcCatch
            | InstKind::ExcFetch
            | InstKind::ExcCurrent
            | InstKind::ExcDone => vec![],
            InstKind::StoreLocal(_, v)
            | InstKind::StoreGlobal(_, v)
            | InstKind::Dup(v)
            | InstKind::Decref(v)
            | InstKind::Unary(_, v)
            | InstKind::Truthy(v)
            | InstKind::GetAttr(v, _)
            | InstKind::Convert(_, v)
            | InstKind::Iter(v)
            | InstKind::Unpack(v, _)
            | InstKind::TupleGet(v, _)
            | InstKind::MakeFunction(_, _, v)
            | InstKind::ImportFrom(v, _) => vec![v],
            InstKind::Binary(_, a, b)
            | InstKind::InPlace(_, a, b)
            | InstKind::Compare(_, a, b)
            | InstKind::GetItem(a, b)
            | InstKind::DelItem(a, b)
            | InstKind::Format(a, b)
            | InstKind::ExcMatch(a, b) => vec![a, b],
            InstKind::SetItem(a, b, c) | InstKind::BuildSlice(a, b, c) => vec![a, b, c],
            InstKind::Call { callee, args, .. } => {
                let mut all = vec![callee];
                all.extend(args.iter_mut());
                all
            }
            InstKind::CallMethod { obj, args, .. } => {
                let mut all = vec![obj];
                all.extend(args.iter_mut());
                all
            }
            InstKind::BuildList(items)
            | InstKind::BuildTuple(items)
            | InstKind::BuildDict(items)
            | InstKind::BuildString(items) => items.iter_mut().collect(),
        }
    }

    /// The operands whose reference the instruction takes over.
    pub fn stolen(&self) -> Option<ValueId> {
        match self {
            InstKind::StoreLocal(_, v) | InstKind::StoreGlobal(_, v) | InstKind::Decref(v) => {
                Some(*v)
            }
            InstKind::ConstInt(_)
            | InstKind::ConstFloat(_)
            | InstKind::ConstNone
            | InstKind::ConstBool(_)
            | InstKind::ConstPool(_)
            | InstKind::LoadLocal(_)
            | InstKind::DelLocal(_)
            | InstKind::LoadGlobal(_)
            | InstKind::DelGlobal(_)
            | InstKind::Dup(_)
            | InstKind::Binary(..)
            | InstKind::InPlace(..)
            | InstKind::Unary(..)
            | InstKind::Compare(..)
            | InstKind::Truthy(_)
            | InstKind::Call { .. }
            | InstKind::CallMethod { .. }
            | InstKind::GetAttr(..)
            | InstKind::GetItem(..)
            | InstKind::SetItem(..)
            | InstKind::DelItem(..)
            | InstKind::BuildList(_)
            | InstKind::BuildTuple(_)
            | InstKind::BuildDict(_)
            | InstKind::BuildSlice(..)
            | InstKind::BuildString(_)
            | InstKind::Format(..)
            | InstKind::Convert(..)
            | InstKind::Iter(_)
            | InstKind::Unpack(..)
            | InstKind::TupleGet(..)
            | InstKind::MakeFunction(..)
            | InstKind::Import(_)
            | InstKind::ImportFrom(..)
            | InstKind::ExcCatch
            | InstKind::ExcFetch
            | InstKind::ExcDone
            | InstKind::ExcCurrent
            | InstKind::ExcMatch(..) => None,
        }
    }
}

impl Terminator {
    /// The value operands, in order (edge arguments included).
    pub fn operands(&self) -> Vec<ValueId> {
        self.clone()
            .operands_mut()
            .into_iter()
            .map(|v| *v)
            .collect()
    }

    /// The value operands, in order (edge arguments included), for rewriting.
    pub fn operands_mut(&mut self) -> Vec<&mut ValueId> {
        match self {
            Terminator::Jump(call) => call.args.iter_mut().collect(),
            Terminator::Branch {
                cond,
                then,
                otherwise,
            } => {
                let mut all = vec![cond];
                all.extend(then.args.iter_mut());
                all.extend(otherwise.args.iter_mut());
                all
            }
            Terminator::Return(v) | Terminator::Reraise(v) => vec![v],
            Terminator::Raise(v, cause) => {
                let mut all = vec![v];
                all.extend(cause.as_mut());
                all
            }
            Terminator::ForNext { .. } | Terminator::Unreachable => vec![],
        }
    }

    /// The operands whose references the terminator takes over: edge
    /// arguments, returned and raised values.
    pub fn stolen(&self) -> Vec<ValueId> {
        match self {
            Terminator::Jump(call) => call.args.clone(),
            Terminator::Branch {
                then, otherwise, ..
            } => {
                let mut all = then.args.clone();
                all.extend(&otherwise.args);
                all
            }
            Terminator::Return(_) | Terminator::Reraise(_) | Terminator::Raise(..) => {
                self.operands()
            }
            Terminator::ForNext { .. } | Terminator::Unreachable => vec![],
        }
    }

    /// Whether leaving the block through this terminator can raise.
    pub fn can_raise(&self) -> bool {
        match self {
            Terminator::Raise(..) | Terminator::Reraise(_) | Terminator::ForNext { .. } => true,
            Terminator::Jump(_)
            | Terminator::Branch { .. }
            | Terminator::Return(_)
            | Terminator::Unreachable => false,
        }
    }

    /// The successor blocks, in order.
    pub fn successors(&self) -> Vec<BlockId> {
        match self {
            Terminator::Jump(call) => vec![call.block],
            Terminator::Branch {
                then, otherwise, ..
            } => vec![then.block, otherwise.block],
            Terminator::ForNext { body, exit, .. } => vec![*body, *exit],
            Terminator::Return(_)
            | Terminator::Raise(..)
            | Terminator::Reraise(_)
            | Terminator::Unreachable => vec![],
        }
    }
}
