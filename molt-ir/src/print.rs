//! The stable text form of the IR (`molt ir app.py`); `parse.rs` reads it
//! back, and `print → parse → print` is the identity.
//!
//! ```text
//! module __main__ "fib.py"
//! const c0 = str "__main__"
//! global g0 __name__
//!
//! function f1 fib(n) qualname "fib" line 1
//!   slots %0 n
//! b0:
//!   v0 = load.local %0  @2
//!   return v0  @2
//! ```
//!
//! Block headers list their parameters and exception handler, as in
//! `b3(v4, v5) handler b7:`. Mnemonics are [`InstKind::name`] and
//! [`Terminator::name`]; the operands after them follow [`InstKind::syntax`]
//! and [`Terminator::syntax`], which the reader walks too. Each instruction
//! ends with `@line`, its source line (0 for synthetic ones). Value types and
//! the embedded source are not written: the reader derives the first and
//! leaves the second empty.

use std::convert::Infallible;
use std::fmt::Write;

use crate::entities::{BlockId, ConstId, FuncId, GlobalId, SlotId, ValueId};
use crate::function::{Block, Function};
use crate::inst::{BlockCall, InstKind, OpName, OperandSyntax, Terminator};
use crate::module::{Const, Module};

/// The whole module as text.
pub fn module_to_string(m: &Module) -> String {
    let mut out = String::new();
    writeln!(out, "module {} {}", m.name, quote(&m.path)).unwrap();
    for (i, c) in m.consts.iter().enumerate() {
        let text = match c {
            Const::Str(s) => format!("str {}", quote_code_points(s)),
            Const::Bytes(b) => format!("bytes {}", quote_bytes(b)),
            Const::BigInt(digits) => format!("int {digits}"),
            Const::None => "none".to_string(),
            Const::Ellipsis => "ellipsis".to_string(),
            Const::Complex(bits) => format!("complex {bits:#018x}"),
            Const::Tuple(items) => {
                let items: Vec<String> = items.iter().map(|c| c.to_string()).collect();
                format!("tuple ({})", items.join(", "))
            }
        };
        writeln!(out, "const c{i} = {text}").unwrap();
    }
    for (i, g) in m.globals.iter().enumerate() {
        writeln!(out, "global g{i} {g}").unwrap();
    }
    for (i, f) in m.functions.iter().enumerate() {
        out.push('\n');
        write_function(&mut out, i, f);
    }
    out
}

/// One function as text.
pub fn function_to_string(index: usize, f: &Function) -> String {
    let mut out = String::new();
    write_function(&mut out, index, f);
    out
}

fn write_function(out: &mut String, index: usize, f: &Function) {
    writeln!(
        out,
        "function f{index} {}({}) qualname {} line {}{}",
        f.name,
        f.params.join(", "),
        quote(&f.qualname),
        f.first_line,
        if f.is_generator { " generator" } else { "" }
    )
    .unwrap();
    if !f.slots.is_empty() {
        let slots: Vec<String> = f
            .slots
            .iter()
            .enumerate()
            .map(|(i, s)| format!("%{i} {s}"))
            .collect();
        writeln!(out, "  slots {}", slots.join(", ")).unwrap();
    }
    if !f.freevars.is_empty() {
        let free: Vec<String> = f.freevars.iter().map(|s| s.to_string()).collect();
        writeln!(out, "  free {}", free.join(", ")).unwrap();
    }
    for (i, block) in f.blocks.iter().enumerate() {
        write_block(out, i, block);
    }
}

fn write_block(out: &mut String, index: usize, block: &Block) {
    write!(out, "b{index}").unwrap();
    if !block.params.is_empty() {
        write!(out, "({})", values(&block.params)).unwrap();
    }
    if let Some(h) = block.handler {
        write!(out, " handler {h}").unwrap();
    }
    out.push_str(":\n");
    for inst in &block.insts {
        out.push_str("  ");
        if let Some(r) = inst.result {
            write!(out, "{r} = ").unwrap();
        }
        out.push_str(&inst_to_string(&inst.kind));
        writeln!(out, "  @{}", inst.line).unwrap();
    }
    writeln!(
        out,
        "  {}  @{}",
        terminator_to_string(&block.terminator),
        block.term_line
    )
    .unwrap();
}

/// An instruction (without its result) as text.
pub fn inst_to_string(kind: &InstKind) -> String {
    let mut w = OperandWriter::new(kind.name());
    let Ok(()) = kind.clone().syntax(&mut w);
    w.out
}

/// A terminator as text.
pub fn terminator_to_string(term: &Terminator) -> String {
    let mut w = OperandWriter::new(term.name());
    let Ok(()) = term.clone().syntax(&mut w);
    w.out
}

/// Writes a mnemonic and its operands; the reader's counterpart is in `parse.rs`.
struct OperandWriter {
    out: String,
    /// Whether the space after the mnemonic is still to be written.
    at_mnemonic: bool,
}

impl OperandWriter {
    fn new(mnemonic: &str) -> Self {
        OperandWriter {
            out: mnemonic.to_string(),
            at_mnemonic: true,
        }
    }

    fn write(&mut self, text: impl std::fmt::Display) -> Result<(), Infallible> {
        if std::mem::take(&mut self.at_mnemonic) {
            self.out.push(' ');
        }
        write!(self.out, "{text}").unwrap();
        Ok(())
    }
}

impl OperandSyntax for OperandWriter {
    type Error = Infallible;

    fn punct(&mut self, text: &'static str) -> Result<(), Infallible> {
        self.write(text)
    }

    fn value(&mut self, v: &mut ValueId) -> Result<(), Infallible> {
        self.write(*v)
    }

    fn values(&mut self, vs: &mut Vec<ValueId>) -> Result<(), Infallible> {
        if vs.is_empty() {
            return Ok(());
        }
        self.write(values(vs))
    }

    fn slot(&mut self, s: &mut SlotId) -> Result<(), Infallible> {
        self.write(*s)
    }

    fn global(&mut self, g: &mut GlobalId) -> Result<(), Infallible> {
        self.write(*g)
    }

    fn constant(&mut self, c: &mut ConstId) -> Result<(), Infallible> {
        self.write(*c)
    }

    fn function(&mut self, f: &mut FuncId) -> Result<(), Infallible> {
        self.write(*f)
    }

    fn block(&mut self, b: &mut BlockId) -> Result<(), Infallible> {
        self.write(*b)
    }

    fn block_call(&mut self, call: &mut BlockCall) -> Result<(), Infallible> {
        self.write(block_call(call))
    }

    fn int(&mut self, n: &mut i64) -> Result<(), Infallible> {
        self.write(*n)
    }

    fn count(&mut self, n: &mut u32) -> Result<(), Infallible> {
        self.write(*n)
    }

    fn float_bits(&mut self, bits: &mut u64) -> Result<(), Infallible> {
        self.write(format_args!("{bits:#018x}"))
    }

    fn boolean(&mut self, b: &mut bool) -> Result<(), Infallible> {
        self.write(*b)
    }

    fn op<T: OpName>(&mut self, op: &mut T) -> Result<(), Infallible> {
        self.write(op.name())
    }

    fn optional_value(
        &mut self,
        prefix: &'static str,
        v: &mut Option<ValueId>,
    ) -> Result<(), Infallible> {
        match v {
            Some(v) => self.write(format_args!("{prefix}{v}")),
            None => Ok(()),
        }
    }

    fn optional_constant(
        &mut self,
        prefix: &'static str,
        c: &mut Option<ConstId>,
    ) -> Result<(), Infallible> {
        match c {
            Some(c) => self.write(format_args!("{prefix}{c}")),
            None => Ok(()),
        }
    }
}

fn block_call(call: &BlockCall) -> String {
    if call.args.is_empty() {
        call.block.to_string()
    } else {
        format!("{}({})", call.block, values(&call.args))
    }
}

fn values(vs: &[ValueId]) -> String {
    vs.iter()
        .map(|v| v.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A double-quoted string with `\"`, `\\` and `\u{..}` escapes for anything
/// outside printable ASCII.
pub fn quote(s: &str) -> String {
    quote_code_points(&s.chars().map(|c| c as u32).collect::<Vec<_>>())
}

/// Quotes bytes: printable ASCII stands for itself (`\"` and `\\` escaped),
/// every other byte is `\xNN`, as in `"a\x00\\"`.
pub fn quote_bytes(b: &[u8]) -> String {
    let mut out = String::from("\"");
    for &c in b {
        match c {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            0x20..=0x7e => out.push(char::from(c)),
            _ => write!(out, "\\x{c:02x}").unwrap(),
        }
    }
    out.push('"');
    out
}

/// Like [`quote`], for code points that may include lone surrogates.
pub fn quote_code_points(s: &[u32]) -> String {
    let mut out = String::from("\"");
    for &c in s {
        match c {
            0x22 => out.push_str("\\\""),
            0x5c => out.push_str("\\\\"),
            0x20..=0x7e => out.push(c as u8 as char),
            _ => write!(out, "\\u{{{c:x}}}").unwrap(),
        }
    }
    out.push('"');
    out
}
