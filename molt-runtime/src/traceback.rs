//! Printing an uncaught exception in CPython's format: the chain of causes
//! and contexts, each with its frames (file, line, function, source line),
//! collapsing runs of identical frames as CPython does.

use crate::exception::{exc_data, R};
use crate::module::module_data;
use crate::object::{type_data, type_of};
use crate::str::as_string;
use crate::value::Value;

/// The text CPython prints for an uncaught exception.
pub fn format_exception(exc: Value) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    format_chain(exc, &mut out, &mut seen);
    out
}

fn format_chain(exc: Value, out: &mut String, seen: &mut Vec<Value>) {
    seen.push(exc);
    let d = exc_data(exc);
    if let Some(cause) = &d.cause {
        if !seen.contains(&cause.v()) {
            format_chain(cause.v(), out, seen);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        }
    } else if let Some(ctx) = &d.context {
        if !d.suppress_context && !seen.contains(&ctx.v()) {
            format_chain(ctx.v(), out, seen);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
    }
    format_one(exc, out);
}

fn format_one(exc: Value, out: &mut String) {
    let d = exc_data(exc);
    if !d.traceback.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        let mut last: Option<(String, u32, String)> = None;
        let mut repeats = 0usize;
        for entry in d.traceback.iter().rev() {
            let m = module_data(entry.module);
            let key = (m.path.clone(), entry.line, as_string(entry.func_name));
            if last.as_ref() == Some(&key) {
                repeats += 1;
                if repeats >= 3 {
                    continue;
                }
            } else {
                flush_repeats(out, repeats);
                repeats = 0;
            }
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                key.0, key.1, key.2
            ));
            if let Some(src) = m.lines.get(entry.line as usize - 1) {
                let src = src.trim();
                if !src.is_empty() {
                    out.push_str(&format!("    {src}\n"));
                }
            }
            last = Some(key);
        }
        flush_repeats(out, repeats);
    }
    out.push_str(&exception_line(exc));
}

fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats >= 3 {
        let n = repeats - 2;
        out.push_str(&format!(
            "  [Previous line repeated {n} more time{}]\n",
            if n == 1 { "" } else { "s" }
        ));
    }
}

/// The last line: `TypeName: message` (or just the name for an empty message).
pub fn exception_line(exc: Value) -> String {
    let name = type_data(type_of(exc)).name;
    let msg: R<String> = crate::repr::str_string(exc);
    match msg {
        Ok(m) if m.is_empty() => format!("{name}\n"),
        Ok(m) => format!("{name}: {m}\n"),
        Err(_) => {
            crate::exception::take_raised();
            format!("{name}: <exception str() failed>\n")
        }
    }
}
