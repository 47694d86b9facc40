//! A function: its signature, local slots and control-flow graph.

use crate::entities::{BlockId, SlotId, ValueId};
use crate::inst::{Inst, InstKind, Terminator};
use crate::types::Type;

/// A basic block: parameters, straight-line instructions, one terminator.
///
/// Invariant (checked by the verifier): a value is used only in the block
/// that defines it; values cross edges only as block arguments.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub params: Vec<ValueId>,
    pub insts: Vec<Inst>,
    pub terminator: Terminator,
    /// The line of the terminator.
    pub term_line: u32,
    /// Where raising instructions of this block unwind to; `None` unwinds out
    /// of the function.
    pub handler: Option<BlockId>,
}

/// A compiled Python function (or a module body, named `<module>`).
///
/// Parameters arrive in the first `params.len()` slots; every other slot
/// starts unbound.
#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    pub name: String,
    pub qualname: String,
    /// Parameter names, which are also the names of slots `%0..%n`.
    pub params: Vec<String>,
    /// Names of all local slots (parameters first); hidden slots start with `$`.
    pub slots: Vec<String>,
    /// The slots that receive the closure's cells on entry, in closure
    /// order: the function's free variables.
    pub freevars: Vec<SlotId>,
    /// Blocks; `b0` is the entry and takes no parameters.
    pub blocks: Vec<Block>,
    /// The type of every value, indexed by `ValueId`.
    pub value_types: Vec<Type>,
    /// The line of the `def` (or 1 for a module).
    pub first_line: u32,
    /// Whether the function is a generator: calling it makes a generator
    /// whose frame keeps the slots, and its body may `yield`.
    pub is_generator: bool,
}

impl Function {
    /// The block with the given id.
    pub fn block(&self, id: BlockId) -> &Block {
        &self.blocks[id.index()]
    }

    /// The type of a value.
    pub fn value_type(&self, v: ValueId) -> Type {
        self.value_types[v.index()]
    }

    /// The ids of all blocks, in layout order.
    pub fn block_ids(&self) -> impl Iterator<Item = BlockId> {
        (0..self.blocks.len() as u32).map(BlockId)
    }

    /// Whether the body catches exceptions (has an `exc.catch`): only such a
    /// generator can suspend while handling an exception.
    pub fn catches_exceptions(&self) -> bool {
        self.blocks
            .iter()
            .any(|b| b.insts.iter().any(|i| matches!(i.kind, InstKind::ExcCatch)))
    }

    /// The slot named `name`, if any.
    pub fn slot(&self, name: &str) -> Option<SlotId> {
        self.slots
            .iter()
            .position(|s| s == name)
            .map(|i| SlotId(i as u32))
    }
}
