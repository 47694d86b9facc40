//! The IR verifier. It checks, for every function of a module:
//!
//! 1. the entry block `b0` has no parameters;
//! 2. every operand is defined earlier in the same block (or is one of its
//!    parameters): values cross edges only as block arguments;
//! 3. every value is defined once;
//! 4. edges pass as many arguments as the target has parameters; a
//!    `for.next` body block has exactly one parameter, its exit none; handler
//!    blocks have none;
//! 5. `branch` conditions are `bool`, every other operand is `dyn`;
//! 6. slot, constant, global and function ids are in range;
//! 7. ownership: a value is not used after an instruction that steals it.
//!
//! Errors are returned, never panicked; [`VerifyError`] displays the function
//! with `; error:` under the instruction at fault.

use std::fmt;

use crate::entities::{BlockId, ValueId};
use crate::function::Function;
use crate::inst::{InstKind, Terminator};
use crate::module::Module;
use crate::print;
use crate::types::Type;

/// A verifier failure, located at an instruction.
#[derive(Debug)]
pub struct VerifyError {
    pub function: String,
    pub block: BlockId,
    /// The instruction index in the block; `None` for the block header or terminator.
    pub inst: Option<usize>,
    pub message: String,
    /// The function's text with the error marked.
    pub listing: String,
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "IR verification failed in {}: {}\n{}",
            self.function, self.message, self.listing
        )
    }
}

impl std::error::Error for VerifyError {}

/// Verifies every function of a module.
pub fn verify_module(m: &Module) -> Result<(), VerifyError> {
    for (i, f) in m.functions.iter().enumerate() {
        verify_function(m, i, f)?;
    }
    Ok(())
}

struct Checker<'a> {
    module: &'a Module,
    func: &'a Function,
    index: usize,
}

impl Checker<'_> {
    fn fail(&self, block: BlockId, inst: Option<usize>, message: String) -> VerifyError {
        let text = print::function_to_string(self.index, self.func);
        let mut listing = String::new();
        let mut current: Option<usize> = None;
        let mut seen_insts = 0usize;
        for line in text.lines() {
            listing.push_str(line);
            listing.push('\n');
            if line.starts_with('b') && line.ends_with(':') {
                current = line[1..]
                    .split(['(', ' ', ':'])
                    .next()
                    .and_then(|n| n.parse().ok());
                seen_insts = 0;
                if current == Some(block.index()) && inst.is_none() && line.contains('(') {
                    listing.push_str(&format!("; error: {message}\n"));
                }
                continue;
            }
            if current == Some(block.index()) && line.starts_with("  ") {
                let at_fault = match inst {
                    Some(i) => seen_insts == i,
                    None => seen_insts == self.func.block(block).insts.len(),
                };
                if at_fault {
                    listing.push_str(&format!("; error: {message}\n"));
                }
                seen_insts += 1;
            }
        }
        VerifyError {
            function: self.func.name.clone(),
            block,
            inst,
            message,
            listing,
        }
    }
}

/// Verifies one function of a module.
pub fn verify_function(m: &Module, index: usize, f: &Function) -> Result<(), VerifyError> {
    let c = Checker {
        module: m,
        func: f,
        index,
    };
    if f.blocks.is_empty() {
        return Err(c.fail(BlockId(0), None, "function has no blocks".into()));
    }
    if !f.blocks[0].params.is_empty() {
        return Err(c.fail(BlockId(0), None, "entry block has parameters".into()));
    }
    if let Some(s) = f.freevars.iter().find(|s| s.index() >= f.slots.len()) {
        return Err(c.fail(
            BlockId(0),
            None,
            format!("free variable slot {s} does not exist"),
        ));
    }
    let mut defined_anywhere = vec![false; f.value_types.len()];
    for bid in f.block_ids() {
        let block = f.block(bid);
        // Values available in this block, and whether they were stolen.
        let mut live: Vec<(ValueId, bool)> = Vec::new();
        let mut define = |v: ValueId, inst: Option<usize>| -> Result<(), VerifyError> {
            if v.index() >= defined_anywhere.len() || defined_anywhere[v.index()] {
                return Err(c.fail(bid, inst, format!("{v} is defined twice or has no type")));
            }
            defined_anywhere[v.index()] = true;
            Ok(())
        };
        for &p in &block.params {
            define(p, None)?;
            live.push((p, false));
        }
        if let Some(h) = block.handler {
            check_block_target(&c, bid, None, h, 0)?;
        }
        for (i, inst) in block.insts.iter().enumerate() {
            check_refs(&c, bid, i, &inst.kind)?;
            for v in inst.kind.operands() {
                use_value(&c, bid, Some(i), &live, v, Type::Dyn)?;
            }
            if let Some(s) = inst.kind.stolen() {
                mark_stolen(&mut live, s);
            }
            match (inst.result, inst.kind.result_type()) {
                (Some(r), Some(t)) if f.value_types.get(r.index()) == Some(&t) => {
                    define(r, Some(i))?;
                    live.push((r, false));
                }
                (None, None) => {}
                _ => return Err(c.fail(bid, Some(i), "result does not match its type".into())),
            }
        }
        let term = &block.terminator;
        let operands = term.operands();
        for (k, v) in operands.iter().enumerate() {
            let want = match term {
                Terminator::Branch { .. } if k == 0 => Type::Bool,
                _ => Type::Dyn,
            };
            use_value(&c, bid, None, &live, *v, want)?;
        }
        // Each edge takes over its arguments; a value may go down several edges.
        let edges: Vec<Vec<ValueId>> = match term {
            Terminator::Branch {
                then, otherwise, ..
            } => {
                vec![then.args.clone(), otherwise.args.clone()]
            }
            _ => vec![term.stolen()],
        };
        for stolen in &edges {
            for (k, v) in stolen.iter().enumerate() {
                if stolen[..k].contains(v) {
                    return Err(c.fail(bid, None, format!("{v} is stolen twice")));
                }
            }
        }
        match term {
            Terminator::Jump(call) => {
                check_block_target(&c, bid, None, call.block, call.args.len())?
            }
            Terminator::Branch {
                then, otherwise, ..
            } => {
                check_block_target(&c, bid, None, then.block, then.args.len())?;
                check_block_target(&c, bid, None, otherwise.block, otherwise.args.len())?;
            }
            Terminator::ForNext { iter, body, exit } => {
                if iter.index() >= f.slots.len() {
                    return Err(c.fail(bid, None, "reference out of range".into()));
                }
                check_block_target(&c, bid, None, *body, 1)?;
                check_block_target(&c, bid, None, *exit, 0)?;
            }
            Terminator::Yield { resume, .. } => {
                if !f.is_generator {
                    return Err(c.fail(bid, None, "yield outside a generator".into()));
                }
                check_block_target(&c, bid, None, *resume, 1)?;
            }
            Terminator::YieldFrom {
                iter, resume, done, ..
            } => {
                if !f.is_generator {
                    return Err(c.fail(bid, None, "yield outside a generator".into()));
                }
                if iter.index() >= f.slots.len() {
                    return Err(c.fail(bid, None, "reference out of range".into()));
                }
                check_block_target(&c, bid, None, *resume, 1)?;
                check_block_target(&c, bid, None, *done, 1)?;
            }
            Terminator::Return(_)
            | Terminator::Raise(..)
            | Terminator::Reraise(_)
            | Terminator::Unreachable => {}
        }
    }
    Ok(())
}

fn use_value(
    c: &Checker,
    block: BlockId,
    inst: Option<usize>,
    live: &[(ValueId, bool)],
    v: ValueId,
    want: Type,
) -> Result<(), VerifyError> {
    match live.iter().find(|(x, _)| *x == v) {
        None => Err(c.fail(block, inst, format!("{v} is not defined in this block"))),
        Some((_, true)) => Err(c.fail(block, inst, format!("{v} is used after being stolen"))),
        Some(_) if c.func.value_type(v) != want => Err(c.fail(
            block,
            inst,
            format!(
                "{v} has type {}, expected {}",
                c.func.value_type(v).name(),
                want.name()
            ),
        )),
        Some(_) => Ok(()),
    }
}

fn mark_stolen(live: &mut [(ValueId, bool)], v: ValueId) {
    if let Some(entry) = live.iter_mut().find(|(x, _)| *x == v) {
        entry.1 = true;
    }
}

fn check_block_target(
    c: &Checker,
    block: BlockId,
    inst: Option<usize>,
    target: BlockId,
    nargs: usize,
) -> Result<(), VerifyError> {
    match c.func.blocks.get(target.index()) {
        None => Err(c.fail(block, inst, format!("{target} does not exist"))),
        Some(t) if t.params.len() != nargs => Err(c.fail(
            block,
            inst,
            format!("{target} takes {} arguments, {nargs} given", t.params.len()),
        )),
        Some(_) => Ok(()),
    }
}

fn check_refs(c: &Checker, block: BlockId, i: usize, kind: &InstKind) -> Result<(), VerifyError> {
    let m = c.module;
    let ok = match kind {
        InstKind::LoadLocal(s)
        | InstKind::StoreLocal(s, _)
        | InstKind::DelLocal(s)
        | InstKind::LoadDeref(s)
        | InstKind::StoreDeref(s, _)
        | InstKind::UpdateLocal(_, s, _)
        | InstKind::InPlaceLocal(_, s, _)
        | InstKind::DelDeref(s) => s.index() < c.func.slots.len(),
        InstKind::LocalsSync(_, k, s) | InstKind::LocalsSyncDeref(_, k, s) => {
            k.index() < m.consts.len() && s.index() < c.func.slots.len()
        }
        InstKind::LoadGlobal(g) | InstKind::StoreGlobal(g, _) | InstKind::DelGlobal(g) => {
            g.index() < m.globals.len()
        }
        InstKind::ConstPool(k)
        | InstKind::Import(k)
        | InstKind::GetAttr(_, k)
        | InstKind::SetAttr(_, k, _)
        | InstKind::DelAttr(_, k)
        | InstKind::CallUnpack { layout: k, .. }
        | InstKind::ImportFrom(_, k)
        | InstKind::LocalsDrop(_, k) => k.index() < m.consts.len(),
        InstKind::Call { kwnames, .. } => kwnames.is_none_or(|k| k.index() < m.consts.len()),
        InstKind::CallMethod { name, kwnames, .. } => {
            name.index() < m.consts.len() && kwnames.is_none_or(|k| k.index() < m.consts.len())
        }
        InstKind::MakeFunction { func, info, .. } => {
            func.index() < m.functions.len() && info.index() < m.consts.len()
        }
        InstKind::ConstInt(_)
        | InstKind::ModuleGlobals
        | InstKind::CellNew
        | InstKind::ConstFloat(_)
        | InstKind::ConstNone
        | InstKind::ConstBool(_)
        | InstKind::Dup(_)
        | InstKind::Decref(_)
        | InstKind::Binary(..)
        | InstKind::InPlace(..)
        | InstKind::Unary(..)
        | InstKind::Compare(..)
        | InstKind::CompareBool(..)
        | InstKind::Truthy(_)
        | InstKind::GetItem(..)
        | InstKind::SetItem(..)
        | InstKind::DelItem(..)
        | InstKind::BuildList(_)
        | InstKind::BuildTuple(_)
        | InstKind::BuildDict(_)
        | InstKind::BuildSlice(..)
        | InstKind::BuildString(_)
        | InstKind::Format(..)
        | InstKind::Convert(..)
        | InstKind::Iter(_)
        | InstKind::Unpack(..)
        | InstKind::UnpackEx(..)
        | InstKind::MatchSeq(..)
        | InstKind::MatchSeqStar(..)
        | InstKind::MatchMap(..)
        | InstKind::ListAppend(..)
        | InstKind::SetAdd(..)
        | InstKind::BuildSet(_)
        | InstKind::ListExtend(..)
        | InstKind::ListToTuple(_)
        | InstKind::DictUpdate(..)
        | InstKind::TupleGet(..)
        | InstKind::ExcCatch
        | InstKind::ExcFetch
        | InstKind::ExcDone
        | InstKind::ExcCurrent
        | InstKind::ExcMatch(..)
        | InstKind::ExcSplit(..)
        | InstKind::ExcPrepReraise(..) => true,
    };
    if ok {
        Ok(())
    } else {
        Err(c.fail(block, Some(i), "reference out of range".into()))
    }
}
