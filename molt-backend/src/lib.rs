//! Molt IR to native code: `codegen` lowers each function to Cranelift IR
//! (with inline fast paths and error edges), `object` writes the object file
//! with its data (constants blob, globals, the `main` entry), `link` calls the
//! system linker.

pub mod blob;
pub mod codegen;
pub mod link;
pub mod object;
