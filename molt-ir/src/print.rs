//! The stable text form of the IR (`molt ir app.py`); `parse.rs` reads it back.
//!
//! ```text
//! function f1 fib(n) qualname "fib" line 1
//!   slots %0 n
//! b0:
//!   v0 = load.local %0  @2
//!   return v0  @2
//! ```

use std::fmt::Write;

use crate::entities::ValueId;
use crate::function::{Block, Function};
use crate::inst::{BlockCall, InstKind, Terminator};
use crate::module::{Const, Module};

/// The whole module as text.
pub fn module_to_string(m: &Module) -> String {
    let mut out = String::new();
    writeln!(out, "module {} {}", m.name, quote(&m.path)).unwrap();
    for (i, c) in m.consts.iter().enumerate() {
        let text = match c {
            Const::Str(s) => format!("str {}", quote_code_points(s)),
            Const::BigInt(digits) => format!("int {digits}"),
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
        "function f{index} {}({}) qualname {} line {}",
        f.name,
        f.params.join(", "),
        quote(&f.qualname),
        f.first_line
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
    let name = kind.name();
    match kind {
        InstKind::ConstInt(n) => format!("{name} {n}"),
        InstKind::ConstFloat(bits) => format!("{name} {bits:#018x}"),
        InstKind::ConstBool(b) => format!("{name} {b}"),
        InstKind::ConstPool(c) | InstKind::Import(c) => format!("{name} {c}"),
        InstKind::LoadLocal(s) | InstKind::DelLocal(s) => format!("{name} {s}"),
        InstKind::LoadGlobal(g) | InstKind::DelGlobal(g) => format!("{name} {g}"),
        InstKind::StoreLocal(s, v) => format!("{name} {s}, {v}"),
        InstKind::StoreGlobal(g, v) => format!("{name} {g}, {v}"),
        InstKind::ConstNone
        | InstKind::ExcCatch
        | InstKind::ExcFetch
        | InstKind::ExcCurrent
        | InstKind::ExcDone => name.to_string(),
        InstKind::Dup(v) | InstKind::Decref(v) | InstKind::Truthy(v) | InstKind::Iter(v) => {
            format!("{name} {v}")
        }
        InstKind::Binary(op, a, b) | InstKind::InPlace(op, a, b) => {
            format!("{name} {} {a}, {b}", op.name())
        }
        InstKind::Unary(op, v) => format!("{name} {} {v}", op.name()),
        InstKind::Compare(op, a, b) => format!("{name} {} {a}, {b}", op.name()),
        InstKind::Convert(conv, v) => format!("{name} {} {v}", conv.name()),
        InstKind::Call {
            callee,
            args,
            kwnames,
        } => {
            format!(
                "{name} {callee}({}{})",
                values(args),
                kwnames_suffix(*kwnames)
            )
        }
        InstKind::CallMethod {
            obj,
            name: method,
            args,
            kwnames,
        } => {
            format!(
                "{name} {obj}.{method}({}{})",
                values(args),
                kwnames_suffix(*kwnames)
            )
        }
        InstKind::GetAttr(v, c) | InstKind::ImportFrom(v, c) => format!("{name} {v}, {c}"),
        InstKind::GetItem(a, b)
        | InstKind::DelItem(a, b)
        | InstKind::Format(a, b)
        | InstKind::ExcMatch(a, b) => format!("{name} {a}, {b}"),
        InstKind::SetItem(a, b, c) | InstKind::BuildSlice(a, b, c) => {
            format!("{name} {a}, {b}, {c}")
        }
        InstKind::BuildList(items)
        | InstKind::BuildTuple(items)
        | InstKind::BuildDict(items)
        | InstKind::BuildString(items) => {
            if items.is_empty() {
                name.to_string()
            } else {
                format!("{name} {}", values(items))
            }
        }
        InstKind::Unpack(v, n) | InstKind::TupleGet(v, n) => format!("{name} {v}, {n}"),
        InstKind::MakeFunction(f, c, v) => format!("{name} {f}, {c}, {v}"),
    }
}

/// A terminator as text.
pub fn terminator_to_string(term: &Terminator) -> String {
    match term {
        Terminator::Jump(call) => format!("jump {}", block_call(call)),
        Terminator::Branch {
            cond,
            then,
            otherwise,
        } => {
            format!(
                "branch {cond}, {}, {}",
                block_call(then),
                block_call(otherwise)
            )
        }
        Terminator::Return(v) => format!("return {v}"),
        Terminator::Raise(v, None) => format!("raise {v}"),
        Terminator::Raise(v, Some(cause)) => format!("raise {v} from {cause}"),
        Terminator::Reraise(v) => format!("reraise {v}"),
        Terminator::ForNext { iter, body, exit } => format!("for.next {iter}, {body}, {exit}"),
        Terminator::Unreachable => "unreachable".to_string(),
    }
}

fn block_call(call: &BlockCall) -> String {
    if call.args.is_empty() {
        call.block.to_string()
    } else {
        format!("{}({})", call.block, values(&call.args))
    }
}

fn kwnames_suffix(kwnames: Option<crate::entities::ConstId>) -> String {
    kwnames.map(|c| format!("; {c}")).unwrap_or_default()
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
