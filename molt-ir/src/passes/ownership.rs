//! Which owned values are alive at each instruction, after `insert_decrefs`.
//!
//! The backend releases exactly these on an instruction's error edge: when
//! `v2 = binary add v0, v1` raises, `v0` and `v1` are still owned and must be
//! dropped before unwinding.

use crate::entities::ValueId;
use crate::function::Block;
use crate::types::Type;

/// For each instruction of the block (and, last, its terminator): the `dyn`
/// values owned just before it runs, minus those it steals.
pub fn owned_at_each_inst(block: &Block, value_types: &[Type]) -> Vec<Vec<ValueId>> {
    let mut owned: Vec<ValueId> = block.params.clone();
    let mut result = Vec::with_capacity(block.insts.len() + 1);
    for inst in &block.insts {
        let stolen = inst.kind.stolen();
        result.push(
            owned
                .iter()
                .copied()
                .filter(|v| Some(*v) != stolen)
                .collect(),
        );
        if let Some(s) = stolen {
            owned.retain(|v| *v != s);
        }
        if let Some(r) = inst.result {
            if value_types[r.index()] == Type::Dyn {
                owned.push(r);
            }
        }
    }
    let stolen = block.terminator.stolen();
    result.push(owned.into_iter().filter(|v| !stolen.contains(v)).collect());
    result
}
