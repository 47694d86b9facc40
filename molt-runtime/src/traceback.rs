//! Traceback objects (`exc.__traceback__`) and printing an uncaught
//! exception in CPython 3.12's format (`Python/pythonrun.c`,
//! `Python/traceback.c`): the chain of causes and contexts, exception
//! groups in their `+-+---- 1 ----` boxes, notes, SyntaxError locations,
//! and each traceback's frames with runs of identical frames collapsed.

use crate::exception::{exc_data, R};
use crate::exception_group::{is_group, parts};
use crate::module::module_data;
use crate::object::{alloc, payload, type_data, type_id, type_of, TypeId};
use crate::str::as_string;
use crate::value::{none, Owned, Value};

/// The payload of a traceback object: one frame an exception passed
/// through, linked to the next frame inward (`tb_next`). An exception's
/// `__traceback__` is the outermost frame; raising through a frame
/// prepends one.
pub struct TracebackData {
    pub next: Option<Owned>,
    /// The frame's module (for its file and source lines).
    pub module: Owned,
    pub func_name: Owned,
    pub line: u32,
}

impl Drop for TracebackData {
    /// Unlinks a chain iteratively, so dropping a deep recursion's
    /// traceback does not recurse once per frame.
    fn drop(&mut self) {
        let mut next = self.next.take();
        while let Some(tb) = next {
            if unsafe { (*tb.v().ptr()).rc } != 1 {
                break;
            }
            next = data(tb.v()).next.take();
        }
    }
}

fn data<'a>(tb: Value) -> &'a mut TracebackData {
    unsafe { payload::<TracebackData>(tb) }
}

/// Records that `exc` passes through a frame of `module`'s function
/// `func_name` at `line` (CPython's `PyTraceBack_Here`).
static mut NO_SOURCE_LINES: bool = false;

/// From now on tracebacks show no source lines: at shutdown CPython can no
/// longer import what reads them.
pub fn hide_source_lines() {
    unsafe { *std::ptr::addr_of_mut!(NO_SOURCE_LINES) = true }
}

fn source_lines_shown() -> bool {
    unsafe { !*std::ptr::addr_of!(NO_SOURCE_LINES) }
}

pub fn add_frame(exc: Value, module: Value, func_name: Value, line: u32) {
    let d = exc_data(exc);
    let tb = alloc(
        TypeId::Traceback,
        TracebackData {
            next: d.traceback.take(),
            module: module.new_ref(),
            func_name: func_name.new_ref(),
            line,
        },
    );
    d.traceback = Some(tb);
}

/// `tb.tb_next` and `tb.tb_lineno`.
pub fn attribute(tb: Value, attr: &str) -> Option<Owned> {
    let d = data(tb);
    match attr {
        "tb_next" => Some(d.next.clone().unwrap_or_else(none)),
        "tb_lineno" => Some(crate::int::from_i64(d.line as i64)),
        _ => None,
    }
}

/// The module of the innermost frame of a traceback.
pub fn innermost_module(tb: Value) -> Value {
    let mut t = tb;
    while let Some(next) = data(t).next.as_ref() {
        t = next.v();
    }
    data(t).module.v()
}

/// The text CPython prints for an uncaught exception.
pub fn format_exception(exc: Value) -> String {
    let mut p = Printer::new();
    p.recursive(exc);
    p.out
}

/// How an exception nobody can catch is reported after `Exception ignored
/// in: ...` (CPython's default `sys.unraisablehook`): its traceback and
/// `Type: message` line, without chained exceptions, notes or suggestions.
pub fn format_unraisable(exc: Value) -> String {
    let mut p = Printer::new();
    p.traceback(exc);
    p.exception_line(exc, crate::repr::str_string(exc), None);
    p.out
}

/// `sys.tracebacklimit`'s default: at most this many innermost frames print.
const TB_LIMIT: usize = 1000;
/// Identical consecutive frames beyond this many collapse into one line.
const TB_RECURSIVE_CUTOFF: usize = 3;
/// Sub-exceptions printed per group before `and N more exceptions`.
const MAX_GROUP_WIDTH: usize = 15;
/// Nesting depth of groups printed before `... (max_group_depth is 10)`.
const MAX_GROUP_DEPTH: usize = 10;

const CAUSE_MESSAGE: &str =
    "The above exception was the direct cause of the following exception:\n";
const CONTEXT_MESSAGE: &str =
    "During handling of the above exception, another exception occurred:\n";

/// CPython's `exception_print_context`.
struct Printer {
    out: String,
    /// Exceptions already printed (guards chains against cycles).
    seen: Vec<Value>,
    group_depth: usize,
    /// Whether the innermost open group box still needs its closing line.
    need_close: bool,
}

impl Printer {
    fn new() -> Printer {
        Printer {
            out: String::new(),
            seen: Vec::new(),
            group_depth: 0,
            need_close: false,
        }
    }

    fn indent(&self) -> usize {
        2 * self.group_depth
    }

    fn margin(&self) -> &'static str {
        if self.group_depth > 0 {
            "| "
        } else {
            ""
        }
    }

    fn write_indent(&mut self, n: usize) {
        self.out.extend(std::iter::repeat_n(' ', n));
    }

    fn write_indented_margin(&mut self) {
        self.write_indent(self.indent());
        self.out.push_str(self.margin());
    }

    fn recursive(&mut self, exc: Value) {
        self.cause_and_context(exc);
        if is_group(exc) {
            self.group(exc);
        } else {
            self.exception(exc);
        }
    }

    fn cause_and_context(&mut self, exc: Value) {
        self.seen.push(exc);
        let d = exc_data(exc);
        if let Some(cause) = d.cause.clone() {
            if !self.seen.contains(&cause.v()) {
                self.chained(cause.v(), CAUSE_MESSAGE);
            }
            return;
        }
        if d.suppress_context {
            return;
        }
        if let Some(context) = d.context.clone() {
            if !self.seen.contains(&context.v()) {
                self.chained(context.v(), CONTEXT_MESSAGE);
            }
        }
    }

    fn chained(&mut self, exc: Value, message: &str) {
        let need_close = self.need_close;
        self.recursive(exc);
        self.need_close = need_close;
        self.write_indented_margin();
        self.out.push('\n');
        self.write_indented_margin();
        self.out.push_str(message);
        self.write_indented_margin();
        self.out.push('\n');
    }

    /// `print_exception`: traceback, SyntaxError location, the
    /// `Type: message` line, notes.
    fn exception(&mut self, exc: Value) {
        self.traceback(exc);
        let notes = exc_data(exc).notes.clone();
        let (message, suggestion) = match self.syntax_location(exc) {
            Some(msg) => (crate::repr::str_string(msg.v()), None),
            None => (crate::repr::str_string(exc), crate::suggestions::offer(exc)),
        };
        self.exception_line(exc, message, suggestion);
        if let Some(notes) = notes {
            self.notes(notes.v());
        }
    }

    /// The `Traceback (most recent call last):` block, if `exc` has one.
    fn traceback(&mut self, exc: Value) {
        let d = exc_data(exc);
        if let Some(tb) = d.traceback.clone() {
            let (header, header_margin) = if is_group(exc) {
                let m = if self.group_depth == 1 {
                    "+ "
                } else {
                    self.margin()
                };
                ("Exception Group Traceback (most recent call last):\n", m)
            } else {
                ("Traceback (most recent call last):\n", self.margin())
            };
            self.write_indent(self.indent());
            self.out.push_str(header_margin);
            self.out.push_str(header);
            self.frames(tb.v());
        }
    }

    /// The `Type: message` line.
    fn exception_line(&mut self, exc: Value, message: R<String>, suggestion: Option<String>) {
        self.write_indented_margin();
        self.out.push_str(type_data(type_of(exc)).name);
        match message {
            Ok(m) if m.is_empty() => {}
            Ok(m) => {
                self.out.push_str(": ");
                self.out.push_str(&m);
            }
            Err(_) => {
                crate::exception::take_raised();
                self.out.push_str(": <exception str() failed>");
            }
        }
        if let Some(s) = suggestion {
            self.out.push_str(&s);
        }
        self.out.push('\n');
    }

    /// `print_exception_file_and_line` for SyntaxErrors: writes the
    /// location and returns the `msg` to print in place of `str(exc)`.
    fn syntax_location(&mut self, exc: Value) -> Option<Owned> {
        let (filename, lineno, offset, end_offset, text, msg) =
            crate::exception_types::syntax_location(exc)?;
        self.write_indented_margin();
        self.out
            .push_str(&format!("  File \"{filename}\", line {lineno}\n"));
        if let Some(text) = text {
            self.error_text(offset, end_offset, &text);
        }
        Some(msg)
    }

    /// `print_error_text`: the offending line without its indentation and
    /// a caret line under the error's columns.
    fn error_text(&mut self, offset: i64, end_offset: i64, text: &str) {
        let mut offset = offset - 1;
        let mut end_offset = end_offset - 1;
        let trimmed = text.trim_start_matches([' ', '\t', '\x0c']);
        let stripped = (text.len() - trimmed.len()) as i64;
        offset -= stripped;
        end_offset -= stripped;
        let mut text = trimmed;
        let mut len = text.len() as i64;
        if text.ends_with('\n') {
            len -= 1;
        }
        offset = offset.min(len);
        while let Some(nl) = text.find('\n') {
            let inl = nl as i64;
            if inl >= offset {
                break;
            }
            text = &text[nl + 1..];
            len -= inl + 1;
            offset -= inl + 1;
            end_offset -= inl + 1;
        }
        self.out.push_str("    ");
        self.out.push_str(text);
        if text.as_bytes().get(len.max(0) as usize) != Some(&b'\n') {
            self.out.push('\n');
        }
        if offset < 0 {
            return;
        }
        self.out.push_str("    ");
        self.write_indent(offset as usize);
        let carets = (end_offset - offset).max(1) as usize;
        self.out.extend(std::iter::repeat_n('^', carets));
        self.out.push('\n');
    }

    /// `print_exception_notes`: each note's lines under the exception line.
    fn notes(&mut self, notes: Value) {
        let is_seq = notes.is_ptr() && matches!(type_id(notes), TypeId::List | TypeId::Tuple);
        if !is_seq {
            self.write_indented_margin();
            let text = crate::repr::repr_string(notes).unwrap_or_else(|_| {
                crate::exception::take_raised();
                "<__notes__ repr() failed>".to_string()
            });
            self.out.push_str(&text);
            self.out.push('\n');
            return;
        }
        let notes: Vec<Owned> = match type_id(notes) {
            TypeId::List => crate::list::list_items(notes).clone(),
            _ => crate::tuple::items(notes).to_vec(),
        };
        for note in notes {
            match crate::repr::str_string(note.v()) {
                Ok(text) => {
                    for line in text.split_inclusive(['\n', '\r']) {
                        self.write_indented_margin();
                        self.out.push_str(line);
                    }
                }
                Err(_) => {
                    crate::exception::take_raised();
                    self.out.push_str("<note str() failed>");
                }
            }
            self.out.push('\n');
        }
    }

    /// `print_exception_group`: the group itself, then each sub-exception
    /// in a numbered box one level deeper.
    fn group(&mut self, exc: Value) {
        if self.group_depth > MAX_GROUP_DEPTH {
            self.write_indented_margin();
            self.out
                .push_str(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"));
            return;
        }
        if self.group_depth == 0 {
            self.group_depth += 1;
        }
        self.exception(exc);
        let excs: Vec<Owned> = crate::tuple::items(parts(exc).1).to_vec();
        let n = excs.len().min(MAX_GROUP_WIDTH + 1);
        self.need_close = false;
        for i in 0..n {
            let last = i == n - 1;
            if last {
                self.need_close = true;
            }
            self.write_indent(self.indent());
            let lead = if i == 0 { "+-" } else { "  " };
            let truncated = i >= MAX_GROUP_WIDTH;
            if truncated {
                self.out
                    .push_str(&format!("{lead}+---------------- ... ----------------\n"));
            } else {
                self.out.push_str(&format!(
                    "{lead}+---------------- {} ----------------\n",
                    i + 1
                ));
            }
            self.group_depth += 1;
            if truncated {
                let remaining = excs.len() - MAX_GROUP_WIDTH;
                self.write_indented_margin();
                self.out.push_str(&format!(
                    "and {remaining} more exception{}\n",
                    if remaining > 1 { "s" } else { "" }
                ));
            } else {
                self.recursive(excs[i].v());
            }
            if last && self.need_close {
                self.write_indent(self.indent());
                self.out.push_str("+------------------------------------\n");
                self.need_close = false;
            }
            self.group_depth -= 1;
        }
        if self.group_depth == 1 {
            self.group_depth -= 1;
        }
    }

    /// `tb_printinternal`: the innermost `TB_LIMIT` frames, outermost
    /// first, each as `File "...", line N, in name` and its source line;
    /// a run of more than three identical frames ends with
    /// `[Previous line repeated N more times]` (printed without margin, as
    /// CPython does).
    fn frames(&mut self, tb: Value) {
        let mut chain = Vec::new();
        let mut t = Some(tb);
        while let Some(v) = t {
            chain.push(v);
            t = data(v).next.as_ref().map(|n| n.v());
        }
        let skip = chain.len().saturating_sub(TB_LIMIT);
        let mut last: Option<(Value, u32, String)> = None;
        let mut count = 0usize;
        for &v in &chain[skip..] {
            let d = data(v);
            let key = (d.module.v(), d.line, as_string(d.func_name.v()));
            if last.as_ref() != Some(&key) {
                self.repeated(count);
                last = Some(key.clone());
                count = 0;
            }
            count += 1;
            if count <= TB_RECURSIVE_CUTOFF {
                let m = module_data(key.0);
                self.write_indented_margin();
                self.out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    m.path, key.1, key.2
                ));
                let source = if source_lines_shown() {
                    m.lines.get((key.1 as usize).wrapping_sub(1))
                } else {
                    None
                };
                if let Some(src) = source {
                    let src = src.trim();
                    if !src.is_empty() {
                        self.write_indented_margin();
                        self.out.push_str(&format!("    {src}\n"));
                    }
                }
            }
        }
        self.repeated(count);
    }

    fn repeated(&mut self, count: usize) {
        if count > TB_RECURSIVE_CUTOFF {
            let n = count - TB_RECURSIVE_CUTOFF;
            self.out.push_str(&format!(
                "  [Previous line repeated {n} more time{}]\n",
                if n > 1 { "s" } else { "" }
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::args::testing::{call, method, s, setup};
    use crate::exception::exc_data;

    #[test]
    fn unraisable_report_has_no_chain_or_notes() {
        let _g = setup();
        let context = call("KeyError", &[&s("first")], &[]).unwrap();
        let e = call("ValueError", &[&s("in finally")], &[]).unwrap();
        exc_data(e.v()).context = Some(context);
        method(&e, "add_note", &[&s("a note")], &[]).unwrap();
        let full = super::format_exception(e.v());
        assert!(full.contains("During handling") && full.contains("a note"));
        assert_eq!(super::format_unraisable(e.v()), "ValueError: in finally\n");
    }
}
