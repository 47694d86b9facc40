//! The one module that names the parser crate: Python source to AST.

pub use rustpython_ruff_python_ast as ast;
pub use rustpython_ruff_python_ast::visitor;
pub use rustpython_ruff_text_size::{Ranged, TextRange};

use crate::diag::{DiagKind, Diagnostic};

/// Parses a module, reporting invalid syntax as a located `SyntaxError`.
pub fn parse_module(path: &str, source: &str) -> Result<ast::ModModule, Diagnostic> {
    match rustpython_ruff_python_parser::parse_module(source) {
        Ok(parsed) => Ok(parsed.into_syntax()),
        Err(e) => {
            let offset = usize::from(e.location.start());
            Err(Diagnostic::at(
                DiagKind::Syntax,
                path,
                source,
                offset,
                syntax_message(&e.error.to_string()),
            ))
        }
    }
}

/// CPython's wording for the common parser errors.
fn syntax_message(msg: &str) -> String {
    if msg.starts_with("Expected") || msg.starts_with("Unexpected") || msg.starts_with("Invalid") {
        format!("invalid syntax ({msg})")
    } else {
        msg.to_string()
    }
}
