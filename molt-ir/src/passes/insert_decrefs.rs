//! `insert_decrefs`: makes reference counting explicit.
//!
//! Expects: lowering produced owned `dyn` values (instruction results and
//! block parameters) and released none of them; a value is used after it is
//! stolen nowhere (the verifier checks this).
//! Guarantees: every owned value that is not stolen gets exactly one `decref`,
//! placed right after its last use in its block (or right after its
//! definition when it is unused). Values never cross blocks except as edge
//! arguments, which are stolen, so the analysis is block-local.

use crate::entities::ValueId;
use crate::function::Function;
use crate::inst::{Inst, InstKind};
use crate::types::Type;

/// Inserts the `decref`s of every block of `f`.
pub fn insert_decrefs(f: &mut Function) {
    for block_index in 0..f.blocks.len() {
        let block = &f.blocks[block_index];
        let n = block.insts.len();
        // For each owned value: the index of its last use (n for the
        // terminator), or its definition index, and whether it is stolen.
        let mut owned: Vec<(ValueId, Option<usize>, bool)> =
            block.params.iter().map(|&p| (p, None, false)).collect();
        for (i, inst) in block.insts.iter().enumerate() {
            for v in inst.kind.operands() {
                record_use(&mut owned, v, i, inst.kind.stolen() == Some(v));
            }
            if let Some(r) = inst.result {
                if f.value_types[r.index()] == Type::Dyn {
                    owned.push((r, Some(i), false));
                }
            }
        }
        let stolen = block.terminator.stolen();
        for v in block.terminator.operands() {
            record_use(&mut owned, v, n, stolen.contains(&v));
        }
        // Decrefs to insert after instruction index (None: at block start).
        let mut after: Vec<(Option<usize>, ValueId)> = Vec::new();
        for (v, last, is_stolen) in owned {
            if is_stolen {
                continue;
            }
            assert!(
                last != Some(n),
                "{v} is borrowed by a terminator but not released"
            );
            after.push((last, v));
        }
        if after.is_empty() {
            continue;
        }
        let block = &mut f.blocks[block_index];
        let old = std::mem::take(&mut block.insts);
        let mut insts = Vec::with_capacity(old.len() + after.len());
        let release = |insts: &mut Vec<Inst>, at: Option<usize>, line: u32| {
            for (_, v) in after.iter().filter(|(pos, _)| *pos == at) {
                insts.push(Inst {
                    kind: InstKind::Decref(*v),
                    result: None,
                    line,
                });
            }
        };
        let first_line = old.first().map_or(block.term_line, |i| i.line);
        release(&mut insts, None, first_line);
        for (i, inst) in old.into_iter().enumerate() {
            let line = inst.line;
            insts.push(inst);
            release(&mut insts, Some(i), line);
        }
        block.insts = insts;
    }
}

fn record_use(owned: &mut [(ValueId, Option<usize>, bool)], v: ValueId, at: usize, stolen: bool) {
    if let Some(entry) = owned.iter_mut().find(|(x, _, _)| *x == v) {
        entry.1 = Some(at);
        entry.2 |= stolen;
    }
}
