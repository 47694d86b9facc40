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
    Iterator,
    TextStream,
}

/// The payload of a type object.
pub struct TypeData {
    pub name: &'static str,
    pub kind: Kind,
    /// The base type; null only for `object`.
    pub base: *mut Header,
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
    RangeIterator = "range_iterator", Iterator, Object;
    LongRangeIterator = "longrange_iterator", Iterator, Object;
    DictKeyIterator = "dict_keyiterator", Iterator, Object;
    DictValueIterator = "dict_valueiterator", Iterator, Object;
    DictItemIterator = "dict_itemiterator", Iterator, Object;
    SetIterator = "set_iterator", Iterator, Object;
    Enumerate = "enumerate", Iterator, Object;
    Zip = "zip", Iterator, Object;
    Reversed = "reversed", Iterator, Object;
    TextIOWrapper = "_io.TextIOWrapper", TextStream, Object;
    BaseException = "BaseException", Exception, Object;
    SystemExit = "SystemExit", Exception, BaseException;
    KeyboardInterrupt = "KeyboardInterrupt", Exception, BaseException;
    GeneratorExit = "GeneratorExit", Exception, BaseException;
    Exception = "Exception", Exception, BaseException;
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
    ReferenceError = "ReferenceError", Exception, Exception;
    RuntimeError = "RuntimeError", Exception, Exception;
    NotImplementedError = "NotImplementedError", Exception, RuntimeError;
    RecursionError = "RecursionError", Exception, RuntimeError;
    SyntaxError = "SyntaxError", Exception, Exception;
    SystemError = "SystemError", Exception, Exception;
    TypeError = "TypeError", Exception, Exception;
    ValueError = "ValueError", Exception, Exception;
    UnicodeError = "UnicodeError", Exception, ValueError;
    Warning = "Warning", Exception, Exception;
    DeprecationWarning = "DeprecationWarning", Exception, Warning;
    RuntimeWarning = "RuntimeWarning", Exception, Warning;
    UserWarning = "UserWarning", Exception, Warning;
    Map = "map", Iterator, Object;
    Filter = "filter", Iterator, Object;
    CallableIterator = "callable_iterator", Iterator, Object;
}

static mut TYPES: Vec<*mut Header> = Vec::new();

/// The `function` type object, exported for compiled call sites.
#[no_mangle]
#[allow(non_upper_case_globals)]
pub static mut molt_function_type: *mut Header = std::ptr::null_mut();

/// Creates the builtin type objects (idempotent).
pub fn init_types() {
    unsafe {
        let types = &mut *std::ptr::addr_of_mut!(TYPES);
        if !types.is_empty() {
            return;
        }
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
                    id,
                },
            });
            types.push(Box::into_raw(obj) as *mut Header);
        }
        molt_function_type = types[TypeId::Function as usize];
        let type_type = types[TypeId::Type as usize];
        for &(id, _, _, base) in TYPE_DEFS {
            let t = types[id as usize] as *mut Obj<TypeData>;
            (*t).header.ty = type_type;
            if id != TypeId::Object {
                (*t).data.base = types[base as usize];
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
pub fn is_subtype(mut t: *mut Header, base: *mut Header) -> bool {
    while !t.is_null() {
        if t == base {
            return true;
        }
        t = type_data(t).base;
    }
    false
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
pub fn alloc<T>(id: TypeId, data: T) -> Owned {
    alloc_typed(ty(id), data)
}

/// A new heap object of the given type.
pub fn alloc_typed<T>(t: *mut Header, data: T) -> Owned {
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

/// Makes an object immortal.
pub fn immortalize(v: Value) {
    if v.is_ptr() {
        unsafe { (*v.ptr()).rc = IMMORTAL }
    }
}

/// Frees a heap object whose reference count reached zero.
pub fn dealloc(v: Value) {
    unsafe fn free<T>(v: Value) {
        drop(Box::from_raw(v.ptr() as *mut Obj<T>));
    }
    let kind = type_data(unsafe { (*v.ptr()).ty }).kind;
    unsafe {
        match kind {
            // Only `object()` instances of an immediate kind live on the heap.
            Kind::Immediate => free::<()>(v),
            Kind::Type => {}
            Kind::BigInt => free::<num_bigint::BigInt>(v),
            Kind::Complex => free::<crate::num::complex::Complex>(v),
            Kind::Str => free::<crate::str::StrData>(v),
            Kind::List => free::<crate::list::ListData>(v),
            Kind::Tuple => free::<crate::tuple::TupleData>(v),
            Kind::Dict => free::<crate::dict::DictData>(v),
            Kind::DictView => free::<crate::dict::DictView>(v),
            Kind::Set => free::<crate::set::SetData>(v),
            Kind::Range => free::<crate::range::RangeData>(v),
            Kind::Slice => free::<crate::slice::SliceData>(v),
            Kind::Function => free::<crate::function::FunctionData>(v),
            Kind::BuiltinFunction => free::<crate::function::BuiltinData>(v),
            Kind::MethodDescriptor => free::<crate::function::MethodDescriptorData>(v),
            Kind::BoundMethod => free::<crate::function::BoundMethodData>(v),
            Kind::Cell => free::<crate::function::CellData>(v),
            Kind::Generator => {
                // Closing may run Python code; keep the object alive meanwhile.
                (*v.ptr()).rc = 1;
                crate::generator::finalize(v);
                (*v.ptr()).rc = 0;
                free::<crate::generator::GeneratorData>(v)
            }
            Kind::Module => free::<crate::module::ModuleData>(v),
            Kind::Exception => free::<crate::exception::ExceptionData>(v),
            Kind::Iterator => free::<crate::iter::IterData>(v),
            Kind::TextStream => free::<crate::io::StreamData>(v),
        }
    }
}
