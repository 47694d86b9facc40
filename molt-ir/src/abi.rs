//! The runtime ABI: every `extern "C"` function of the runtime that compiled
//! code calls, declared once. The backend declares its imports from this
//! table; tests check the runtime's exports and `wit/molt-runtime.wit`
//! against it.
//!
//! Error convention: a raising function returning `Value` returns the error
//! sentinel ([`ERROR_BITS`]); one returning `i32` returns -1 (for tests,
//! 0/1 otherwise). The exception itself is stored in the thread state.

/// The type of an ABI parameter or result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AbiType {
    /// A NaN-boxed `Value` (64 bits).
    Value,
    /// A pointer.
    Ptr,
    /// A `usize`.
    Usize,
    /// A `u32`.
    U32,
    /// An `i32`.
    I32,
}

impl AbiType {
    /// The Rust spelling used by the runtime's export table.
    pub fn rust_name(self) -> &'static str {
        match self {
            AbiType::Value => "Value",
            AbiType::Ptr => "*const u8",
            AbiType::Usize => "usize",
            AbiType::U32 => "u32",
            AbiType::I32 => "i32",
        }
    }

    /// The WIT spelling.
    pub fn wit_name(self) -> &'static str {
        match self {
            AbiType::Value => "value",
            AbiType::Ptr => "pointer",
            AbiType::Usize => "u64",
            AbiType::U32 => "u32",
            AbiType::I32 => "s32",
        }
    }
}

/// One runtime function.
#[derive(Clone, Copy, Debug)]
pub struct AbiFunction {
    pub name: &'static str,
    pub params: &'static [(&'static str, AbiType)],
    pub ret: Option<AbiType>,
    /// Whether it can raise (return the error sentinel / -1).
    pub raises: bool,
    pub doc: &'static str,
}

/// The boxed error sentinel returned by raising functions.
pub const ERROR_BITS: u64 = 0xFFFE_0000_0000_0000;
/// The boxed marker of an unbound variable (never a Python object).
pub const UNBOUND_BITS: u64 = 0xFFFD_0000_0000_0000;
/// The boxed marker returned by `molt_iter_next` when the iterator is exhausted.
pub const STOP_BITS: u64 = 0xFFFD_0000_0000_0001;
/// The tag (top 16 bits) of a heap object pointer.
pub const TAG_PTR: u64 = 0xFFFC;
/// The tag (top 16 bits) of an inline int.
pub const TAG_INT: u64 = 0xFFF9;
/// The tag (top 16 bits) of a bool.
pub const TAG_BOOL: u64 = 0xFFFA;
/// `None`.
pub const NONE_BITS: u64 = 0xFFFB_0000_0000_0000;
/// The number of payload bits of an inline int (signed).
pub const INT_BITS: u32 = 48;
/// The byte offset of the reference count in an object header.
pub const REFCOUNT_OFFSET: i32 = 0;
/// The byte offsets in a generator frame (the resume function's first
/// argument): the state (0 before the start, k while suspended at the k-th
/// suspension point, `GEN_FINISHED` after the end), the slot array, and
/// the generator function.
pub const GEN_STATE_OFFSET: i32 = 0;
pub const GEN_SLOTS_OFFSET: i32 = 8;
pub const GEN_FUNC_OFFSET: i32 = 16;
/// The state of a finished generator.
pub const GEN_FINISHED: i64 = -1;
/// The byte offsets in a generator object: its frame (the resume
/// function's first argument), the resume function, and the `running` and
/// `handles_exceptions` flags (bytes). A compiled `for` loop resumes a
/// generator inline when neither flag is set.
pub const GEN_FRAME_OFFSET: i32 = 16;
pub const GEN_RESUME_OFFSET: i32 = 40;
pub const GEN_RUNNING_OFFSET: i32 = 48;
pub const GEN_HANDLES_EXCEPTIONS_OFFSET: i32 = 49;
/// The exported data symbol holding the `generator` type object's address.
pub const GENERATOR_TYPE_SYMBOL: &str = "molt_generator_type";
/// The exported data symbol holding the `range_iterator` type object's
/// address.
pub const RANGE_ITERATOR_TYPE_SYMBOL: &str = "molt_range_iterator_type";
/// The byte offset of a builtin iterator's kind (the variant tag of its
/// state) and the kind of a range iterator over `i64` values, whose next
/// value, step and remaining count (`u64`) follow at fixed offsets.
pub const ITER_KIND_OFFSET: i32 = 16;
pub const ITER_KIND_RANGE: i64 = 2;
pub const RANGE_ITER_NEXT_OFFSET: i32 = 24;
pub const RANGE_ITER_STEP_OFFSET: i32 = 32;
pub const RANGE_ITER_REMAINING_OFFSET: i32 = 40;
/// The byte offset of a cell's value (`UNBOUND_BITS` when empty).
pub const CELL_VALUE_OFFSET: i32 = 16;
/// The byte offset of the type pointer in an object header.
pub const TYPE_OFFSET: i32 = 8;
/// The byte offset of a function object's native entry
/// (`extern "C" fn(args: *const Value) -> Value`).
pub const FUNCTION_ENTRY_OFFSET: i32 = 16;
/// The byte offset of a function object's positional arity: the number of
/// arguments the entry takes when all are passed positionally.
pub const FUNCTION_ARITY_OFFSET: i32 = 24;
/// The exported data symbol holding the `function` type object's address.
pub const FUNCTION_TYPE_SYMBOL: &str = "molt_function_type";
/// The exported data symbol of the call-depth counter: `depth` then `limit`
/// (both `usize`); a call past the limit raises RecursionError.
pub const FRAMES_SYMBOL: &str = "molt_frames";
/// The byte offset of the current depth in the call-depth counter.
pub const FRAMES_DEPTH_OFFSET: i32 = 0;
/// The byte offset of the limit in the call-depth counter.
pub const FRAMES_LIMIT_OFFSET: i32 = 8;

macro_rules! abi_table {
    ($( $(#[doc = $doc:literal])* fn $name:ident($($p:ident: $t:ident),*) $(-> $r:ident)? ; $raises:ident )*) => {
        /// Every runtime function, in a stable order.
        pub const FUNCTIONS: &[AbiFunction] = &[$(
            AbiFunction {
                name: stringify!($name),
                params: &[$((stringify!($p), AbiType::$t)),*],
                ret: abi_table!(@ret $($r)?),
                raises: abi_table!(@raises $raises),
                doc: concat!($($doc),*),
            }
        ),*];
    };
    (@ret) => { None };
    (@ret $r:ident) => { Some(AbiType::$r) };
    (@raises raises) => { true };
    (@raises infallible) => { false };
}

abi_table! {
    /// Start the runtime: command line, standard streams, hash seed.
    fn molt_runtime_init(argc: I32, argv: Ptr); infallible
    /// Register the standard-library modules.
    fn molt_stdlib_init(); infallible
    /// Finish the program given the module body's result: print an uncaught
    /// exception, flush streams, and return the process exit code.
    fn molt_runtime_exit(result: Value) -> I32; infallible
    /// Create a module from its serialized constants and source, fill its
    /// constant table and reset its globals; returns the module handle.
    fn molt_module_init(blob: Ptr, len: Usize, consts: Ptr, globals: Ptr, nglobals: Usize) -> Ptr; infallible
    /// Free an object whose reference count reached zero.
    fn molt_dealloc(v: Value); infallible
    /// Record a traceback entry for the exception being raised.
    fn molt_traceback_add(module: Ptr, func_name: Value, line: U32); infallible
    /// Raise UnboundLocalError for the named local.
    fn molt_unbound_local(name: Value) -> Value; raises
    /// Read a global that is unbound in the module: a builtin, or NameError.
    fn molt_load_global_slow(module: Ptr, index: U32) -> Value; raises
    /// Delete a global; NameError if unbound.
    fn molt_del_global(module: Ptr, index: U32) -> I32; raises
    /// After a store into global `index` that was unbound, or into any global
    /// once the namespace dict is exposed: keep the namespace dict in step.
    fn molt_global_stored(module: Ptr, index: U32); infallible
    /// `globals()`: the module's namespace dict.
    fn molt_module_globals(module: Ptr) -> Value; infallible
    /// Set `dict[name]` to a local's value, or remove it when the local is unbound.
    fn molt_locals_sync(dict: Value, name: Value, value: Value) -> I32; raises
    /// Like `molt_locals_sync` for the variable in a cell (the slot may not hold a cell yet).
    fn molt_locals_sync_cell(dict: Value, name: Value, cell: Value) -> I32; raises
    /// `a <op> b` for a binary operator number.
    fn molt_binary(op: U32, a: Value, b: Value) -> Value; raises
    /// `a <op>= b` for a binary operator number.
    fn molt_inplace(op: U32, a: Value, b: Value) -> Value; raises
    /// A unary operator.
    fn molt_unary(op: U32, a: Value) -> Value; raises
    /// `~a`; on a bool it also shows CPython's DeprecationWarning for that line.
    fn molt_invert(a: Value, module: Ptr, line: U32) -> Value; raises
    /// A comparison operator.
    fn molt_compare(op: U32, a: Value, b: Value) -> Value; raises
    /// The truth value of an object: 1, 0, or -1 on error.
    fn molt_truthy(v: Value) -> I32; raises
    /// Call an object with positional arguments, the last ones named by kwnames (a tuple or None).
    fn molt_call(callee: Value, args: Ptr, nargs: Usize, kwnames: Value) -> Value; raises
    /// `obj.name(args...)`.
    fn molt_call_method(obj: Value, name: Value, args: Ptr, nargs: Usize, kwnames: Value) -> Value; raises
    /// `obj.name`.
    fn molt_getattr(obj: Value, name: Value) -> Value; raises
    /// `a[b]`.
    fn molt_getitem(a: Value, b: Value) -> Value; raises
    /// `a[b] = c`: 0, or -1 on error.
    fn molt_setitem(a: Value, b: Value, c: Value) -> I32; raises
    /// `del a[b]`: 0, or -1 on error.
    fn molt_delitem(a: Value, b: Value) -> I32; raises
    /// A new list from borrowed items.
    fn molt_build_list(items: Ptr, n: Usize) -> Value; infallible
    /// A new tuple from borrowed items.
    fn molt_build_tuple(items: Ptr, n: Usize) -> Value; infallible
    /// A new dict from alternating borrowed keys and values.
    fn molt_build_dict(items: Ptr, n: Usize) -> Value; raises
    /// A new set from borrowed items, added in order (`{a, b}`).
    fn molt_build_set(items: Ptr, n: Usize) -> Value; raises
    /// `set.add(item)` for a set comprehension: 0, or -1 on error.
    fn molt_set_add(set: Value, item: Value) -> I32; raises
    /// A new slice object.
    fn molt_build_slice(start: Value, stop: Value, step: Value) -> Value; infallible
    /// Concatenate str pieces.
    fn molt_build_string(items: Ptr, n: Usize) -> Value; infallible
    /// `format(value, spec)`.
    fn molt_format(v: Value, spec: Value) -> Value; raises
    /// `str(v)` (0), `repr(v)` (1) or `ascii(v)` (2).
    fn molt_convert(kind: U32, v: Value) -> Value; raises
    /// `iter(v)`.
    fn molt_iter(v: Value) -> Value; raises
    /// The next item of an iterator, or the stop marker when exhausted.
    fn molt_iter_next(it: Value) -> Value; raises
    /// Finishes an inline resume of generator `g` whose body returned `r`
    /// (stolen) or raised (`r` is the error sentinel): the yielded value,
    /// or the stop marker when the body returned.
    fn molt_gen_settle(g: Value, r: Value) -> Value; raises
    /// The items of an iterable with exactly n of them, as a tuple.
    fn molt_unpack(v: Value, n: Usize) -> Value; raises
    /// Item i of a tuple known to be long enough (a new reference).
    fn molt_tuple_get(t: Value, i: Usize) -> Value; infallible
    /// A function object: native entry, info tuple (name, qualname, varnames,
    /// argcount, posonlyargcount, kwonlyargcount, flags, doc), defaults
    /// tuple, keyword-only defaults, closure and annotations (each None or
    /// a dict, tuple of cells, dict), and the body's slot count (for
    /// generator functions, whose frames keep the slots).
    fn molt_make_function(module: Ptr, entry: Ptr, info: Value, defaults: Value, kwdefaults: Value, closure: Value, annotations: Value, nslots: Usize) -> Value; infallible
    /// One step of `yield from`: send (stolen; ERROR throws the pending
    /// exception in) into the subiterator; the value to yield, or STOP.
    fn molt_yield_from(iter: Value, sent: Value) -> Value; raises
    /// The return value of the subiterator a `yield from` finished.
    fn molt_yield_from_result() -> Value; infallible
    /// A call with `*` and `**` arguments, described by a layout tuple.
    fn molt_call_unpack(callee: Value, items: Ptr, n: Usize, layout: Value) -> Value; raises
    /// Append to a list being built (borrows the item).
    fn molt_list_append(list: Value, item: Value); infallible
    /// `[*v]` into a list being built.
    fn molt_list_extend(list: Value, v: Value) -> I32; raises
    /// A tuple of a list's items.
    fn molt_list_to_tuple(list: Value) -> Value; infallible
    /// `{**v}` into a dict being built.
    fn molt_dict_update(dict: Value, v: Value) -> I32; raises
    /// `a, *b, c = v`: (first items..., list of the middle, last items...).
    fn molt_unpack_ex(v: Value, before: Usize, after: Usize) -> Value; raises
    /// `case [p0, p1]` (after = -1) or `case [p0, *ps, p1]`: None when the
    /// subject is not such a sequence, else a tuple of its parts.
    fn molt_match_sequence(subject: Value, before: Usize, after: I32) -> Value; raises
    /// `case {k0: p0, **rest}`: None when the subject lacks a key, else a
    /// tuple of the values (and, with rest = 1, a dict of the other items).
    fn molt_match_mapping(subject: Value, keys: Value, rest: U32) -> Value; raises
    /// `obj.name = value` (borrows the value).
    fn molt_setattr(obj: Value, name: Value, value: Value) -> I32; raises
    /// `del obj.name`.
    fn molt_delattr(obj: Value, name: Value) -> I32; raises
    /// The truth of a comparison: 1, 0, or -1 on error.
    fn molt_compare_bool(op: U32, a: Value, b: Value) -> I32; raises
    /// `x = x op rhs` (inplace = 0) or `x op= rhs` (inplace = 1) for a
    /// local whose slot holds `old` (borrowed): when only the slot refers
    /// to a str, `+` grows it in place.
    fn molt_update_local(op: U32, inplace: U32, old: Value, rhs: Value) -> Value; raises
    /// A new empty cell.
    fn molt_cell_new() -> Value; infallible
    /// The i-th cell of a function's closure (a new reference).
    fn molt_closure_cell(func: Value, i: Usize) -> Value; infallible
    /// Raise NameError for an empty free variable.
    fn molt_unbound_free(name: Value) -> Value; raises
    /// `import name`.
    fn molt_import(name: Value) -> Value; raises
    /// `from module import name`.
    fn molt_import_from(module: Value, name: Value) -> Value; raises
    /// Take the raised exception and push it as the one being handled.
    fn molt_exc_catch() -> Value; infallible
    /// Take the raised exception.
    fn molt_exc_fetch() -> Value; infallible
    /// Pop the exception being handled.
    fn molt_exc_done(); infallible
    /// The exception being handled, for a bare `raise`; RuntimeError if none.
    fn molt_exc_current() -> Value; raises
    /// Whether an exception matches an `except` clause's type or tuple of types.
    fn molt_exc_match(exc: Value, types: Value) -> I32; raises
    /// `raise exc from cause` (cause is the unbound marker when absent); always the error sentinel.
    fn molt_raise(exc: Value, cause: Value) -> Value; raises
    /// Re-raise an exception without a new traceback entry.
    fn molt_reraise(exc: Value); infallible
    /// One `except* types:` clause (CPython's `CHECK_EG_MATCH`): `exc` is
    /// what is still unhandled (None once all matched). TypeError unless
    /// `types` is an exception class or tuple of them, none of them an
    /// exception group. Returns the tuple `(match, rest)`: a naked matching
    /// exception gives `(ExceptionGroup('', (exc,)), None)`, a group is
    /// split by `types` (each part None when empty). A `match` that is not
    /// None becomes the exception being handled while the clause runs.
    fn molt_exc_group_split(exc: Value, types: Value) -> Value; raises
    /// What an `except*` statement raises at its end (CPython's
    /// `_PyExc_PrepReraiseStar`): `orig` is the exception it caught, `excs`
    /// a list of what each clause raised or re-raised (None entries are
    /// ignored) followed by the last `rest`. Re-raised parts keep `orig`'s
    /// shape; newly raised ones are grouped with them in
    /// `ExceptionGroup('', [...])`. None when nothing is left to raise.
    fn molt_exc_group_reraise(orig: Value, excs: Value) -> Value; raises
}

/// The function with the given name.
pub fn function(name: &str) -> &'static AbiFunction {
    FUNCTIONS
        .iter()
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("{name} is not in the ABI table"))
}

/// The table as a WIT interface (the content of `wit/molt-runtime.wit`).
pub fn to_wit() -> String {
    let mut out = String::from(
        "// The Molt runtime ABI. Generated from molt-ir/src/abi.rs; a test keeps them equal.\n\
         package molt:runtime;\n\ninterface runtime {\n    /// A NaN-boxed Python value.\n    type value = u64;\n    /// A native pointer.\n    type pointer = u64;\n",
    );
    for f in FUNCTIONS {
        out.push('\n');
        out.push_str(&format!("    /// {}\n", f.doc.trim()));
        let params: Vec<String> = f
            .params
            .iter()
            .map(|(n, t)| format!("{}: {}", n.replace('_', "-"), t.wit_name()))
            .collect();
        let ret = f
            .ret
            .map(|t| format!(" -> {}", t.wit_name()))
            .unwrap_or_default();
        out.push_str(&format!(
            "    {}: func({}){};\n",
            f.name.replace('_', "-"),
            params.join(", "),
            ret
        ));
    }
    out.push_str("}\n");
    out
}
