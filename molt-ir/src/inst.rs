//! The instruction set. Every instruction is declared once here: its text
//! mnemonic ([`Opcode`]), its operand syntax ([`InstKind::syntax`], walked by
//! both the printer and the reader), its result type, whether it can raise,
//! which operands it steals, and a one-line doc. Matches over [`InstKind`],
//! [`Opcode`] and [`Terminator`] are exhaustive everywhere, so a new opcode
//! breaks the build where it needs care.
//!
//! Ownership: every `dyn` result is a new (owned) reference; operands are
//! borrowed unless listed by [`InstKind::stolen`]. Raising instructions branch,
//! on error, to their block's handler (or the function's exit) after the
//! values owned at that point are released.

use crate::entities::{BlockId, ConstId, FuncId, GlobalId, SlotId, ValueId};
use crate::types::Type;

/// Text names of a fieldless enum, shared by the printer and the reader.
pub trait OpName: Copy + 'static {
    /// Every variant, in declaration order.
    const ALL: &'static [Self];

    /// The text form used by the printer and the reader.
    fn name(self) -> &'static str;

    /// The variant with the given text form.
    fn from_name(text: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|op| op.name() == text)
    }
}

macro_rules! op_enum {
    ($(#[$doc:meta])* $name:ident { $($variant:ident => $text:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name { $($variant),* }

        impl OpName for $name {
            const ALL: &'static [$name] = &[$($name::$variant),*];

            fn name(self) -> &'static str {
                match self { $($name::$variant => $text),* }
            }
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = <$name as OpName>::ALL;

            /// The text form used by the printer and the reader.
            pub fn name(self) -> &'static str {
                OpName::name(self)
            }

            /// The variant with the given text form.
            pub fn from_name(text: &str) -> Option<Self> {
                <$name as OpName>::from_name(text)
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

op_enum!(
    /// The mnemonic of each [`InstKind`] variant, of the same name: the
    /// printer writes it and the reader looks it up ([`Opcode::template`]).
    Opcode {
        ConstInt => "const.int",
        ConstFloat => "const.float",
        ConstNone => "const.none",
        ConstBool => "const.bool",
        ConstPool => "const.pool",
        LoadLocal => "load.local",
        StoreLocal => "store.local",
        DelLocal => "del.local",
        LoadGlobal => "load.global",
        StoreGlobal => "store.global",
        DelGlobal => "del.global",
        CellNew => "cell.new",
        LoadDeref => "load.deref",
        StoreDeref => "store.deref",
        DelDeref => "del.deref",
        Dup => "dup",
        Decref => "decref",
        Binary => "binary",
        InPlace => "inplace",
        UpdateLocal => "update.local",
        InPlaceLocal => "inplace.local",
        Unary => "unary",
        Compare => "compare",
        CompareBool => "compare.bool",
        Truthy => "truthy",
        Call => "call",
        CallMethod => "call.method",
        CallUnpack => "call.unpack",
        GetAttr => "getattr",
        SetAttr => "setattr",
        DelAttr => "delattr",
        GetItem => "getitem",
        SetItem => "setitem",
        DelItem => "delitem",
        BuildList => "build.list",
        BuildTuple => "build.tuple",
        BuildDict => "build.dict",
        BuildSet => "build.set",
        SetAdd => "set.add",
        BuildSlice => "build.slice",
        BuildString => "build.string",
        ListAppend => "list.append",
        ListExtend => "list.extend",
        ListToTuple => "list.totuple",
        DictUpdate => "dict.update",
        Format => "format",
        Convert => "convert",
        Iter => "iter",
        Unpack => "unpack",
        UnpackEx => "unpack.ex",
        MatchSeq => "match.seq",
        MatchSeqStar => "match.seqstar",
        MatchMap => "match.map",
        TupleGet => "tuple.get",
        MakeFunction => "make.function",
        Import => "import",
        ImportFrom => "import.from",
        ExcCatch => "exc.catch",
        ExcFetch => "exc.fetch",
        ExcDone => "exc.done",
        ExcCurrent => "exc.current",
        ExcMatch => "exc.match",
        ExcSplit => "exc.split",
        ExcPrepReraise => "exc.prep_reraise",
        ModuleGlobals => "module.globals",
        LocalsSync => "locals.sync",
        LocalsSyncDeref => "locals.sync.deref",
        LocalsDrop => "locals.drop",
    }
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
    /// `cell.new`: an empty cell, for a variable that inner functions capture.
    CellNew,
    /// `load.deref %0`: read the variable in the cell held by a slot;
    /// raises UnboundLocalError (NameError for a free variable) if empty.
    LoadDeref(SlotId),
    /// `store.deref %0, v1`: bind the variable in a cell (steals the value).
    StoreDeref(SlotId, ValueId),
    /// `del.deref %0`: unbind the variable in a cell; raises like `load.deref`.
    DelDeref(SlotId),
    /// `dup v1`: a new reference to the same object.
    Dup(ValueId),
    /// `decref v1`: drop one reference.
    Decref(ValueId),
    /// `binary add v1, v2`: `a + b` and friends.
    Binary(BinOp, ValueId, ValueId),
    /// `inplace add v1, v2`: `a += b` and friends.
    InPlace(BinOp, ValueId, ValueId),
    /// `update.local add %0, v1`: `x = x + v1` for a local `x` that holds
    /// a value, with the slot's own reference handed to the operation (so
    /// a str only the slot refers to can grow in place). On error the slot
    /// keeps its value.
    UpdateLocal(BinOp, SlotId, ValueId),
    /// `inplace.local add %0, v1`: `x += v1` for a local `x`, like
    /// `update.local` but with the in-place operator.
    InPlaceLocal(BinOp, SlotId, ValueId),
    /// `unary neg v1`.
    Unary(UnOp, ValueId),
    /// `compare lt v1, v2`: a single comparison, result boxed.
    Compare(CmpOp, ValueId, ValueId),
    /// `compare.bool lt v1, v2`: the truth of a comparison as an unboxed
    /// bool (`compare` then `truthy`, fused).
    CompareBool(CmpOp, ValueId, ValueId),
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
    /// `call.unpack v0(v1, v2; c3)`: a call with `*` or `**` arguments; the
    /// layout tuple constant says what each argument is: None (positional),
    /// `"*"` (an iterable to spread), a str (a keyword's name) or `"**"` (a
    /// mapping to spread).
    CallUnpack {
        callee: ValueId,
        args: Vec<ValueId>,
        layout: ConstId,
    },
    /// `getattr v0, c1`.
    GetAttr(ValueId, ConstId),
    /// `setattr v0, c1, v2`: `obj.name = value`.
    SetAttr(ValueId, ConstId, ValueId),
    /// `delattr v0, c1`: `del obj.name`.
    DelAttr(ValueId, ConstId),
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
    /// `build.set v0, v1`: raises TypeError for an unhashable item.
    BuildSet(Vec<ValueId>),
    /// `set.add v0, v1`: add to a set being built (a display or a
    /// comprehension); TypeError for an unhashable item.
    SetAdd(ValueId, ValueId),
    /// `build.slice v0, v1, v2`: `slice(a, b, c)`; absent parts are None.
    BuildSlice(ValueId, ValueId, ValueId),
    /// `build.string v0, v1`: concatenate str pieces (f-strings).
    BuildString(Vec<ValueId>),
    /// `list.append v0, v1`: append to a list being built (a display or a
    /// comprehension).
    ListAppend(ValueId, ValueId),
    /// `list.extend v0, v1`: `[*v1]` into a list being built; TypeError
    /// when v1 is not iterable.
    ListExtend(ValueId, ValueId),
    /// `list.totuple v0`: a tuple of a list's items.
    ListToTuple(ValueId),
    /// `dict.update v0, v1`: `{**v1}` into a dict being built; TypeError
    /// when v1 is not a mapping.
    DictUpdate(ValueId, ValueId),
    /// `format v0, v1`: `format(value, spec)`.
    Format(ValueId, ValueId),
    /// `convert repr v0`: `str(v)`, `repr(v)` or `ascii(v)`.
    Convert(Conversion, ValueId),
    /// `iter v0`: `iter(v)`.
    Iter(ValueId),
    /// `unpack v0, 3`: the items of an iterable with exactly n of them, as a tuple.
    Unpack(ValueId, u32),
    /// `unpack.ex v0, 1, 2`: `a, *b, c, d = v0`: a tuple of the first
    /// items, a list of the middle ones and the last items.
    UnpackEx(ValueId, u32, u32),
    /// `match.seq v0, 2`: `case [p0, p1]`: None unless v0 is a sequence of
    /// exactly 2 items, else a tuple of them.
    MatchSeq(ValueId, u32),
    /// `match.seqstar v0, 1, 2`: `case [p0, *ps, p1, p2]`: None unless v0
    /// is a sequence of at least 3 items, else a tuple of the first item,
    /// a list of the middle ones and the last 2.
    MatchSeqStar(ValueId, u32, u32),
    /// `match.map v0, v1, 1`: `case {k0: p0, **rest}` with the keys tuple
    /// v1: None unless v0 is a mapping with every key, else a tuple of the
    /// values (then, when the flag is 1, a dict of the other items).
    MatchMap(ValueId, ValueId, u32),
    /// `tuple.get v0, 1`: an item of a tuple known to be long enough.
    TupleGet(ValueId, u32),
    /// `make.function f1, c2, v0, v1, v2, v3`: a function object for f1 from
    /// its info constant (see `molt_make_function`), its defaults tuple,
    /// keyword-only defaults (dict or None), closure (tuple of cells or
    /// None) and annotations (dict or None).
    MakeFunction {
        func: FuncId,
        info: ConstId,
        defaults: ValueId,
        kwdefaults: ValueId,
        closure: ValueId,
        annotations: ValueId,
    },
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
    /// `exc.split v0, v1`: one `except* types` clause against what is still
    /// unhandled: the tuple `(match, rest)` (see `molt_exc_group_split`);
    /// a match becomes the exception being handled.
    ExcSplit(ValueId, ValueId),
    /// `exc.prep_reraise v0, v1`: what an `except*` statement raises at its
    /// end, from the exception it caught and the list of what its clauses
    /// raised followed by the unmatched rest; None when nothing is left.
    ExcPrepReraise(ValueId, ValueId),
    /// `module.globals`: the module's namespace dict (`globals()`).
    ModuleGlobals,
    /// `locals.sync v0, c1, %2`: set key c1 of the dict v0 to the local in
    /// slot %2, or delete the key when the local is unbound (`locals()`).
    LocalsSync(ValueId, ConstId, SlotId),
    /// `locals.sync.deref v0, c1, %2`: `locals.sync` for the variable in
    /// the cell held by slot %2.
    LocalsSyncDeref(ValueId, ConstId, SlotId),
    /// `locals.drop v0, c1`: delete key c1 of the dict v0 if present (a
    /// variable whose comprehension is not running).
    LocalsDrop(ValueId, ConstId),
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

op_enum!(
    /// The mnemonic of each [`Terminator`] variant, of the same name.
    TermOpcode {
        Jump => "jump", Branch => "branch", Return => "return", Raise => "raise",
        Reraise => "reraise", ForNext => "for.next", Yield => "yield",
        YieldFrom => "yield.from", Unreachable => "unreachable",
    }
);

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
    /// `yield v0, b1`: suspend the generator, handing v0 (stolen) to the
    /// caller. Resuming continues at b1, whose single parameter is the sent
    /// value; a `throw()` raises its exception here instead.
    Yield { value: ValueId, resume: BlockId },
    /// `yield.from %2, v0, b1, b2`: send v0 (stolen) into the subiterator
    /// held in a slot (`throw()`s are passed on to it). When it yields, the
    /// generator yields that value and resumes at b1 with the next sent
    /// value; when it finishes, b2 gets its return value.
    YieldFrom {
        iter: SlotId,
        sent: ValueId,
        resume: BlockId,
        done: BlockId,
    },
    /// `unreachable`: control never gets here.
    Unreachable,
}

/// The text syntax of operands, declared once per instruction by
/// [`InstKind::syntax`] and [`Terminator::syntax`] and walked in both
/// directions: the printer implements it by writing each field, the reader
/// by parsing each field in place.
///
/// `punct` is literal text between operands (`", "`, `"("`); the first
/// thing an instruction writes is separated from its mnemonic by a space.
pub trait OperandSyntax {
    type Error;
    fn punct(&mut self, text: &'static str) -> Result<(), Self::Error>;
    fn value(&mut self, v: &mut ValueId) -> Result<(), Self::Error>;
    /// Zero or more values separated by `", "`.
    fn values(&mut self, vs: &mut Vec<ValueId>) -> Result<(), Self::Error>;
    fn slot(&mut self, s: &mut SlotId) -> Result<(), Self::Error>;
    fn global(&mut self, g: &mut GlobalId) -> Result<(), Self::Error>;
    fn constant(&mut self, c: &mut ConstId) -> Result<(), Self::Error>;
    fn function(&mut self, f: &mut FuncId) -> Result<(), Self::Error>;
    fn block(&mut self, b: &mut BlockId) -> Result<(), Self::Error>;
    /// `b1` or `b1(v0, v2)`.
    fn block_call(&mut self, call: &mut BlockCall) -> Result<(), Self::Error>;
    fn int(&mut self, n: &mut i64) -> Result<(), Self::Error>;
    fn count(&mut self, n: &mut u32) -> Result<(), Self::Error>;
    /// A float's IEEE bits, as `0x` and 16 hex digits.
    fn float_bits(&mut self, bits: &mut u64) -> Result<(), Self::Error>;
    fn boolean(&mut self, b: &mut bool) -> Result<(), Self::Error>;
    fn op<T: OpName>(&mut self, op: &mut T) -> Result<(), Self::Error>;
    /// `prefix` and a value when present, nothing when absent.
    fn optional_value(
        &mut self,
        prefix: &'static str,
        v: &mut Option<ValueId>,
    ) -> Result<(), Self::Error>;
    /// `prefix` and a constant when present, nothing when absent.
    fn optional_constant(
        &mut self,
        prefix: &'static str,
        c: &mut Option<ConstId>,
    ) -> Result<(), Self::Error>;
}

impl Opcode {
    /// An instruction of this opcode with placeholder operands, which the
    /// reader overwrites through [`InstKind::syntax`].
    pub fn template(self) -> InstKind {
        let v = ValueId(0);
        let c = ConstId(0);
        match self {
            Opcode::ConstInt => InstKind::ConstInt(0),
            Opcode::ConstFloat => InstKind::ConstFloat(0),
            Opcode::ConstNone => InstKind::ConstNone,
            Opcode::ConstBool => InstKind::ConstBool(false),
            Opcode::ConstPool => InstKind::ConstPool(c),
            Opcode::LoadLocal => InstKind::LoadLocal(SlotId(0)),
            Opcode::StoreLocal => InstKind::StoreLocal(SlotId(0), v),
            Opcode::DelLocal => InstKind::DelLocal(SlotId(0)),
            Opcode::LoadGlobal => InstKind::LoadGlobal(GlobalId(0)),
            Opcode::StoreGlobal => InstKind::StoreGlobal(GlobalId(0), v),
            Opcode::DelGlobal => InstKind::DelGlobal(GlobalId(0)),
            Opcode::CellNew => InstKind::CellNew,
            Opcode::LoadDeref => InstKind::LoadDeref(SlotId(0)),
            Opcode::StoreDeref => InstKind::StoreDeref(SlotId(0), v),
            Opcode::DelDeref => InstKind::DelDeref(SlotId(0)),
            Opcode::Dup => InstKind::Dup(v),
            Opcode::Decref => InstKind::Decref(v),
            Opcode::Binary => InstKind::Binary(BinOp::Add, v, v),
            Opcode::InPlace => InstKind::InPlace(BinOp::Add, v, v),
            Opcode::UpdateLocal => InstKind::UpdateLocal(BinOp::Add, SlotId(0), v),
            Opcode::InPlaceLocal => InstKind::InPlaceLocal(BinOp::Add, SlotId(0), v),
            Opcode::Unary => InstKind::Unary(UnOp::Neg, v),
            Opcode::Compare => InstKind::Compare(CmpOp::Eq, v, v),
            Opcode::CompareBool => InstKind::CompareBool(CmpOp::Eq, v, v),
            Opcode::Truthy => InstKind::Truthy(v),
            Opcode::Call => InstKind::Call {
                callee: v,
                args: Vec::new(),
                kwnames: None,
            },
            Opcode::CallMethod => InstKind::CallMethod {
                obj: v,
                name: c,
                args: Vec::new(),
                kwnames: None,
            },
            Opcode::CallUnpack => InstKind::CallUnpack {
                callee: v,
                args: Vec::new(),
                layout: c,
            },
            Opcode::GetAttr => InstKind::GetAttr(v, c),
            Opcode::SetAttr => InstKind::SetAttr(v, c, v),
            Opcode::DelAttr => InstKind::DelAttr(v, c),
            Opcode::GetItem => InstKind::GetItem(v, v),
            Opcode::SetItem => InstKind::SetItem(v, v, v),
            Opcode::DelItem => InstKind::DelItem(v, v),
            Opcode::BuildList => InstKind::BuildList(Vec::new()),
            Opcode::BuildTuple => InstKind::BuildTuple(Vec::new()),
            Opcode::BuildDict => InstKind::BuildDict(Vec::new()),
            Opcode::BuildSet => InstKind::BuildSet(Vec::new()),
            Opcode::SetAdd => InstKind::SetAdd(v, v),
            Opcode::BuildSlice => InstKind::BuildSlice(v, v, v),
            Opcode::BuildString => InstKind::BuildString(Vec::new()),
            Opcode::Format => InstKind::Format(v, v),
            Opcode::Convert => InstKind::Convert(Conversion::Str, v),
            Opcode::Iter => InstKind::Iter(v),
            Opcode::Unpack => InstKind::Unpack(v, 0),
            Opcode::UnpackEx => InstKind::UnpackEx(v, 0, 0),
            Opcode::MatchSeq => InstKind::MatchSeq(v, 0),
            Opcode::MatchSeqStar => InstKind::MatchSeqStar(v, 0, 0),
            Opcode::MatchMap => InstKind::MatchMap(v, v, 0),
            Opcode::ListAppend => InstKind::ListAppend(v, v),
            Opcode::ListExtend => InstKind::ListExtend(v, v),
            Opcode::ListToTuple => InstKind::ListToTuple(v),
            Opcode::DictUpdate => InstKind::DictUpdate(v, v),
            Opcode::TupleGet => InstKind::TupleGet(v, 0),
            Opcode::MakeFunction => InstKind::MakeFunction {
                func: FuncId(0),
                info: c,
                defaults: v,
                kwdefaults: v,
                closure: v,
                annotations: v,
            },
            Opcode::Import => InstKind::Import(c),
            Opcode::ImportFrom => InstKind::ImportFrom(v, c),
            Opcode::ExcCatch => InstKind::ExcCatch,
            Opcode::ExcFetch => InstKind::ExcFetch,
            Opcode::ExcDone => InstKind::ExcDone,
            Opcode::ExcCurrent => InstKind::ExcCurrent,
            Opcode::ExcMatch => InstKind::ExcMatch(v, v),
            Opcode::ExcSplit => InstKind::ExcSplit(v, v),
            Opcode::ExcPrepReraise => InstKind::ExcPrepReraise(v, v),
            Opcode::ModuleGlobals => InstKind::ModuleGlobals,
            Opcode::LocalsSync => InstKind::LocalsSync(v, c, SlotId(0)),
            Opcode::LocalsSyncDeref => InstKind::LocalsSyncDeref(v, c, SlotId(0)),
            Opcode::LocalsDrop => InstKind::LocalsDrop(v, c),
        }
    }
}

impl TermOpcode {
    /// A terminator of this opcode with placeholder operands, which the
    /// reader overwrites through [`Terminator::syntax`].
    pub fn template(self) -> Terminator {
        let v = ValueId(0);
        let call = || BlockCall::plain(BlockId(0));
        match self {
            TermOpcode::Jump => Terminator::Jump(call()),
            TermOpcode::Branch => Terminator::Branch {
                cond: v,
                then: call(),
                otherwise: call(),
            },
            TermOpcode::Return => Terminator::Return(v),
            TermOpcode::Raise => Terminator::Raise(v, None),
            TermOpcode::Reraise => Terminator::Reraise(v),
            TermOpcode::ForNext => Terminator::ForNext {
                iter: SlotId(0),
                body: BlockId(0),
                exit: BlockId(0),
            },
            TermOpcode::Yield => Terminator::Yield {
                value: v,
                resume: BlockId(0),
            },
            TermOpcode::YieldFrom => Terminator::YieldFrom {
                iter: SlotId(0),
                sent: v,
                resume: BlockId(0),
                done: BlockId(0),
            },
            TermOpcode::Unreachable => Terminator::Unreachable,
        }
    }
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
    /// The opcode, which names the instruction in the text form.
    pub fn opcode(&self) -> Opcode {
        match self {
            InstKind::ConstInt(..) => Opcode::ConstInt,
            InstKind::ConstFloat(..) => Opcode::ConstFloat,
            InstKind::ConstNone => Opcode::ConstNone,
            InstKind::ConstBool(..) => Opcode::ConstBool,
            InstKind::ConstPool(..) => Opcode::ConstPool,
            InstKind::LoadLocal(..) => Opcode::LoadLocal,
            InstKind::StoreLocal(..) => Opcode::StoreLocal,
            InstKind::DelLocal(..) => Opcode::DelLocal,
            InstKind::LoadGlobal(..) => Opcode::LoadGlobal,
            InstKind::StoreGlobal(..) => Opcode::StoreGlobal,
            InstKind::DelGlobal(..) => Opcode::DelGlobal,
            InstKind::CellNew => Opcode::CellNew,
            InstKind::LoadDeref(..) => Opcode::LoadDeref,
            InstKind::StoreDeref(..) => Opcode::StoreDeref,
            InstKind::DelDeref(..) => Opcode::DelDeref,
            InstKind::Dup(..) => Opcode::Dup,
            InstKind::Decref(..) => Opcode::Decref,
            InstKind::Binary(..) => Opcode::Binary,
            InstKind::InPlace(..) => Opcode::InPlace,
            InstKind::UpdateLocal(..) => Opcode::UpdateLocal,
            InstKind::InPlaceLocal(..) => Opcode::InPlaceLocal,
            InstKind::Unary(..) => Opcode::Unary,
            InstKind::Compare(..) => Opcode::Compare,
            InstKind::CompareBool(..) => Opcode::CompareBool,
            InstKind::Truthy(..) => Opcode::Truthy,
            InstKind::Call { .. } => Opcode::Call,
            InstKind::CallMethod { .. } => Opcode::CallMethod,
            InstKind::CallUnpack { .. } => Opcode::CallUnpack,
            InstKind::GetAttr(..) => Opcode::GetAttr,
            InstKind::SetAttr(..) => Opcode::SetAttr,
            InstKind::DelAttr(..) => Opcode::DelAttr,
            InstKind::GetItem(..) => Opcode::GetItem,
            InstKind::SetItem(..) => Opcode::SetItem,
            InstKind::DelItem(..) => Opcode::DelItem,
            InstKind::BuildList(..) => Opcode::BuildList,
            InstKind::BuildTuple(..) => Opcode::BuildTuple,
            InstKind::BuildDict(..) => Opcode::BuildDict,
            InstKind::BuildSet(..) => Opcode::BuildSet,
            InstKind::SetAdd(..) => Opcode::SetAdd,
            InstKind::BuildSlice(..) => Opcode::BuildSlice,
            InstKind::BuildString(..) => Opcode::BuildString,
            InstKind::Format(..) => Opcode::Format,
            InstKind::Convert(..) => Opcode::Convert,
            InstKind::Iter(..) => Opcode::Iter,
            InstKind::Unpack(..) => Opcode::Unpack,
            InstKind::UnpackEx(..) => Opcode::UnpackEx,
            InstKind::MatchSeq(..) => Opcode::MatchSeq,
            InstKind::MatchSeqStar(..) => Opcode::MatchSeqStar,
            InstKind::MatchMap(..) => Opcode::MatchMap,
            InstKind::ListAppend(..) => Opcode::ListAppend,
            InstKind::ListExtend(..) => Opcode::ListExtend,
            InstKind::ListToTuple(..) => Opcode::ListToTuple,
            InstKind::DictUpdate(..) => Opcode::DictUpdate,
            InstKind::TupleGet(..) => Opcode::TupleGet,
            InstKind::MakeFunction { .. } => Opcode::MakeFunction,
            InstKind::Import(..) => Opcode::Import,
            InstKind::ImportFrom(..) => Opcode::ImportFrom,
            InstKind::ExcCatch => Opcode::ExcCatch,
            InstKind::ExcFetch => Opcode::ExcFetch,
            InstKind::ExcDone => Opcode::ExcDone,
            InstKind::ExcCurrent => Opcode::ExcCurrent,
            InstKind::ExcMatch(..) => Opcode::ExcMatch,
            InstKind::ExcSplit(..) => Opcode::ExcSplit,
            InstKind::ExcPrepReraise(..) => Opcode::ExcPrepReraise,
            InstKind::ModuleGlobals => Opcode::ModuleGlobals,
            InstKind::LocalsSync(..) => Opcode::LocalsSync,
            InstKind::LocalsSyncDeref(..) => Opcode::LocalsSyncDeref,
            InstKind::LocalsDrop(..) => Opcode::LocalsDrop,
        }
    }

    /// The text mnemonic.
    pub fn name(&self) -> &'static str {
        self.opcode().name()
    }

    /// Walks the operands in text order (after the mnemonic): the one
    /// declaration of the instruction's syntax, for the printer and the reader.
    pub fn syntax<S: OperandSyntax>(&mut self, s: &mut S) -> Result<(), S::Error> {
        match self {
            InstKind::ConstNone
            | InstKind::CellNew
            | InstKind::ExcCatch
            | InstKind::ExcFetch
            | InstKind::ExcDone
            | InstKind::ExcCurrent
            | InstKind::ModuleGlobals => Ok(()),
            InstKind::ConstInt(n) => s.int(n),
            InstKind::ConstFloat(bits) => s.float_bits(bits),
            InstKind::ConstBool(b) => s.boolean(b),
            InstKind::ConstPool(c) | InstKind::Import(c) => s.constant(c),
            InstKind::LoadLocal(slot)
            | InstKind::DelLocal(slot)
            | InstKind::LoadDeref(slot)
            | InstKind::DelDeref(slot) => s.slot(slot),
            InstKind::LoadGlobal(g) | InstKind::DelGlobal(g) => s.global(g),
            InstKind::StoreLocal(slot, v) | InstKind::StoreDeref(slot, v) => {
                s.slot(slot)?;
                s.punct(", ")?;
                s.value(v)
            }
            InstKind::StoreGlobal(g, v) => {
                s.global(g)?;
                s.punct(", ")?;
                s.value(v)
            }
            InstKind::Dup(v)
            | InstKind::Decref(v)
            | InstKind::Truthy(v)
            | InstKind::Iter(v)
            | InstKind::ListToTuple(v) => s.value(v),
            InstKind::Binary(op, a, b) | InstKind::InPlace(op, a, b) => {
                s.op(op)?;
                s.punct(" ")?;
                two_values(s, a, b)
            }
            InstKind::Compare(op, a, b) | InstKind::CompareBool(op, a, b) => {
                s.op(op)?;
                s.punct(" ")?;
                two_values(s, a, b)
            }
            InstKind::UpdateLocal(op, slot, v) | InstKind::InPlaceLocal(op, slot, v) => {
                s.op(op)?;
                s.punct(" ")?;
                s.slot(slot)?;
                s.punct(", ")?;
                s.value(v)
            }
            InstKind::Unary(op, v) => {
                s.op(op)?;
                s.punct(" ")?;
                s.value(v)
            }
            InstKind::Convert(conv, v) => {
                s.op(conv)?;
                s.punct(" ")?;
                s.value(v)
            }
            InstKind::Call {
                callee,
                args,
                kwnames,
            } => {
                s.value(callee)?;
                call_args(s, args, kwnames)
            }
            InstKind::CallMethod {
                obj,
                name,
                args,
                kwnames,
            } => {
                s.value(obj)?;
                s.punct(".")?;
                s.constant(name)?;
                call_args(s, args, kwnames)
            }
            InstKind::CallUnpack {
                callee,
                args,
                layout,
            } => {
                s.value(callee)?;
                s.punct("(")?;
                s.values(args)?;
                s.punct("; ")?;
                s.constant(layout)?;
                s.punct(")")
            }
            InstKind::SetAttr(o, c, v) => {
                s.value(o)?;
                s.punct(", ")?;
                s.constant(c)?;
                s.punct(", ")?;
                s.value(v)
            }
            InstKind::LocalsSync(v, c, slot) | InstKind::LocalsSyncDeref(v, c, slot) => {
                s.value(v)?;
                s.punct(", ")?;
                s.constant(c)?;
                s.punct(", ")?;
                s.slot(slot)
            }
            InstKind::GetAttr(v, c)
            | InstKind::DelAttr(v, c)
            | InstKind::ImportFrom(v, c)
            | InstKind::LocalsDrop(v, c) => {
                s.value(v)?;
                s.punct(", ")?;
                s.constant(c)
            }
            InstKind::GetItem(a, b)
            | InstKind::DelItem(a, b)
            | InstKind::Format(a, b)
            | InstKind::ListAppend(a, b)
            | InstKind::ListExtend(a, b)
            | InstKind::DictUpdate(a, b)
            | InstKind::SetAdd(a, b)
            | InstKind::ExcMatch(a, b)
            | InstKind::ExcSplit(a, b)
            | InstKind::ExcPrepReraise(a, b) => two_values(s, a, b),
            InstKind::MatchMap(a, b, flag) => {
                two_values(s, a, b)?;
                s.punct(", ")?;
                s.count(flag)
            }
            InstKind::UnpackEx(v, before, after) | InstKind::MatchSeqStar(v, before, after) => {
                s.value(v)?;
                s.punct(", ")?;
                s.count(before)?;
                s.punct(", ")?;
                s.count(after)
            }
            InstKind::SetItem(a, b, c) | InstKind::BuildSlice(a, b, c) => {
                two_values(s, a, b)?;
                s.punct(", ")?;
                s.value(c)
            }
            InstKind::BuildList(items)
            | InstKind::BuildTuple(items)
            | InstKind::BuildDict(items)
            | InstKind::BuildSet(items)
            | InstKind::BuildString(items) => s.values(items),
            InstKind::Unpack(v, n) | InstKind::TupleGet(v, n) | InstKind::MatchSeq(v, n) => {
                s.value(v)?;
                s.punct(", ")?;
                s.count(n)
            }
            InstKind::MakeFunction {
                func,
                info,
                defaults,
                kwdefaults,
                closure,
                annotations,
            } => {
                s.function(func)?;
                s.punct(", ")?;
                s.constant(info)?;
                s.punct(", ")?;
                two_values(s, defaults, kwdefaults)?;
                s.punct(", ")?;
                two_values(s, closure, annotations)
            }
        }
    }

    /// The type of the result, if the instruction has one.
    pub fn result_type(&self) -> Option<Type> {
        match self {
            InstKind::StoreLocal(..)
            | InstKind::DelLocal(_)
            | InstKind::StoreGlobal(..)
            | InstKind::DelGlobal(_)
            | InstKind::StoreDeref(..)
            | InstKind::UpdateLocal(..)
            | InstKind::InPlaceLocal(..)
            | InstKind::DelDeref(_)
            | InstKind::Decref(_)
            | InstKind::SetItem(..)
            | InstKind::SetAttr(..)
            | InstKind::DelAttr(..)
            | InstKind::DelItem(..)
            | InstKind::ListAppend(..)
            | InstKind::SetAdd(..)
            | InstKind::ListExtend(..)
            | InstKind::DictUpdate(..)
            | InstKind::LocalsSync(..)
            | InstKind::LocalsSyncDeref(..)
            | InstKind::LocalsDrop(..)
            | InstKind::ExcDone => None,
            InstKind::Truthy(_) | InstKind::CompareBool(..) | InstKind::ExcMatch(..) => {
                Some(Type::Bool)
            }
            InstKind::ConstInt(_)
            | InstKind::ConstFloat(_)
            | InstKind::ConstNone
            | InstKind::ConstBool(_)
            | InstKind::ConstPool(_)
            | InstKind::LoadLocal(_)
            | InstKind::LoadGlobal(_)
            | InstKind::CellNew
            | InstKind::LoadDeref(_)
            | InstKind::Dup(_)
            | InstKind::Binary(..)
            | InstKind::InPlace(..)
            | InstKind::Unary(..)
            | InstKind::Compare(..)
            | InstKind::Call { .. }
            | InstKind::CallMethod { .. }
            | InstKind::CallUnpack { .. }
            | InstKind::GetAttr(..)
            | InstKind::GetItem(..)
            | InstKind::BuildList(_)
            | InstKind::BuildTuple(_)
            | InstKind::BuildDict(_)
            | InstKind::BuildSet(_)
            | InstKind::BuildSlice(..)
            | InstKind::BuildString(_)
            | InstKind::Format(..)
            | InstKind::Convert(..)
            | InstKind::Iter(_)
            | InstKind::Unpack(..)
            | InstKind::UnpackEx(..)
            | InstKind::MatchSeq(..)
            | InstKind::MatchSeqStar(..)
            | InstKind::MatchMap(..)
            | InstKind::ListToTuple(_)
            | InstKind::TupleGet(..)
            | InstKind::MakeFunction { .. }
            | InstKind::Import(_)
            | InstKind::ImportFrom(..)
            | InstKind::ExcCatch
            | InstKind::ExcFetch
            | InstKind::ExcCurrent
            | InstKind::ExcSplit(..)
            | InstKind::ExcPrepReraise(..)
            | InstKind::ModuleGlobals => Some(Type::Dyn),
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
            | InstKind::CellNew
            | InstKind::StoreDeref(..)
            | InstKind::Dup(_)
            | InstKind::Decref(_)
            | InstKind::TupleGet(..)
            | InstKind::BuildList(_)
            | InstKind::BuildTuple(_)
            | InstKind::BuildSlice(..)
            | InstKind::BuildString(_)
            | InstKind::MakeFunction { .. }
            | InstKind::ExcCatch
            | InstKind::ExcFetch
            | InstKind::ListAppend(..)
            | InstKind::ListToTuple(_)
            | InstKind::ModuleGlobals
            | InstKind::ExcDone => false,
            InstKind::LoadLocal(_)
            | InstKind::DelLocal(_)
            | InstKind::LoadGlobal(_)
            | InstKind::DelGlobal(_)
            | InstKind::LoadDeref(_)
            | InstKind::DelDeref(_)
            | InstKind::Binary(..)
            | InstKind::InPlace(..)
            | InstKind::UpdateLocal(..)
            | InstKind::InPlaceLocal(..)
            | InstKind::Unary(..)
            | InstKind::Compare(..)
            | InstKind::CompareBool(..)
            | InstKind::Truthy(_)
            | InstKind::Call { .. }
            | InstKind::CallMethod { .. }
            | InstKind::CallUnpack { .. }
            | InstKind::GetAttr(..)
            | InstKind::GetItem(..)
            | InstKind::SetItem(..)
            | InstKind::SetAttr(..)
            | InstKind::DelAttr(..)
            | InstKind::DelItem(..)
            | InstKind::BuildDict(_)
            | InstKind::BuildSet(_)
            | InstKind::SetAdd(..)
            | InstKind::Format(..)
            | InstKind::Convert(..)
            | InstKind::Iter(_)
            | InstKind::Unpack(..)
            | InstKind::UnpackEx(..)
            | InstKind::MatchSeq(..)
            | InstKind::MatchSeqStar(..)
            | InstKind::MatchMap(..)
            | InstKind::ListExtend(..)
            | InstKind::DictUpdate(..)
            | InstKind::Import(_)
            | InstKind::ImportFrom(..)
            | InstKind::ExcCurrent
            | InstKind::ExcMatch(..)
            | InstKind::ExcSplit(..)
            | InstKind::ExcPrepReraise(..)
            | InstKind::LocalsSync(..)
            | InstKind::LocalsSyncDeref(..)
            | InstKind::LocalsDrop(..) => true,
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
            | InstKind::CellNew
            | InstKind::LoadDeref(_)
            | InstKind::DelDeref(_)
            | InstKind::Import(_)
            | InstKind::ExcCatch
            | InstKind::ExcFetch
            | InstKind::ExcCurrent
            | InstKind::ModuleGlobals
            | InstKind::ExcDone => vec![],
            InstKind::StoreLocal(_, v)
            | InstKind::StoreGlobal(_, v)
            | InstKind::StoreDeref(_, v)
            | InstKind::UpdateLocal(_, _, v)
            | InstKind::InPlaceLocal(_, _, v)
            | InstKind::Dup(v)
            | InstKind::Decref(v)
            | InstKind::Unary(_, v)
            | InstKind::Truthy(v)
            | InstKind::GetAttr(v, _)
            | InstKind::DelAttr(v, _)
            | InstKind::Convert(_, v)
            | InstKind::Iter(v)
            | InstKind::Unpack(v, _)
            | InstKind::UnpackEx(v, _, _)
            | InstKind::MatchSeq(v, _)
            | InstKind::MatchSeqStar(v, _, _)
            | InstKind::ListToTuple(v)
            | InstKind::TupleGet(v, _)
            | InstKind::ImportFrom(v, _)
            | InstKind::LocalsSync(v, _, _)
            | InstKind::LocalsSyncDeref(v, _, _)
            | InstKind::LocalsDrop(v, _) => vec![v],
            InstKind::MakeFunction {
                defaults,
                kwdefaults,
                closure,
                annotations,
                ..
            } => vec![defaults, kwdefaults, closure, annotations],
            InstKind::Binary(_, a, b)
            | InstKind::InPlace(_, a, b)
            | InstKind::Compare(_, a, b)
            | InstKind::CompareBool(_, a, b)
            | InstKind::GetItem(a, b)
            | InstKind::DelItem(a, b)
            | InstKind::Format(a, b)
            | InstKind::ListAppend(a, b)
            | InstKind::SetAdd(a, b)
            | InstKind::MatchMap(a, b, _)
            | InstKind::SetAttr(a, _, b)
            | InstKind::ListExtend(a, b)
            | InstKind::DictUpdate(a, b)
            | InstKind::ExcMatch(a, b)
            | InstKind::ExcSplit(a, b)
            | InstKind::ExcPrepReraise(a, b) => vec![a, b],
            InstKind::SetItem(a, b, c) | InstKind::BuildSlice(a, b, c) => vec![a, b, c],
            InstKind::Call { callee, args, .. } | InstKind::CallUnpack { callee, args, .. } => {
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
            | InstKind::BuildSet(items)
            | InstKind::BuildString(items) => items.iter_mut().collect(),
        }
    }

    /// The operands whose reference the instruction takes over.
    pub fn stolen(&self) -> Option<ValueId> {
        match self {
            InstKind::StoreLocal(_, v)
            | InstKind::StoreGlobal(_, v)
            | InstKind::StoreDeref(_, v)
            | InstKind::Decref(v) => Some(*v),
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
            | InstKind::UpdateLocal(..)
            | InstKind::InPlaceLocal(..)
            | InstKind::Unary(..)
            | InstKind::Compare(..)
            | InstKind::CompareBool(..)
            | InstKind::Truthy(_)
            | InstKind::Call { .. }
            | InstKind::CallMethod { .. }
            | InstKind::CallUnpack { .. }
            | InstKind::GetAttr(..)
            | InstKind::GetItem(..)
            | InstKind::SetItem(..)
            | InstKind::SetAttr(..)
            | InstKind::DelAttr(..)
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
            | InstKind::UnpackEx(..)
            | InstKind::MatchSeq(..)
            | InstKind::MatchSeqStar(..)
            | InstKind::MatchMap(..)
            | InstKind::ListAppend(..)
            | InstKind::SetAdd(..)
            | InstKind::BuildSet(_)
            | InstKind::ListExtend(..)
            | InstKind::ListToTuple(_)
            | InstKind::DictUpdate(..)
            | InstKind::TupleGet(..)
            | InstKind::MakeFunction { .. }
            | InstKind::CellNew
            | InstKind::LoadDeref(_)
            | InstKind::DelDeref(_)
            | InstKind::Import(_)
            | InstKind::ImportFrom(..)
            | InstKind::ExcCatch
            | InstKind::ExcFetch
            | InstKind::ExcDone
            | InstKind::ExcCurrent
            | InstKind::ExcMatch(..)
            | InstKind::ExcSplit(..)
            | InstKind::ExcPrepReraise(..)
            | InstKind::ModuleGlobals
            | InstKind::LocalsSync(..)
            | InstKind::LocalsSyncDeref(..)
            | InstKind::LocalsDrop(..) => None,
        }
    }
}

impl Terminator {
    /// The opcode, which names the terminator in the text form.
    pub fn opcode(&self) -> TermOpcode {
        match self {
            Terminator::Jump(_) => TermOpcode::Jump,
            Terminator::Branch { .. } => TermOpcode::Branch,
            Terminator::Return(_) => TermOpcode::Return,
            Terminator::Raise(..) => TermOpcode::Raise,
            Terminator::Reraise(_) => TermOpcode::Reraise,
            Terminator::ForNext { .. } => TermOpcode::ForNext,
            Terminator::Yield { .. } => TermOpcode::Yield,
            Terminator::YieldFrom { .. } => TermOpcode::YieldFrom,
            Terminator::Unreachable => TermOpcode::Unreachable,
        }
    }

    /// The text mnemonic.
    pub fn name(&self) -> &'static str {
        self.opcode().name()
    }

    /// Walks the operands in text order (after the mnemonic); see
    /// [`InstKind::syntax`].
    pub fn syntax<S: OperandSyntax>(&mut self, s: &mut S) -> Result<(), S::Error> {
        match self {
            Terminator::Jump(call) => s.block_call(call),
            Terminator::Branch {
                cond,
                then,
                otherwise,
            } => {
                s.value(cond)?;
                s.punct(", ")?;
                s.block_call(then)?;
                s.punct(", ")?;
                s.block_call(otherwise)
            }
            Terminator::Return(v) | Terminator::Reraise(v) => s.value(v),
            Terminator::Raise(v, cause) => {
                s.value(v)?;
                s.optional_value(" from ", cause)
            }
            Terminator::ForNext { iter, body, exit } => {
                s.slot(iter)?;
                s.punct(", ")?;
                s.block(body)?;
                s.punct(", ")?;
                s.block(exit)
            }
            Terminator::Yield { value, resume } => {
                s.value(value)?;
                s.punct(", ")?;
                s.block(resume)
            }
            Terminator::YieldFrom {
                iter,
                sent,
                resume,
                done,
            } => {
                s.slot(iter)?;
                s.punct(", ")?;
                s.value(sent)?;
                s.punct(", ")?;
                s.block(resume)?;
                s.punct(", ")?;
                s.block(done)
            }
            Terminator::Unreachable => Ok(()),
        }
    }

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
            Terminator::Return(v)
            | Terminator::Reraise(v)
            | Terminator::Yield { value: v, .. }
            | Terminator::YieldFrom { sent: v, .. } => vec![v],
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
            Terminator::Return(_)
            | Terminator::Reraise(_)
            | Terminator::Raise(..)
            | Terminator::Yield { .. }
            | Terminator::YieldFrom { .. } => self.operands(),
            Terminator::ForNext { .. } | Terminator::Unreachable => vec![],
        }
    }

    /// Whether leaving the block through this terminator can raise.
    pub fn can_raise(&self) -> bool {
        match self {
            Terminator::Raise(..)
            | Terminator::Reraise(_)
            | Terminator::ForNext { .. }
            | Terminator::Yield { .. }
            | Terminator::YieldFrom { .. } => true,
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
            Terminator::Yield { resume, .. } => vec![*resume],
            Terminator::YieldFrom { resume, done, .. } => vec![*resume, *done],
            Terminator::Return(_)
            | Terminator::Raise(..)
            | Terminator::Reraise(_)
            | Terminator::Unreachable => vec![],
        }
    }
}

fn two_values<S: OperandSyntax>(
    s: &mut S,
    a: &mut ValueId,
    b: &mut ValueId,
) -> Result<(), S::Error> {
    s.value(a)?;
    s.punct(", ")?;
    s.value(b)
}

/// `(v1, v2; c5)`: arguments and the optional kwnames tuple.
fn call_args<S: OperandSyntax>(
    s: &mut S,
    args: &mut Vec<ValueId>,
    kwnames: &mut Option<ConstId>,
) -> Result<(), S::Error> {
    s.punct("(")?;
    s.values(args)?;
    s.optional_constant("; ", kwnames)?;
    s.punct(")")
}
