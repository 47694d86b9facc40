//! Molt's runtime: values, objects, builtins, exceptions, tracebacks. The
//! `exports` module is the ABI that compiled code calls.

pub mod attr;
pub mod builtins;
pub mod builtins_more;
pub mod call;
pub mod dict;
pub mod dict_methods;
pub mod exception;
pub mod exports;
pub mod format;
pub mod function;
pub mod hash;
pub mod init;
pub mod int;
pub mod io;
pub mod iter;
pub mod list;
pub mod list_methods;
pub mod methods;
pub mod module;
pub mod num;
pub mod num_glue;
pub mod object;
pub mod ops;
pub mod range;
pub mod range_methods;
pub mod repr;
pub mod slice;
pub mod state;
pub mod str;
pub mod str_methods;
pub mod subscript;
pub mod traceback;
pub mod text;
pub mod tuple;
pub mod value;
