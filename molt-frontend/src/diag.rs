//! Located diagnostics: `file:line:col: error: message`, the source line and
//! a caret, plus what to do instead.

use std::fmt;

/// The kind of a compile-time error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiagKind {
    /// Invalid Python, reported as CPython reports a `SyntaxError`.
    Syntax,
    /// Valid Python that Molt does not support yet.
    Unsupported,
    /// A bug in Molt.
    Internal,
}

/// A compile-time error at a source position.
#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub kind: DiagKind,
    pub path: String,
    /// 1-based line and column.
    pub line: usize,
    pub col: usize,
    pub message: String,
    /// The source line, for display.
    pub source_line: String,
    /// What the user can do instead.
    pub help: Option<String>,
}

/// 1-based (line, column) of a byte offset; the column counts characters.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, source[line_start..offset].chars().count() + 1)
}

impl Diagnostic {
    /// A diagnostic at a byte offset.
    pub fn at(kind: DiagKind, path: &str, source: &str, offset: usize, message: String) -> Self {
        let (line, col) = line_col(source, offset);
        let source_line = source.lines().nth(line - 1).unwrap_or("").to_string();
        Diagnostic {
            kind,
            path: path.to_string(),
            line,
            col,
            message,
            source_line,
            help: None,
        }
    }

    /// An internal error (no position).
    pub fn internal(path: &str, source: &str, message: &str) -> Self {
        Diagnostic::at(
            DiagKind::Internal,
            path,
            source,
            0,
            format!("internal compiler error: {message}"),
        )
    }

    /// Adds a hint.
    pub fn with_help(mut self, help: &str) -> Self {
        self.help = Some(help.to_string());
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.kind {
            DiagKind::Syntax => "SyntaxError",
            DiagKind::Unsupported => "error: unsupported",
            DiagKind::Internal => "error",
        };
        writeln!(
            f,
            "{}:{}:{}: {}: {}",
            self.path, self.line, self.col, label, self.message
        )?;
        writeln!(f, "    {}", self.source_line)?;
        let pad: String = self
            .source_line
            .chars()
            .take(self.col.saturating_sub(1))
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        write!(f, "    {pad}^")?;
        if let Some(h) = &self.help {
            write!(f, "\n  help: {h}")?;
        }
        Ok(())
    }
}
