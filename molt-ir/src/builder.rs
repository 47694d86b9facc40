//! Building a function's CFG instruction by instruction. The builder knows
//! nothing of Python syntax; the frontend drives it.

use crate::entities::{BlockId, SlotId, ValueId};
use crate::function::{Block, Function};
use crate::inst::{Inst, InstKind, Terminator};
use crate::types::Type;

/// Builds one [`Function`]. Blocks are created up front and filled one at a
/// time; the current block ends when it gets its terminator.
pub struct FunctionBuilder {
    func: Function,
    current: BlockId,
    /// Whether the current block already has its terminator.
    terminated: bool,
    line: u32,
}

impl FunctionBuilder {
    /// A builder positioned at the entry block `b0`; the parameters take the
    /// first slots.
    pub fn new(name: &str, qualname: &str, params: Vec<String>) -> Self {
        let func = Function {
            name: name.to_string(),
            qualname: qualname.to_string(),
            slots: params.clone(),
            params,
            freevars: Vec::new(),
            blocks: Vec::new(),
            value_types: Vec::new(),
            first_line: 1,
            is_generator: false,
        };
        let mut b = FunctionBuilder {
            func,
            current: BlockId(0),
            terminated: false,
            line: 0,
        };
        b.current = b.create_block(None);
        b
    }

    /// Sets the line given to the next instructions.
    pub fn set_line(&mut self, line: u32) {
        self.line = line;
    }

    /// The line given to the next instructions.
    pub fn line(&self) -> u32 {
        self.line
    }

    /// Sets the line of the `def`.
    pub fn set_first_line(&mut self, line: u32) {
        self.func.first_line = line;
    }

    /// A new empty block unwinding to `handler`.
    pub fn create_block(&mut self, handler: Option<BlockId>) -> BlockId {
        self.func.blocks.push(Block {
            params: Vec::new(),
            insts: Vec::new(),
            terminator: Terminator::Unreachable,
            term_line: 0,
            handler,
        });
        BlockId(self.func.blocks.len() as u32 - 1)
    }

    /// Adds a `dyn` parameter to a block.
    pub fn add_block_param(&mut self, block: BlockId) -> ValueId {
        let v = self.new_value(Type::Dyn);
        self.func.blocks[block.index()].params.push(v);
        v
    }

    /// Continues building in `block`.
    pub fn switch_to(&mut self, block: BlockId) {
        self.current = block;
        self.terminated = false;
    }

    /// The block being built.
    pub fn current_block(&self) -> BlockId {
        self.current
    }

    /// The handler of the block being built.
    pub fn current_handler(&self) -> Option<BlockId> {
        self.func.blocks[self.current.index()].handler
    }

    /// Whether the current block is finished (code after it is unreachable).
    pub fn is_terminated(&self) -> bool {
        self.terminated
    }

    /// A slot for a local name, added if new.
    pub fn slot(&mut self, name: &str) -> SlotId {
        if let Some(s) = self.func.slot(name) {
            return s;
        }
        self.func.slots.push(name.to_string());
        SlotId(self.func.slots.len() as u32 - 1)
    }

    /// The parameters' names, in order (they hold the first slots).
    pub fn params(&self) -> &[String] {
        &self.func.params
    }

    /// Whether a slot holds a parameter.
    pub fn is_param(&self, slot: SlotId) -> bool {
        slot.index() < self.func.params.len()
    }

    /// A new slot named `name`, even when another slot has that name (a
    /// comprehension's variables shadow the function's).
    pub fn new_slot(&mut self, name: &str) -> SlotId {
        self.func.slots.push(name.to_string());
        SlotId(self.func.slots.len() as u32 - 1)
    }

    /// Marks the function as a generator.
    pub fn set_generator(&mut self) {
        self.func.is_generator = true;
    }

    /// Declares the slots that receive the closure's cells, in order.
    pub fn set_freevars(&mut self, slots: Vec<SlotId>) {
        self.func.freevars = slots;
    }

    /// A fresh hidden slot (its name starts with `$`).
    pub fn hidden_slot(&mut self, what: &str) -> SlotId {
        let name = format!("${}{}", what, self.func.slots.len());
        self.slot(&name)
    }

    /// Appends an instruction to the current block and returns its result
    /// (for instructions without a result, a value that must not be used).
    pub fn push(&mut self, kind: InstKind) -> ValueId {
        assert!(!self.terminated, "instruction after terminator");
        let result = kind.result_type().map(|t| self.new_value(t));
        let line = self.line;
        self.func.blocks[self.current.index()]
            .insts
            .push(Inst { kind, result, line });
        result.unwrap_or(ValueId(u32::MAX))
    }

    /// Ends the current block.
    pub fn terminate(&mut self, term: Terminator) {
        assert!(!self.terminated, "block terminated twice");
        let block = &mut self.func.blocks[self.current.index()];
        block.terminator = term;
        block.term_line = self.line;
        self.terminated = true;
    }

    /// The finished function.
    pub fn finish(self) -> Function {
        self.func
    }

    fn new_value(&mut self, t: Type) -> ValueId {
        self.func.value_types.push(t);
        ValueId(self.func.value_types.len() as u32 - 1)
    }
}
