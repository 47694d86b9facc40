//! `spill_cross_block`: carries values that the frontend uses outside their
//! defining block through hidden slots.
//!
//! Expects: lowering may use a value in any block its definition dominates
//! (an operand evaluated before a short-circuit, a conditional expression or
//! a comprehension that creates blocks in the middle of an expression).
//! Guarantees: every value is used only in its defining block. A crossing
//! value `v` is stored into a fresh hidden slot right after its definition
//! and reloaded (as a new reference) where it is used: in the defining block
//! after the store, and at the top of every other block that uses it. The
//! slot keeps its reference until it is overwritten or the function returns,
//! so reference counts still balance.

use crate::entities::{BlockId, SlotId, ValueId};
use crate::function::{Block, Function};
use crate::inst::{Inst, InstKind};
use crate::types::Type;

/// Rewrites every cross-block use of a `dyn` value in `f`. Crossing `bool`
/// values are left alone for the verifier to report.
pub fn spill_cross_block(f: &mut Function) {
    let mut def_block: Vec<Option<BlockId>> = vec![None; f.value_types.len()];
    for b in f.block_ids() {
        let block = f.block(b);
        let results = block.insts.iter().filter_map(|i| i.result);
        for v in block.params.iter().copied().chain(results) {
            def_block[v.index()] = Some(b);
        }
    }
    // Crossing values, with the blocks that use them, in first-seen order.
    let mut crossing: Vec<(ValueId, Vec<BlockId>)> = Vec::new();
    for b in f.block_ids() {
        let block = f.block(b);
        let used = block
            .insts
            .iter()
            .flat_map(|i| i.kind.operands())
            .chain(block.terminator.operands());
        for v in used {
            let Some(home) = def_block[v.index()] else {
                continue;
            };
            if home == b || f.value_type(v) != Type::Dyn {
                continue;
            }
            match crossing.iter_mut().find(|(x, _)| *x == v) {
                Some((_, blocks)) if !blocks.contains(&b) => blocks.push(b),
                Some(_) => {}
                None => crossing.push((v, vec![b])),
            }
        }
    }
    for (v, users) in crossing {
        let home = def_block[v.index()].expect("crossing values are defined");
        // Earlier spills may have shifted the definition.
        let at = f.blocks[home.index()]
            .insts
            .iter()
            .position(|i| i.result == Some(v));
        let slot = SlotId(f.slots.len() as u32);
        f.slots.push(format!("$spill{}", slot.0));
        // In the home block: store right after the definition, reload, and
        // let later uses see the reload.
        let reload = new_value(f);
        let block = &mut f.blocks[home.index()];
        let pos = at.map_or(0, |i| i + 1);
        let line = at.map_or(block.term_line, |i| block.insts[i].line);
        rename_from(block, pos, v, reload);
        block.insts.splice(
            pos..pos,
            [
                synthetic(InstKind::StoreLocal(slot, v), None, line),
                synthetic(InstKind::LoadLocal(slot), Some(reload), line),
            ],
        );
        for b in users {
            let fresh = new_value(f);
            let block = &mut f.blocks[b.index()];
            rename_from(block, 0, v, fresh);
            let line = block.insts.first().map_or(block.term_line, |i| i.line);
            block
                .insts
                .insert(0, synthetic(InstKind::LoadLocal(slot), Some(fresh), line));
        }
    }
}

fn new_value(f: &mut Function) -> ValueId {
    f.value_types.push(Type::Dyn);
    ValueId(f.value_types.len() as u32 - 1)
}

fn synthetic(kind: InstKind, result: Option<ValueId>, line: u32) -> Inst {
    Inst { kind, result, line }
}

/// Replaces `from` by `to` in the block's instructions at index `start` and
/// later, and in its terminator.
fn rename_from(block: &mut Block, start: usize, from: ValueId, to: ValueId) {
    let insts = block.insts[start..].iter_mut().map(|i| &mut i.kind);
    for kind in insts {
        for op in kind.operands_mut() {
            if *op == from {
                *op = to;
            }
        }
    }
    for op in block.terminator.operands_mut() {
        if *op == from {
            *op = to;
        }
    }
}
