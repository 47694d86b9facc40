//! Molt's mid-level IR: per-function control-flow graphs of basic blocks in SSA
//! form with block parameters, the passes over them, and the runtime ABI table.
//!
//! ```
//! use molt_ir::builder::FunctionBuilder;
//! use molt_ir::inst::{BinOp, InstKind, Terminator};
//! use molt_ir::module::Module;
//!
//! let mut module = Module::new("__main__", "demo.py", "x = 1 + 2\n");
//! let mut b = FunctionBuilder::new("<module>", "<module>", vec![]);
//! b.set_line(1);
//! let one = b.push(InstKind::ConstInt(1));
//! let two = b.push(InstKind::ConstInt(2));
//! let sum = b.push(InstKind::Binary(BinOp::Add, one, two));
//! b.push(InstKind::Decref(one));
//! b.push(InstKind::Decref(two));
//! let x = module.global("x");
//! b.push(InstKind::StoreGlobal(x, sum));
//! let none = b.push(InstKind::ConstNone);
//! b.terminate(Terminator::Return(none));
//! module.add_function(b.finish());
//! molt_ir::verify::verify_module(&module).unwrap();
//! assert!(molt_ir::print::module_to_string(&module).contains("binary add v0, v1"));
//! ```

pub mod abi;
pub mod builder;
pub mod entities;
pub mod function;
pub mod inst;
pub mod module;
pub mod parse;
pub mod passes;
pub mod print;
pub mod types;
pub mod verify;
