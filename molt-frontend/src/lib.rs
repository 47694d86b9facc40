//! Python source to Molt IR: parsing (`parse`), scope analysis (`scope`),
//! lowering (`lower`) and located diagnostics (`diag`).

pub mod diag;
pub mod lower;
pub mod parse;
pub mod scope;

use diag::Diagnostic;
use molt_ir::module::Module;

/// Compiles the source of the main module into verified, optimised IR.
pub fn compile_main(path: &str, source: &str) -> Result<Module, Diagnostic> {
    let ast = parse::parse_module(path, source)?;
    let mut module = lower::lower_module("__main__", path, source, &ast)?;
    molt_ir::passes::run_pipeline(&mut module)
        .map_err(|e| Diagnostic::internal(path, source, &e.to_string()))?;
    Ok(module)
}
