//! `fuse_compare`: a comparison whose only use is its truth test becomes
//! one `compare.bool`, so `if a < b:` never boxes a bool.
//!
//! Expects: values are used only in their defining block (after
//! `spill_cross_block`); no `decref` instructions yet.
//! Guarantees: for every `v = compare op a, b` whose single use in the
//! function is `t = truthy v` in the same block, the pair is replaced by
//! `t = compare.bool op a, b` at the comparison's place (the truth test
//! runs right after the comparison in Python too, with nothing observable
//! in between).

use crate::function::Function;
use crate::inst::InstKind;

/// Fuses every eligible comparison of `f`.
pub fn fuse_compare(f: &mut Function) {
    let mut uses = vec![0u32; f.value_types.len()];
    for block in &f.blocks {
        let ops = block
            .insts
            .iter()
            .flat_map(|i| i.kind.operands())
            .chain(block.terminator.operands());
        for v in ops {
            uses[v.index()] += 1;
        }
    }
    for block in &mut f.blocks {
        let mut i = 0;
        while i < block.insts.len() {
            let InstKind::Compare(op, a, b) = block.insts[i].kind else {
                i += 1;
                continue;
            };
            let Some(v) = block.insts[i].result else {
                i += 1;
                continue;
            };
            let test =
                (i + 1..block.insts.len()).find(|&j| block.insts[j].kind == InstKind::Truthy(v));
            match test {
                Some(j) if uses[v.index()] == 1 => {
                    let test = block.insts.remove(j);
                    block.insts[i].kind = InstKind::CompareBool(op, a, b);
                    block.insts[i].result = test.result;
                }
                _ => {}
            }
            i += 1;
        }
    }
}
