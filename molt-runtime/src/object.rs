//! Heap objects: the header every object starts with, type objects, the
//! builtin type registry, allocation and deallocation.

use crate::value::{Owned, Value};

/// The header of every heap object. The reference count of an immortal
/// object starts at [`IMMORTAL`] and never reaches zero.
#[repr(C)]
pub struct Header {
    pub rc: isize,
    /// The object's type (a type object's header).
    pub ty: *mut Header,
}

/// The starting reference count of immortal objects.
pub const IMMORTAL: isize = 1 << 60;

/// A heap object with its payload.
#[repr(C)]
pub struct Obj<T> {
    pub header: Header,
    pub data: T,
}

/// The memory layout of a type's instances, which selects how they are freed
/// and which builtin behaviour applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Instances never live on the heap (float, inline int, bool, None).
    Immediate,
    Type,
    BigInt,
    /// `complex`: two `f64`s.
    Complex,
    Str,
    Bytes,
    ByteArray,
    MemoryView,
    List,
    Tuple,
    Dict,
    DictView,
    /// `set` and `frozenset`.
    Set,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    MethodDescriptor,
    BoundMethod,
    Cell,
    Generator,
    Module,
    Exception,
    Traceback,
    Iterator,
    TextStream,
}

/// The payload of a type object.
pub struct TypeData {
    pub name: &'static str,
    pub kind: Kind,
    /// The first base type (`__base__`, whose layout instances share); null
    /// only for `object`.
    pub base: *mut Header,
    /// Every base type in declaration order (`__bases__`).
    pub bases: Vec<*mut Header>,
    /// The method resolution order (`__mro__`), starting with the type itself.
    pub mro: Vec<*mut Header>,
    pub id: TypeId,
}

macro_rules! builtin_types {
    ($( $id:ident = $name:literal, $kind:ident, $base:ident; )*) => {
        /// Every builtin type, exceptions included.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u16)]
        pub enum TypeId { $($id),* }

        const TYPE_DEFS: &[(TypeId, &str, Kind, TypeId)] = &[$((TypeId::$id, $name, Kind::$kind, TypeId::$base)),*];
    };
}

builtin_types! {
    Object = "object", Immediate, Object;
    Type = "type", Type, Object;
    NoneType = "NoneType", Immediate, Object;
    Int = "int", BigInt, Object;
    Bool = "bool", Immediate, Int;
    Float = "float", Immediate, Object;
    Complex = "complex", Complex, Object;
    Str = "str", Str, Object;
    Bytes = "bytes", Bytes, Object;
    ByteArray = "bytearray", ByteArray, Object;
    MemoryView = "memoryview", MemoryView, Object;
    List = "list", List, Object;
    Tuple = "tuple", Tuple, Object;
    Dict = "dict", Dict, Object;
    DictKeys = "dict_keys", DictView, Object;
    DictValues = "dict_values", DictView, Object;
    DictItems = "dict_items", DictView, Object;
    Set = "set", Set, Object;
    FrozenSet = "frozenset", Set, Object;
    Range = "range", Range, Object;
    Slice = "slice", Slice, Object;
    Function = "function", Function, Object;
    BuiltinFunction = "builtin_function_or_method", BuiltinFunction, Object;
    Method = "method", BoundMethod, Object;
    MethodDescriptor = "method_descriptor", MethodDescriptor, Object;
    Cell = "cell", Cell, Object;
    Generator = "generator", Generator, Object;
    Module = "module", Module, Object;
    ListIterator = "list_iterator", Iterator, Object;
    ListReverseIterator = "list_reverseiterator", Iterator, Object;
    TupleIterator = "tuple_iterator", Iterator, Object;
    StrIterator = "str_ascii_iterator", Iterator, Object;
    BytesIterator = "bytes_iterator", Iterator, Object;
    ByteArrayIterator = "bytearray_iterator", Iterator, Object;
    MemoryViewIterator = "memory_iterator", Iterator, Object;
    RangeIterator = "range_iterator", Iterator, Object;
    LongRangeIterator = "longrange_iterator", Iterator, Object;
    DictKeyIterator = "dict_keyiterator", Iterator, Object;
    DictValueIterator = "dict_valueiterator", Iterator, Object;
    DictItemIterator = "dict_itemiterator", Iterator, Object;
    DictReverseKeyIterator = "dict_reversekeyiterator", Iterator, Object;
    DictReverseValueIterator = "dict_reversevalueiterator", Iterator, Object;
    DictReverseItemIterator = "dict_reverseitemiterator", Iterator, Object;
    SetIterator = "set_iterator", Iterator, Object;
    Enumerate = "enumerate", Iterator, Object;
    Zip = "zip", Iterator, Object;
    Reversed = "reversed", Iterator, Object;
    TextIOWrapper = "_io.TextIOWrapper", TextStream, Object;
    Traceback = "traceback", Traceback, Object;
    BaseException = "BaseException", Exception, Object;
    SystemExit = "SystemExit", Exception, BaseException;
    KeyboardInterrupt = "KeyboardInterrupt", Exception, BaseException;
    GeneratorExit = "GeneratorExit", Exception, BaseException;
    BaseExceptionGroup = "BaseExceptionGroup", Exception, BaseException;
    Exception = "Exception", Exception, BaseException;
    ExceptionGroup = "ExceptionGroup", Exception, BaseExceptionGroup;
    StopIteration = "StopIteration", Exception, Exception;
    StopAsyncIteration = "StopAsyncIteration", Exception, Exception;
    ArithmeticError = "ArithmeticError", Exception, Exception;
    FloatingPointError = "FloatingPointError", Exception, ArithmeticError;
    OverflowError = "OverflowError", Exception, ArithmeticError;
    ZeroDivisionError = "ZeroDivisionError", Exception, ArithmeticError;
    AssertionError = "AssertionError", Exception, Exception;
    AttributeError = "AttributeError", Exception, Exception;
    BufferError = "BufferError", Exception, Exception;
    EOFError = "EOFError", Exception, Exception;
    ImportError = "ImportError", Exception, Exception;
    ModuleNotFoundError = "ModuleNotFoundError", Exception, ImportError;
    LookupError = "LookupError", Exception, Exception;
    IndexError = "IndexError", Exception, LookupError;
    KeyError = "KeyError", Exception, LookupError;
    MemoryError = "MemoryError", Exception, Exception;
    NameError = "NameError", Exception, Exception;
    UnboundLocalError = "UnboundLocalError", Exception, NameError;
    OSError = "OSError", Exception, Exception;
    BlockingIOError = "BlockingIOError", Exception, OSError;
    ChildProcessError = "ChildProcessError", Exception, OSError;
    ConnectionError = "ConnectionError", Exception, OSError;
    BrokenPipeError = "BrokenPipeError", Exception, ConnectionError;
    ConnectionAbortedError = "ConnectionAbortedError", Exception, ConnectionError;
    ConnectionRefusedError = "ConnectionRefusedError", Exception, ConnectionError;
    ConnectionResetError = "ConnectionResetError", Exception, ConnectionError;
    FileExistsError = "FileExistsError", Exception, OSError;
    FileNotFoundError = "FileNotFoundError", Exception, OSError;
    InterruptedError = "InterruptedError", Exception, OSError;
    IsADirectoryError = "IsADirectoryError", Exception, OSError;
    NotADirectoryError = "NotADirectoryError", Exception, OSError;
    PermissionError = "PermissionError", Exception, OSError;
    ProcessLookupError = "ProcessLookupError", Exception, OSError;
    TimeoutError = "TimeoutError", Exception, OSError;
    ReferenceError = "ReferenceError", Exception, Exception;
    RuntimeError = "RuntimeError", Exception, Exception;
    NotImplementedError = "NotImplementedError", Exception, RuntimeError;
    RecursionError = "RecursionError", Exception, RuntimeError;
    SyntaxError = "SyntaxError", Exception, Exception;
    IndentationError = "IndentationError", Exception, SyntaxError;
    TabError = "TabError", Exception, IndentationError;
    SystemError = "SystemError", Exception, Exception;
    TypeError = "TypeError", Exception, Exception;
    ValueError = "ValueError", Exception, Exception;
    UnicodeError = "UnicodeError", Exception, ValueError;
    UnicodeDecodeError = "UnicodeDecodeError", Exception, UnicodeError;
    UnicodeEncodeError = "UnicodeEncodeError", Exception, UnicodeError;
    UnicodeTranslateError = "UnicodeTranslateError", Exception, UnicodeError;
    Warning = "Warning", Exception, Exception;
    BytesWarning = "BytesWarning", Exception, Warning;
    DeprecationWarning = "DeprecationWarning", Exception, Warning;
    EncodingWarning = "EncodingWarning", Exception, Warning;
    FutureWarning = "FutureWarning", Exception, Warning;
    ImportWarning = "ImportWarning", Exception, Warning;
    PendingDeprecationWarning = "PendingDeprecationWarning", Exception, Warning;
    ResourceWarning = "ResourceWarning", Exception, Warning;
    RuntimeWarning = "RuntimeWarning", Exception, Warning;
    SyntaxWarning = "SyntaxWarning", Exception, Warning;
    UnicodeWarning = "UnicodeWarning", Exception, Warning;
    UserWarning = "UserWarning", Exception, Warning;
    Map = "map", Iterator, Object;
    Filter = "filter", Iterator, Object;
    CallableIterator = "callable_iterator", Iterator, Object;
    NotImplementedType = "NotImplementedType", Immediate, Object;
    Ellipsis = "ellipsis", Immediate, Object;
    WrapperDescriptor = "wrapper_descriptor", MethodDescriptor, Object;
    MethodWrapper = "method-wrapper", BoundMethod, Object;
    StrUnicodeIterator = "str_iterator", Iterator, Object;
}

impl Kind {
    /// Whether instances are containers the cycle collector may track
    /// (allocated with a [`crate::gc::GcHead`] before their header).
    pub const fn is_gc(self) -> bool {
        match self {
            Kind::List
            | Kind::Tuple
            | Kind::Dict
            | Kind::DictView
            | Kind::Set
            | Kind::Slice
            | Kind::Function
            | Kind::BoundMethod
            | Kind::Cell
            | Kind::Generator
            | Kind::Exception
            | Kind::Iterator => true,
            Kind::Immediate
            | Kind::Type
            | Kind::BigInt
            | Kind::Str
            | Kind::Range
            | Kind::BuiltinFunction
            | Kind::MethodDescriptor
            | Kind::Complex
            | Kind::Traceback
            | Kind::Bytes
            | Kind::ByteArray
            | Kind::MemoryView
            | Kind::Module
            | Kind::TextStream => false,
        }
    }
}

/// Bases after the first, for the builtin types with several:
/// `ExceptionGroup(BaseExceptionGroup, Exception)`.
const EXTRA_BASES: &[(TypeId, TypeId)] = &[(TypeId::ExceptionGroup, TypeId::Exception)];

static mut TYPES: Vec<*mut Header> = Vec::new();

/// The `function` type object, exported for compiled call sites.
#[no_mangle]
#[allow(non_upper_case_globals)]
pub static mut molt_function_type: *mut Header = std::ptr::null_mut();

/// The `generator` type object, exported for compiled `for` loops.
#[no_mangle]
#[allow(non_upper_case_globals)]
pub static mut molt_generator_type: *mut Header = std::ptr::null_mut();

/// The `range_iterator` type object, exported for compiled `for` loops.
#[no_mangle]
#[allow(non_upper_case_globals)]
pub static mut molt_range_iterator_type: *mut Header = std::ptr::null_mut();

/// Creates the builtin type objects (idempotent).
pub fn init_types() {
    unsafe {
        let types = &mut *std::ptr::addr_of_mut!(TYPES);
        if !types.is_empty() {
            return;
        }
        crate::gc::init();
        for &(id, name, kind, _) in TYPE_DEFS {
            let obj = Box::new(Obj {
                header: Header {
                    rc: IMMORTAL,
                    ty: std::ptr::null_mut(),
                },
                data: TypeData {
                    name,
                    kind,
                    base: std::ptr::null_mut(),
                    bases: Vec::new(),
                    mro: Vec::new(),
                    id,
                },
            });
            types.push(Box::into_raw(obj) as *mut Header);
        }
        molt_function_type = types[TypeId::Function as usize];
        molt_generator_type = types[TypeId::Generator as usize];
        molt_range_iterator_type = types[TypeId::RangeIterator as usize];
        let type_type = types[TypeId::Type as usize];
        // TYPE_DEFS lists every base before the types deriving from it, so
        // each MRO is computed from finished ones.
        for &(id, _, _, base) in TYPE_DEFS {
            let t = types[id as usize] as *mut Obj<TypeData>;
            (*t).header.ty = type_type;
            if id != TypeId::Object {
                let mut bases = vec![types[base as usize]];
                for &(_, extra) in EXTRA_BASES.iter().filter(|(d, _)| *d == id) {
                    bases.push(types[extra as usize]);
                }
                (*t).data.base = bases[0];
                (*t).data.mro = c3_mro(types[id as usize], &bases);
                (*t).data.bases = bases;
            } else {
                (*t).data.mro = vec![types[id as usize]];
            }
        }
    }
}

/// The C3 linearisation of a type with the given bases, as CPython's
/// `mro_implementation`: the type, then a merge of the bases' MROs and the
/// base list that keeps every list's order.
fn c3_mro(t: *mut Header, bases: &[*mut Header]) -> Vec<*mut Header> {
    let mut seqs: Vec<Vec<*mut Header>> = bases.iter().map(|&b| type_data(b).mro.clone()).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![t];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return out;
        }
        let head = seqs
            .iter()
            .map(|s| s[0])
            .find(|&c| seqs.iter().all(|s| !s[1..].contains(&c)))
            .expect("builtin type bases have a consistent MRO");
        out.push(head);
        for s in &mut seqs {
            if s[0] == head {
                s.remove(0);
            }
        }
    }
}

/// The type object of a builtin type.
#[inline]
pub fn ty(id: TypeId) -> *mut Header {
    unsafe { (&*std::ptr::addr_of!(TYPES))[id as usize] }
}

/// The builtin type with the given name, if any.
pub fn type_by_name(name: &str) -> Option<TypeId> {
    TYPE_DEFS.iter().find(|d| d.1 == name).map(|d| d.0)
}

/// The payload of a type object.
#[inline]
pub fn type_data<'a>(t: *mut Header) -> &'a TypeData {
    unsafe { &(*(t as *mut Obj<TypeData>)).data }
}

/// The type object of any value.
#[inline]
pub fn type_of(v: Value) -> *mut Header {
    if v.is_ptr() {
        unsafe { (*v.ptr()).ty }
    } else if v.is_float() {
        ty(TypeId::Float)
    } else if v.is_inline_int() {
        ty(TypeId::Int)
    } else if v.is_bool() {
        ty(TypeId::Bool)
    } else {
        ty(TypeId::NoneType)
    }
}

/// The builtin type id of a value's type.
#[inline]
pub fn type_id(v: Value) -> TypeId {
    type_data(type_of(v)).id
}

/// The name of a value's type, as `type(v).__name__`.
pub fn type_name(v: Value) -> &'static str {
    type_data(type_of(v)).name
}

/// Whether type `t` is `base` or derives from it.
#[inline]
pub fn is_subtype(t: *mut Header, base: *mut Header) -> bool {
    t == base || type_data(t).mro.contains(&base)
}

/// `isinstance(v, builtin type)`.
#[inline]
pub fn is_instance(v: Value, id: TypeId) -> bool {
    is_subtype(type_of(v), ty(id))
}

/// Whether `v` is a type object.
pub fn is_type(v: Value) -> bool {
    v.is_ptr() && type_id(v) == TypeId::Type
}

/// A new heap object of a builtin type.
///
/// Inlined, so that with a constant `id` the container check folds away
/// and allocating a str or an int costs what it did before the collector.
#[inline]
pub fn alloc<T>(id: TypeId, data: T) -> Owned {
    if TYPE_DEFS[id as usize].2.is_gc() {
        alloc_container(id, data)
    } else {
        alloc_atomic(id, data)
    }
}

#[inline(never)]
fn alloc_container<T>(id: TypeId, data: T) -> Owned {
    alloc_typed(ty(id), data)
}

#[inline(never)]
fn alloc_atomic<T>(id: TypeId, data: T) -> Owned {
    alloc_plain(ty(id), data)
}

/// A new heap object of the given type. Containers are tracked by the
/// cycle collector from the start, except dicts, which are tracked once
/// they hold a container (as in CPython).
pub fn alloc_typed<T>(t: *mut Header, data: T) -> Owned {
    let kind = type_data(t).kind;
    if kind.is_gc() {
        return Owned::from_raw(crate::gc::alloc(t, data, kind != Kind::Dict));
    }
    alloc_plain(t, data)
}

/// A new heap object of a type that is not a container kind.
#[inline]
fn alloc_plain<T>(t: *mut Header, data: T) -> Owned {
    let obj = Box::new(Obj {
        header: Header { rc: 1, ty: t },
        data,
    });
    Owned::from_raw(Value::from_ptr(Box::into_raw(obj) as *mut Header))
}

/// The payload of a heap value whose layout is known to be `T`.
///
/// # Safety
/// `v` must be a heap object whose payload type is `T`.
#[inline]
pub unsafe fn payload<'a, T>(v: Value) -> &'a mut T {
    &mut (*(v.ptr() as *mut Obj<T>)).data
}

/// Makes an object immortal (and so of no interest to the cycle collector).
pub fn immortalize(v: Value) {
    if v.is_ptr() {
        if crate::gc::is_gc(v) {
            crate::gc::untrack(v);
        }
        unsafe { (*v.ptr()).rc = IMMORTAL }
    }
}

/// Frees a heap object whose reference count reached zero (containers go
/// through the collector's `free`, which bounds how deeply frees nest).
pub fn dealloc(v: Value) {
    unsafe fn free<T>(v: Value) {
        drop(Box::from_raw(v.ptr() as *mut Obj<T>));
    }
    use crate::gc::free as free_gc;
    let kind = type_data(unsafe { (*v.ptr()).ty }).kind;
    unsafe {
        match kind {
            // Only `object()` instances of an immediate kind live on the heap.
            Kind::Immediate => free::<()>(v),
            Kind::Type => {}
            Kind::BigInt => free::<num_bigint::BigInt>(v),
            Kind::Complex => free::<crate::num::complex::Complex>(v),
            Kind::Str => free::<crate::str::StrData>(v),
            Kind::Bytes => free::<crate::bytes::BytesData>(v),
            Kind::ByteArray => free::<crate::bytes::ByteArrayData>(v),
            Kind::MemoryView => free::<crate::memoryview::MemoryViewData>(v),
            Kind::List => free_gc::<crate::list::ListData>(v),
            Kind::Tuple => free_gc::<crate::tuple::TupleData>(v),
            Kind::Dict => free_gc::<crate::dict::DictData>(v),
            Kind::DictView => free_gc::<crate::dict::DictView>(v),
            Kind::Set => free_gc::<crate::set::SetData>(v),
            Kind::Range => free::<crate::range::RangeData>(v),
            Kind::Slice => free_gc::<crate::slice::SliceData>(v),
            Kind::Function => free_gc::<crate::function::FunctionData>(v),
            Kind::BuiltinFunction => free::<crate::function::BuiltinData>(v),
            Kind::BoundMethod => free_gc::<crate::function::BoundMethodData>(v),
            Kind::Cell => free_gc::<crate::function::CellData>(v),
            Kind::MethodDescriptor => free::<crate::function::MethodDescriptorData>(v),
            Kind::Generator => {
                if crate::generator::needs_finalize(v) {
                    // Closing may run Python code; keep the object alive
                    // meanwhile. The code may also store it somewhere.
                    (*v.ptr()).rc = 1;
                    crate::generator::finalize(v);
                    (*v.ptr()).rc -= 1;
                    if (*v.ptr()).rc != 0 {
                        return;
                    }
                }
                free_gc::<crate::generator::GeneratorData>(v)
            }
            Kind::Module => free::<crate::module::ModuleData>(v),
            Kind::Exception => free_gc::<crate::exception::ExceptionData>(v),
            Kind::Traceback => free::<crate::traceback::TracebackData>(v),
            Kind::Iterator => free_gc::<crate::iter::IterData>(v),
            Kind::TextStream => free::<crate::io::StreamData>(v),
        }
    }
}
