//! One IR function to Cranelift IR. Locals become Cranelift variables;
//! every raising instruction gets an error edge that releases the values it
//! leaves owned (from `passes::ownership`), records a traceback entry and
//! unwinds to the block's handler or out of the function. Small-int
//! arithmetic and comparisons, truth tests and reference counting are
//! inlined; everything else calls the runtime through the ABI table.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    types, AbiParam, Block, Function, InstBuilder, MemFlagsData, StackSlotData, StackSlotKind,
    Type, Value,
};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::{DataId, FuncId, Module as _};
use cranelift_object::ObjectModule;
use molt_ir::abi::{self, AbiType};
use molt_ir::entities::ValueId;
use molt_ir::function::Function as IrFunction;
use molt_ir::inst::{BinOp, CmpOp, InstKind, Terminator, UnOp};
use molt_ir::module::Module;
use molt_ir::passes::ownership::owned_at_each_inst;
use molt_ir::types::Type as IrType;

/// What every function's code generation shares.
pub struct Env<'a> {
    pub imports: &'a [(&'static str, FuncId)],
    pub funcs: &'a [FuncId],
    pub consts: DataId,
    pub globals: DataId,
    pub handle: DataId,
    /// Builtins found for each unbound global (0 until looked up); the
    /// cache holds one reference to each.
    pub builtin_cache: DataId,
    /// The runtime's `function` type pointer and call-depth counter.
    pub function_type: DataId,
    pub frames: DataId,
    /// The runtime's `generator` and `range_iterator` type pointers.
    pub generator_type: DataId,
    pub range_iterator_type: DataId,
    /// The constant index of each function's name (for tracebacks).
    pub name_consts: &'a [u32],
    /// The constant index of each function's slot names.
    pub slot_consts: &'a [Vec<u32>],
    pub module: &'a Module,
}

/// The Cranelift type of an ABI type.
pub fn clif_type(t: AbiType, ptr: Type) -> Type {
    match t {
        AbiType::Value | AbiType::Usize => types::I64,
        AbiType::Ptr => ptr,
        AbiType::U32 | AbiType::I32 => types::I32,
    }
}

const TAG_SHIFT: i64 = 48;

/// The condition comparing two inline ints for an ordering or equality
/// operator (`None` for `is` and `in` forms, which are not numeric).
fn int_cc(op: CmpOp) -> Option<IntCC> {
    Some(match op {
        CmpOp::Eq => IntCC::Equal,
        CmpOp::Ne => IntCC::NotEqual,
        CmpOp::Lt => IntCC::SignedLessThan,
        CmpOp::Le => IntCC::SignedLessThanOrEqual,
        CmpOp::Gt => IntCC::SignedGreaterThan,
        CmpOp::Ge => IntCC::SignedGreaterThanOrEqual,
        CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn => return None,
    })
}
const PAYLOAD_MASK: i64 = (1 << 48) - 1;

struct Gen<'a, 'b> {
    obj: &'a mut ObjectModule,
    env: &'a Env<'a>,
    b: FunctionBuilder<'b>,
    ir: &'a IrFunction,
    func_index: usize,
    vars: Vec<Variable>,
    values: Vec<Option<Value>>,
    /// IR values known to be immediates (constant ints, floats, bools,
    /// `None`), whose reference counting is a no-op.
    immediate: Vec<bool>,
    blocks: Vec<Block>,
    error_exit: Block,
    /// In a generator body: the frame and its slot array, where the slots
    /// live instead of in variables.
    frame: Option<(Value, Value)>,
    /// In a generator body: the state number of each block's suspension
    /// point (`yield` or `yield.from`), indexed by block.
    yield_states: Vec<Option<i64>>,
    /// The IR block being lowered.
    ir_block: usize,
}

/// Lowers IR function `index` into `func`.
pub fn lower_function(
    obj: &mut ObjectModule,
    env: &Env,
    index: usize,
    ir: &IrFunction,
    func: &mut Function,
    fctx: &mut FunctionBuilderContext,
) -> Result<(), String> {
    let mut b = FunctionBuilder::new(func, fctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    let blocks: Vec<Block> = ir.blocks.iter().map(|_| b.create_block()).collect();
    let error_exit = b.create_block();
    let vars: Vec<Variable> = ir.slots.iter().map(|_| b.declare_var(types::I64)).collect();
    let mut g = Gen {
        obj,
        env,
        b,
        ir,
        func_index: index,
        vars,
        values: vec![None; ir.value_types.len()],
        immediate: vec![false; ir.value_types.len()],
        blocks,
        error_exit,
        frame: None,
        yield_states: Vec::new(),
        ir_block: 0,
    };
    g.b.switch_to_block(entry);
    if ir.is_generator {
        g.generator_prologue(entry);
    } else {
        g.prologue(entry);
    }
    for (bi, block) in ir.blocks.iter().enumerate() {
        let cb = g.blocks[bi];
        g.ir_block = bi;
        for &p in &block.params {
            let v = g.b.append_block_param(cb, types::I64);
            g.values[p.index()] = Some(v);
        }
        g.b.switch_to_block(cb);
        let owned = owned_at_each_inst(block, &ir.value_types);
        for (ii, inst) in block.insts.iter().enumerate() {
            g.inst(
                &inst.kind,
                inst.result,
                inst.line,
                block.handler,
                &owned[ii],
            )?;
        }
        g.terminator(
            &block.terminator,
            block.term_line,
            block.handler,
            &owned[block.insts.len()],
        );
    }
    // The error exit: release the locals and return the sentinel.
    g.b.switch_to_block(error_exit);
    g.finish_frame();
    let err = g.b.ins().iconst(types::I64, abi::ERROR_BITS as i64);
    g.b.ins().return_(&[err]);
    g.b.seal_all_blocks();
    g.b.finalize(g.obj.isa().frontend_config());
    Ok(())
}

impl Gen<'_, '_> {
    /// A plain function: parameters come from the argument array (and are
    /// owned from here on), free variables from the closure.
    fn prologue(&mut self, entry: Block) {
        let args = self.b.block_params(entry)[0];
        let func_obj = self.b.block_params(entry)[1];
        for i in 0..self.ir.slots.len() {
            let v = if i < self.ir.params.len() {
                let mf = self.mf();
                let v = self.b.ins().load(types::I64, mf, args, (i * 8) as i32);
                self.incref(v);
                v
            } else {
                self.iconst(abi::UNBOUND_BITS)
            };
            self.b.def_var(self.vars[i], v);
        }
        self.load_free_vars(func_obj);
        let first = self.blocks[0];
        self.b.ins().jump(first, &[]);
    }

    /// A generator body: the slots live in the frame; dispatch on the
    /// frame's state to the start or to the block after a suspension point.
    fn generator_prologue(&mut self, entry: Block) {
        let frame = self.b.block_params(entry)[0];
        let sent = self.b.block_params(entry)[1];
        let mf = self.mf();
        let slots = self
            .b
            .ins()
            .load(types::I64, mf, frame, abi::GEN_SLOTS_OFFSET);
        self.frame = Some((frame, slots));
        let mut n = 0;
        self.yield_states = self
            .ir
            .blocks
            .iter()
            .map(|b| match b.terminator {
                Terminator::Yield { .. } | Terminator::YieldFrom { .. } => {
                    n += 1;
                    Some(n)
                }
                _ => None,
            })
            .collect();
        let state = self
            .b
            .ins()
            .load(types::I64, mf, frame, abi::GEN_STATE_OFFSET);
        let start = self.b.create_block();
        let bad = self.b.create_block();
        let mut targets = vec![start];
        let mut resumes = Vec::new();
        for (bi, st) in self.yield_states.clone().iter().enumerate() {
            if st.is_some() {
                let b = self.b.create_block();
                targets.push(b);
                resumes.push((bi, b));
            }
        }
        let pool = &mut self.b.func.dfg.value_lists;
        let table: Vec<cranelift_codegen::ir::BlockCall> = targets
            .iter()
            .map(|&b| cranelift_codegen::ir::BlockCall::new(b, [], pool))
            .collect();
        let default = cranelift_codegen::ir::BlockCall::new(bad, [], pool);
        let jt = self
            .b
            .create_jump_table(cranelift_codegen::ir::JumpTableData::new(default, &table));
        let index = self.b.ins().ireduce(types::I32, state);
        self.b.ins().br_table(index, jt);

        self.b.switch_to_block(bad);
        self.b
            .ins()
            .trap(cranelift_codegen::ir::TrapCode::unwrap_user(2));

        self.b.switch_to_block(start);
        let func_obj = self
            .b
            .ins()
            .load(types::I64, mf, frame, abi::GEN_FUNC_OFFSET);
        self.load_free_vars(func_obj);
        let first = self.blocks[0];
        self.b.ins().jump(first, &[]);

        for (bi, b) in resumes {
            self.b.switch_to_block(b);
            let block = &self.ir.blocks[bi];
            match &block.terminator {
                Terminator::Yield { resume, .. } => {
                    // A `throw()` raises its pending exception right here.
                    let thrown =
                        self.b
                            .ins()
                            .icmp_imm_s(IntCC::Equal, sent, abi::ERROR_BITS as i64);
                    let (line, handler) = (block.term_line, block.handler);
                    self.check(thrown, line, handler, &[], true);
                    let target = self.blocks[resume.index()];
                    self.b.ins().jump(target, &[sent.into()]);
                }
                Terminator::YieldFrom { resume, .. } => {
                    let target = self.blocks[resume.index()];
                    self.b.ins().jump(target, &[sent.into()]);
                }
                _ => unreachable!("only suspension points resume"),
            }
        }
    }

    fn load_free_vars(&mut self, func_obj: Value) {
        for (i, s) in self.ir.freevars.clone().iter().enumerate() {
            let index = self.iconst(i as u64);
            let cell = self
                .call_rt("molt_closure_cell", &[func_obj, index])
                .unwrap();
            self.slot_set(*s, cell);
        }
    }

    /// The current value of a slot.
    fn slot_get(&mut self, s: molt_ir::entities::SlotId) -> Value {
        match self.frame {
            Some((_, slots)) => {
                let mf = self.mf();
                self.b
                    .ins()
                    .load(types::I64, mf, slots, (s.index() * 8) as i32)
            }
            None => self.b.use_var(self.vars[s.index()]),
        }
    }

    /// Rebinds a slot (without releasing its old value).
    fn slot_set(&mut self, s: molt_ir::entities::SlotId, v: Value) {
        match self.frame {
            Some((_, slots)) => {
                let mf = self.mf();
                self.b.ins().store(mf, v, slots, (s.index() * 8) as i32);
            }
            None => self.b.def_var(self.vars[s.index()], v),
        }
    }

    /// Leaving the body for good: a plain function releases its locals; a
    /// generator marks its frame finished (the runtime releases the slots).
    fn finish_frame(&mut self) {
        match self.frame {
            Some((frame, _)) => {
                let done = self.iconst(abi::GEN_FINISHED as u64);
                let mf = self.mf();
                self.b.ins().store(mf, done, frame, abi::GEN_STATE_OFFSET);
            }
            None => self.release_locals(),
        }
    }

    fn mf(&self) -> MemFlagsData {
        MemFlagsData::trusted()
    }

    fn val(&self, v: ValueId) -> Value {
        self.values[v.index()].expect("value used before definition")
    }

    fn call_rt(&mut self, name: &str, args: &[Value]) -> Option<Value> {
        let id = self.env.imports.iter().find(|(n, _)| *n == name).unwrap().1;
        let fref = self.obj.declare_func_in_func(id, self.b.func);
        let inst = self.b.ins().call(fref, args);
        self.b.inst_results(inst).first().copied()
    }

    fn data_addr(&mut self, id: DataId) -> Value {
        let gv = self.obj.declare_data_in_func(id, self.b.func);
        self.b.ins().symbol_value(types::I64, gv)
    }

    fn iconst(&mut self, bits: u64) -> Value {
        self.b.ins().iconst(types::I64, bits as i64)
    }

    fn u32c(&mut self, n: u32) -> Value {
        self.b.ins().iconst(types::I32, n as i64)
    }

    fn const_value(&mut self, index: u32) -> Value {
        let base = self.data_addr(self.env.consts);
        let mf = self.mf();
        self.b.ins().load(types::I64, mf, base, (index * 8) as i32)
    }

    fn handle(&mut self) -> Value {
        let addr = self.data_addr(self.env.handle);
        let mf = self.mf();
        self.b.ins().load(types::I64, mf, addr, 0)
    }

    fn is_tag(&mut self, v: Value, tag: u64) -> Value {
        let t = self.b.ins().ushr_imm_s(v, TAG_SHIFT);
        self.b.ins().icmp_imm_s(IntCC::Equal, t, tag as i64)
    }

    fn incref(&mut self, v: Value) {
        let is_ptr = self.is_tag(v, abi::TAG_PTR);
        let yes = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(is_ptr, yes, &[], done, &[]);
        self.b.switch_to_block(yes);
        let p = self.b.ins().band_imm_s(v, PAYLOAD_MASK);
        let mf = self.mf();
        let rc = self.b.ins().load(types::I64, mf, p, abi::REFCOUNT_OFFSET);
        let rc = self.b.ins().iadd_imm_s(rc, 1);
        let mf = self.mf();
        self.b.ins().store(mf, rc, p, abi::REFCOUNT_OFFSET);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    fn decref(&mut self, v: Value) {
        let is_ptr = self.is_tag(v, abi::TAG_PTR);
        let yes = self.b.create_block();
        let free = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(is_ptr, yes, &[], done, &[]);
        self.b.switch_to_block(yes);
        let p = self.b.ins().band_imm_s(v, PAYLOAD_MASK);
        let mf = self.mf();
        let rc = self.b.ins().load(types::I64, mf, p, abi::REFCOUNT_OFFSET);
        let rc = self.b.ins().iadd_imm_s(rc, -1);
        let mf = self.mf();
        self.b.ins().store(mf, rc, p, abi::REFCOUNT_OFFSET);
        self.b.ins().brif(rc, done, &[], free, &[]);
        self.b.switch_to_block(free);
        self.call_rt("molt_dealloc", &[v]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// Raises UnboundLocalError (NameError for a free variable) when `v`,
    /// the value of slot `s` or of the cell it holds, is unbound.
    fn check_bound(
        &mut self,
        v: Value,
        s: molt_ir::entities::SlotId,
        line: u32,
        handler: Option<molt_ir::entities::BlockId>,
        owned: &[ValueId],
    ) {
        let unbound = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, v, abi::UNBOUND_BITS as i64);
        let err = self.b.create_block();
        let ok = self.b.create_block();
        self.b.ins().brif(unbound, err, &[], ok, &[]);
        self.b.switch_to_block(err);
        let c = self.env.slot_consts[self.func_index][s.index()];
        let cv = self.const_value(c);
        let raiser = if self.ir.freevars.contains(&s) {
            "molt_unbound_free"
        } else {
            "molt_unbound_local"
        };
        self.call_rt(raiser, &[cv]);
        self.error_path(line, handler, owned, true);
        self.b.switch_to_block(ok);
    }

    /// Drops an owned IR value.
    fn release(&mut self, v: ValueId) {
        if !self.immediate[v.index()] {
            let cv = self.val(v);
            self.decref(cv);
        }
    }

    fn release_locals(&mut self) {
        for var in self.vars.clone() {
            let v = self.b.use_var(var);
            self.decref(v);
        }
    }

    /// Suspends the generator at the current block's suspension point,
    /// handing `value` to the caller.
    fn suspend(&mut self, value: Value) {
        let (frame, _) = self.frame.expect("only generators suspend");
        let state = self.yield_states[self.ir_block].expect("a suspension point");
        let st = self.iconst(state as u64);
        let mf = self.mf();
        self.b.ins().store(mf, st, frame, abi::GEN_STATE_OFFSET);
        self.b.ins().return_(&[value]);
    }

    /// Branches to an error path when `failed` is true, continuing otherwise.
    fn check(
        &mut self,
        failed: Value,
        line: u32,
        handler: Option<molt_ir::entities::BlockId>,
        owned: &[ValueId],
        add_tb: bool,
    ) {
        let err = self.b.create_block();
        let ok = self.b.create_block();
        self.b.ins().brif(failed, err, &[], ok, &[]);
        self.b.switch_to_block(err);
        self.error_path(line, handler, owned, add_tb);
        self.b.switch_to_block(ok);
    }

    /// Releases `owned`, records the traceback entry and unwinds.
    fn error_path(
        &mut self,
        line: u32,
        handler: Option<molt_ir::entities::BlockId>,
        owned: &[ValueId],
        add_tb: bool,
    ) {
        for &v in owned {
            if self.ir.value_type(v) == IrType::Dyn {
                self.release(v);
            }
        }
        if add_tb {
            let h = self.handle();
            let name = self.const_value(self.env.name_consts[self.func_index]);
            let line = self.u32c(line);
            self.call_rt("molt_traceback_add", &[h, name, line]);
        }
        match handler {
            Some(h) => {
                let target = self.blocks[h.index()];
                self.b.ins().jump(target, &[]);
            }
            None => {
                let exit = self.error_exit;
                self.b.ins().jump(exit, &[]);
            }
        }
    }

    /// Checks a boxed result against the error sentinel.
    fn check_value(
        &mut self,
        r: Value,
        line: u32,
        handler: Option<molt_ir::entities::BlockId>,
        owned: &[ValueId],
    ) {
        let failed = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, r, abi::ERROR_BITS as i64);
        self.check(failed, line, handler, owned, true);
    }

    /// Checks an `i32` status (-1 on error).
    fn check_status(
        &mut self,
        r: Value,
        line: u32,
        handler: Option<molt_ir::entities::BlockId>,
        owned: &[ValueId],
    ) {
        let failed = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, r, 0);
        self.check(failed, line, handler, owned, true);
    }

    /// Stores values into a fresh stack array and returns its address.
    fn array(&mut self, items: &[ValueId]) -> (Value, Value) {
        let n = items.len();
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            (n.max(1) * 8) as u32,
            3,
        ));
        for (i, &v) in items.iter().enumerate() {
            let cv = self.val(v);
            self.b
                .ins()
                .stack_store(types::I64, cv, slot, (i * 8) as i32);
        }
        let addr = self.b.ins().stack_addr(types::I64, slot, 0);
        let count = self.b.ins().iconst(types::I64, n as i64);
        (addr, count)
    }

    /// Branches to `heap` when `v` is a pointer, else to `other`, and in
    /// `heap` loads the object's address and its type pointer.
    fn type_word(&mut self, v: Value, heap: Block, other: Block) -> (Value, Value) {
        let is_ptr = self.is_tag(v, abi::TAG_PTR);
        self.b.ins().brif(is_ptr, heap, &[], other, &[]);
        self.b.switch_to_block(heap);
        let p = self.b.ins().band_imm_s(v, PAYLOAD_MASK);
        let mf = self.mf();
        let ty = self.b.ins().load(types::I64, mf, p, abi::TYPE_OFFSET);
        (p, ty)
    }

    /// A call without keywords: a compiled function of matching arity is
    /// entered directly (bumping the call depth inline); anything else, or
    /// a call at the recursion limit, goes through `molt_call`.
    fn positional_call(&mut self, f: Value, args: Value, n: usize) -> Value {
        let check_type = self.b.create_block();
        let check_arity = self.b.create_block();
        let check_depth = self.b.create_block();
        let slow = self.b.create_block();
        let done = self.b.create_block();
        let result = self.b.append_block_param(done, types::I64);
        let (p, ty) = self.type_word(f, check_type, slow);
        let mf = self.mf();
        let fty = self.type_pointer(self.env.function_type);
        let same = self.b.ins().icmp(IntCC::Equal, ty, fty);
        self.b.ins().brif(same, check_arity, &[], slow, &[]);

        self.b.switch_to_block(check_arity);
        let arity = self
            .b
            .ins()
            .load(types::I64, mf, p, abi::FUNCTION_ARITY_OFFSET);
        let fits = self.b.ins().icmp_imm_s(IntCC::Equal, arity, n as i64);
        self.b.ins().brif(fits, check_depth, &[], slow, &[]);

        self.b.switch_to_block(check_depth);
        let depth = self.enter_depth(slow);
        let entry = self
            .b
            .ins()
            .load(types::I64, mf, p, abi::FUNCTION_ENTRY_OFFSET);
        let r = self.call_entry(entry, args, f);
        self.leave_depth(depth);
        self.b.ins().jump(done, &[r.into()]);

        self.b.switch_to_block(slow);
        let count = self.iconst(n as u64);
        let kw = self.iconst(abi::NONE_BITS);
        let r = self.call_rt("molt_call", &[f, args, count, kw]).unwrap();
        self.b.ins().jump(done, &[r.into()]);

        self.b.switch_to_block(done);
        result
    }

    /// Enters a Python frame inline: to `slow` at the recursion limit, else
    /// continues with the depth bumped and returns the depth before.
    fn enter_depth(&mut self, slow: Block) -> Value {
        let room = self.b.create_block();
        let frames = self.data_addr(self.env.frames);
        let mf = self.mf();
        let depth = self
            .b
            .ins()
            .load(types::I64, mf, frames, abi::FRAMES_DEPTH_OFFSET);
        let limit = self
            .b
            .ins()
            .load(types::I64, mf, frames, abi::FRAMES_LIMIT_OFFSET);
        let below = self.b.ins().icmp(IntCC::UnsignedLessThan, depth, limit);
        self.b.ins().brif(below, room, &[], slow, &[]);
        self.b.switch_to_block(room);
        let deeper = self.b.ins().iadd_imm_s(depth, 1);
        self.b
            .ins()
            .store(mf, deeper, frames, abi::FRAMES_DEPTH_OFFSET);
        depth
    }

    /// Leaves the frame [`Self::enter_depth`] entered.
    fn leave_depth(&mut self, depth: Value) {
        let frames = self.data_addr(self.env.frames);
        let mf = self.mf();
        self.b
            .ins()
            .store(mf, depth, frames, abi::FRAMES_DEPTH_OFFSET);
    }

    /// Calls compiled code at `entry` (a function entry or a generator's
    /// resume function: both take two words and return a value).
    fn call_entry(&mut self, entry: Value, a: Value, b: Value) -> Value {
        let mut sig = self.obj.make_signature();
        sig.params.push(AbiParam::new(types::I64));
        sig.params.push(AbiParam::new(types::I64));
        sig.returns.push(AbiParam::new(types::I64));
        let sigref = self.b.import_signature(sig);
        let call = self.b.ins().call_indirect(sigref, entry, &[a, b]);
        self.b.inst_results(call)[0]
    }

    fn kwnames(&mut self, kw: Option<molt_ir::entities::ConstId>) -> Value {
        match kw {
            Some(c) => self.const_value(c.0),
            None => self.iconst(abi::NONE_BITS),
        }
    }

    fn inst(
        &mut self,
        kind: &InstKind,
        result: Option<ValueId>,
        line: u32,
        handler: Option<molt_ir::entities::BlockId>,
        owned: &[ValueId],
    ) -> Result<(), String> {
        let r: Option<Value> = match kind {
            InstKind::ConstInt(n) => {
                let bits = (abi::TAG_INT << 48) | (*n as u64 & PAYLOAD_MASK as u64);
                Some(self.iconst(bits))
            }
            InstKind::ConstFloat(bits) => {
                let x = f64::from_bits(*bits);
                Some(self.iconst(if x.is_nan() {
                    0x7FF8_0000_0000_0000
                } else {
                    *bits
                }))
            }
            InstKind::ConstNone => Some(self.iconst(abi::NONE_BITS)),
            InstKind::ConstBool(b) => Some(self.iconst((abi::TAG_BOOL << 48) | *b as u64)),
            // Pool constants are immortal: no reference is taken.
            InstKind::ConstPool(c) => Some(self.const_value(c.0)),
            InstKind::LoadLocal(s) => {
                let v = self.slot_get(*s);
                if !self.ir.slots[s.index()].starts_with('$') {
                    self.check_bound(v, *s, line, handler, owned);
                }
                self.incref(v);
                Some(v)
            }
            InstKind::CellNew => self.call_rt("molt_cell_new", &[]),
            InstKind::ListAppend(l, x) => {
                let args = [self.val(*l), self.val(*x)];
                self.call_rt("molt_list_append", &args);
                None
            }
            InstKind::ListExtend(l, x) => {
                let args = [self.val(*l), self.val(*x)];
                let r = self.call_rt("molt_list_extend", &args).unwrap();
                self.check_status(r, line, handler, owned);
                None
            }
            InstKind::DictUpdate(d, x) => {
                let args = [self.val(*d), self.val(*x)];
                let r = self.call_rt("molt_dict_update", &args).unwrap();
                self.check_status(r, line, handler, owned);
                None
            }
            InstKind::ListToTuple(l) => {
                let lv = self.val(*l);
                self.call_rt("molt_list_to_tuple", &[lv])
            }
            InstKind::MatchSeq(v, n) => {
                let vv = self.val(*v);
                let n = self.iconst(*n as u64);
                let star = self.b.ins().iconst(types::I32, -1);
                let r = self.call_rt("molt_match_sequence", &[vv, n, star]).unwrap();
                self.check_value(r, line, handler, owned);
                Some(r)
            }
            InstKind::MatchSeqStar(v, before, after) => {
                let vv = self.val(*v);
                let b = self.iconst(*before as u64);
                let a = self.u32c(*after);
                let r = self.call_rt("molt_match_sequence", &[vv, b, a]).unwrap();
                self.check_value(r, line, handler, owned);
                Some(r)
            }
            InstKind::MatchMap(v, keys, rest) => {
                let args = [self.val(*v), self.val(*keys)];
                let flag = self.u32c(*rest);
                let r = self
                    .call_rt("molt_match_mapping", &[args[0], args[1], flag])
                    .unwrap();
                self.check_value(r, line, handler, owned);
                Some(r)
            }
            InstKind::UnpackEx(v, before, after) => {
                let vv = self.val(*v);
                let b = self.iconst(*before as u64);
                let a = self.iconst(*after as u64);
                let r = self.call_rt("molt_unpack_ex", &[vv, b, a]).unwrap();
                self.check_value(r, line, handler, owned);
                Some(r)
            }
            InstKind::LoadDeref(s) => {
                let cell = self.slot_get(*s);
                let p = self.b.ins().band_imm_s(cell, PAYLOAD_MASK);
                let mf = self.mf();
                let v = self.b.ins().load(types::I64, mf, p, abi::CELL_VALUE_OFFSET);
                self.check_bound(v, *s, line, handler, owned);
                self.incref(v);
                Some(v)
            }
            InstKind::StoreDeref(s, v) => {
                let cell = self.slot_get(*s);
                let p = self.b.ins().band_imm_s(cell, PAYLOAD_MASK);
                let mf = self.mf();
                let old = self.b.ins().load(types::I64, mf, p, abi::CELL_VALUE_OFFSET);
                let nv = self.val(*v);
                self.b.ins().store(mf, nv, p, abi::CELL_VALUE_OFFSET);
                self.decref(old);
                None
            }
            InstKind::DelDeref(s) => {
                let cell = self.slot_get(*s);
                let p = self.b.ins().band_imm_s(cell, PAYLOAD_MASK);
                let mf = self.mf();
                let old = self.b.ins().load(types::I64, mf, p, abi::CELL_VALUE_OFFSET);
                self.check_bound(old, *s, line, handler, owned);
                let ub = self.iconst(abi::UNBOUND_BITS);
                self.b.ins().store(mf, ub, p, abi::CELL_VALUE_OFFSET);
                self.decref(old);
                None
            }
            InstKind::StoreLocal(s, v) => {
                let old = self.slot_get(*s);
                let nv = self.val(*v);
                self.slot_set(*s, nv);
                self.decref(old);
                None
            }
            InstKind::DelLocal(s) => {
                let old = self.slot_get(*s);
                self.check_bound(old, *s, line, handler, owned);
                let ub = self.iconst(abi::UNBOUND_BITS);
                self.slot_set(*s, ub);
                self.decref(old);
                None
            }
            InstKind::LoadGlobal(g) => {
                let base = self.data_addr(self.env.globals);
                let mf = self.mf();
                let v = self.b.ins().load(types::I64, mf, base, (g.0 * 8) as i32);
                let unbound = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::Equal, v, abi::UNBOUND_BITS as i64);
                let slow = self.b.create_block();
                let fast = self.b.create_block();
                let join = self.b.create_block();
                let out = self.b.append_block_param(join, types::I64);
                self.b.ins().brif(unbound, slow, &[], fast, &[]);
                self.b.switch_to_block(fast);
                self.incref(v);
                self.b.ins().jump(join, &[v.into()]);
                // An unbound global is a builtin (cached once found) or a
                // NameError.
                self.b.switch_to_block(slow);
                let cache = self.data_addr(self.env.builtin_cache);
                let cached = self.b.ins().load(types::I64, mf, cache, (g.0 * 8) as i32);
                let lookup = self.b.create_block();
                let hit = self.b.create_block();
                self.b.ins().brif(cached, hit, &[], lookup, &[]);
                self.b.switch_to_block(hit);
                self.incref(cached);
                self.b.ins().jump(join, &[cached.into()]);
                self.b.switch_to_block(lookup);
                let h = self.handle();
                let idx = self.u32c(g.0);
                let r = self.call_rt("molt_load_global_slow", &[h, idx]).unwrap();
                self.check_value(r, line, handler, owned);
                self.incref(r);
                self.b.ins().store(mf, r, cache, (g.0 * 8) as i32);
                self.b.ins().jump(join, &[r.into()]);
                self.b.switch_to_block(join);
                Some(out)
            }
            InstKind::StoreGlobal(g, v) => {
                let base = self.data_addr(self.env.globals);
                let mf = self.mf();
                let old = self.b.ins().load(types::I64, mf, base, (g.0 * 8) as i32);
                let nv = self.val(*v);
                let mf = self.mf();
                self.b.ins().store(mf, nv, base, (g.0 * 8) as i32);
                // The namespace dict learns of first bindings, and of every
                // store once exposed (the flag word after the slots).
                let flag_offset = (self.env.module.globals.len() * 8) as i32;
                let exposed = self.b.ins().load(types::I64, mf, base, flag_offset);
                let was_unbound =
                    self.b
                        .ins()
                        .icmp_imm_s(IntCC::Equal, old, abi::UNBOUND_BITS as i64);
                let was_unbound = self.b.ins().uextend(types::I64, was_unbound);
                let notify = self.b.ins().bor(exposed, was_unbound);
                let slow = self.b.create_block();
                let join = self.b.create_block();
                self.b.ins().brif(notify, slow, &[], join, &[]);
                self.b.switch_to_block(slow);
                let h = self.handle();
                let idx = self.u32c(g.0);
                self.call_rt("molt_global_stored", &[h, idx]);
                self.b.ins().jump(join, &[]);
                self.b.switch_to_block(join);
                self.decref(old);
                None
            }
            InstKind::ModuleGlobals => {
                let h = self.handle();
                self.call_rt("molt_module_globals", &[h])
            }
            InstKind::LocalsSync(d, name, s) | InstKind::LocalsSyncDeref(d, name, s) => {
                let f = match kind {
                    InstKind::LocalsSync(..) => "molt_locals_sync",
                    _ => "molt_locals_sync_cell",
                };
                let args = [self.val(*d), self.const_value(name.0), self.slot_get(*s)];
                let r = self.call_rt(f, &args).unwrap();
                self.check_status(r, line, handler, owned);
                None
            }
            InstKind::LocalsDrop(d, name) => {
                let ub = self.iconst(abi::UNBOUND_BITS);
                let args = [self.val(*d), self.const_value(name.0), ub];
                let r = self.call_rt("molt_locals_sync", &args).unwrap();
                self.check_status(r, line, handler, owned);
                None
            }
            InstKind::DelGlobal(g) => {
                let h = self.handle();
                let idx = self.u32c(g.0);
                let r = self.call_rt("molt_del_global", &[h, idx]).unwrap();
                self.check_status(r, line, handler, owned);
                None
            }
            InstKind::Dup(v) => {
                let cv = self.val(*v);
                self.incref(cv);
                Some(cv)
            }
            InstKind::Decref(v) => {
                self.release(*v);
                None
            }
            InstKind::Binary(op, a, b) => {
                Some(self.binary(*op, *a, *b, false, line, handler, owned))
            }
            InstKind::InPlace(op, a, b) => {
                Some(self.binary(*op, *a, *b, true, line, handler, owned))
            }
            InstKind::UpdateLocal(op, s, rhs) | InstKind::InPlaceLocal(op, s, rhs) => {
                let old = self.slot_get(*s);
                self.check_bound(old, *s, line, handler, owned);
                let inplace = u32::from(matches!(kind, InstKind::InPlaceLocal(..)));
                let rv = self.val(*rhs);
                let r = self.arith(*op, old, rv, line, handler, owned, |g, opc| {
                    let flag = g.u32c(inplace);
                    g.call_rt("molt_update_local", &[opc, flag, old, rv])
                        .unwrap()
                });
                self.slot_set(*s, r);
                self.decref(old);
                None
            }
            InstKind::Unary(UnOp::Invert, a) => {
                let av = self.val(*a);
                let h = self.handle();
                let at = self.u32c(line);
                let r = self.call_rt("molt_invert", &[av, h, at]).unwrap();
                self.check_value(r, line, handler, owned);
                Some(r)
            }
            InstKind::Unary(op, a) => {
                let opc = self.u32c(*op as u32);
                let av = self.val(*a);
                let r = self.call_rt("molt_unary", &[opc, av]).unwrap();
                self.check_value(r, line, handler, owned);
                Some(r)
            }
            InstKind::Compare(op, a, b) => Some(self.compare(*op, *a, *b, line, handler, owned)),
            InstKind::Truthy(v) => Some(self.truthy(*v, line, handler, owned)),
            InstKind::CompareBool(op, a, b) => {
                Some(self.compare_bool(*op, *a, *b, line, handler, owned))
            }
            InstKind::Call {
                callee,
                args,
                kwnames,
            } => {
                let f = self.val(*callee);
                let (addr, n) = self.array(args);
                let r = match kwnames {
                    None => self.positional_call(f, addr, args.len()),
                    Some(_) => {
                        let kw = self.kwnames(*kwnames);
                        self.call_rt("molt_call", &[f, addr, n, kw]).unwrap()
                    }
                };
                self.check_value(r, line, handler, owned);
                Some(r)
            }
            InstKind::CallUnpack {
                callee,
                args,
                layout,
            } => {
                let f = self.val(*callee);
                let (addr, n) = self.array(args);
                let lv = self.const_value(layout.0);
                let r = self.call_rt("molt_call_unpack", &[f, addr, n, lv]).unwrap();
                self.check_value(r, line, handler, owned);
                Some(r)
            }
            InstKind::CallMethod {
                obj,
                name,
                args,
                kwnames,
            } => {
                let o = self.val(*obj);
                let nm = self.const_value(name.0);
                let (addr, n) = self.array(args);
                let kw = self.kwnames(*kwnames);
                let r = self
                    .call_rt("molt_call_method", &[o, nm, addr, n, kw])
                    .unwrap();
                self.check_value(r, line, handler, owned);
                Some(r)
            }
            InstKind::SetAttr(o, name, v) => {
                let ov = self.val(*o);
                let nm = self.const_value(name.0);
                let vv = self.val(*v);
                let r = self.call_rt("molt_setattr", &[ov, nm, vv]).unwrap();
                self.check_status(r, line, handler, owned);
                None
            }
            InstKind::DelAttr(o, name) => {
                let ov = self.val(*o);
                let nm = self.const_value(name.0);
                let r = self.call_rt("molt_delattr", &[ov, nm]).unwrap();
                self.check_status(r, line, handler, owned);
                None
            }
            InstKind::GetAttr(o, name) => {
                let ov = self.val(*o);
                let nm = self.const_value(name.0);
                let r = self.call_rt("molt_getattr", &[ov, nm]).unwrap();
                self.check_value(r, line, handler, owned);
                Some(r)
            }
            InstKind::GetItem(a, b) => {
                self.rt_value("molt_getitem", &[*a, *b], line, handler, owned)
            }
            InstKind::SetItem(a, b, c) => {
                let args = [self.val(*a), self.val(*b), self.val(*c)];
                let r = self.call_rt("molt_setitem", &args).unwrap();
                self.check_status(r, line, handler, owned);
                None
            }
            InstKind::DelItem(a, b) => {
                let args = [self.val(*a), self.val(*b)];
                let r = self.call_rt("molt_delitem", &args).unwrap();
                self.check_status(r, line, handler, owned);
                None
            }
            InstKind::BuildList(items) => self.build("molt_build_list", items),
            InstKind::BuildTuple(items) => self.build("molt_build_tuple", items),
            InstKind::BuildString(items) => self.build("molt_build_string", items),
            InstKind::BuildSet(items) => {
                let (addr, n) = self.array(items);
                let r = self.call_rt("molt_build_set", &[addr, n]).unwrap();
                self.check_value(r, line, handler, owned);
                Some(r)
            }
            InstKind::SetAdd(set, x) => {
                let args = [self.val(*set), self.val(*x)];
                let r = self.call_rt("molt_set_add", &args).unwrap();
                self.check_status(r, line, handler, owned);
                None
            }
            InstKind::BuildDict(items) => {
                let (addr, n) = self.array(items);
                let r = self.call_rt("molt_build_dict", &[addr, n]).unwrap();
                self.check_value(r, line, handler, owned);
                Some(r)
            }
            InstKind::BuildSlice(a, b, c) => {
                let args = [self.val(*a), self.val(*b), self.val(*c)];
                self.call_rt("molt_build_slice", &args)
            }
            InstKind::Format(v, spec) => {
                self.rt_value("molt_format", &[*v, *spec], line, handler, owned)
            }
            InstKind::Convert(conv, v) => {
                let k = self.u32c(*conv as u32);
                let cv = self.val(*v);
                let r = self.call_rt("molt_convert", &[k, cv]).unwrap();
                self.check_value(r, line, handler, owned);
                Some(r)
            }
            InstKind::Iter(v) => self.rt_value("molt_iter", &[*v], line, handler, owned),
            InstKind::Unpack(v, n) => {
                let cv = self.val(*v);
                let nv = self.b.ins().iconst(types::I64, *n as i64);
                let r = self.call_rt("molt_unpack", &[cv, nv]).unwrap();
                self.check_value(r, line, handler, owned);
                Some(r)
            }
            InstKind::TupleGet(t, i) => {
                let tv = self.val(*t);
                let iv = self.b.ins().iconst(types::I64, *i as i64);
                self.call_rt("molt_tuple_get", &[tv, iv])
            }
            InstKind::MakeFunction {
                func,
                info,
                defaults,
                kwdefaults,
                closure,
                annotations,
            } => {
                let h = self.handle();
                let fref = self
                    .obj
                    .declare_func_in_func(self.env.funcs[func.index()], self.b.func);
                let entry = self.b.ins().func_addr(types::I64, fref);
                let iv = self.const_value(info.0);
                let rest = [*defaults, *kwdefaults, *closure, *annotations].map(|v| self.val(v));
                let mut args = vec![h, entry, iv];
                args.extend(rest);
                let nslots = self.env.module.functions[func.index()].slots.len();
                args.push(self.iconst(nslots as u64));
                self.call_rt("molt_make_function", &args)
            }
            InstKind::Import(name) => {
                let nv = self.const_value(name.0);
                let r = self.call_rt("molt_import", &[nv]).unwrap();
                self.check_value(r, line, handler, owned);
                Some(r)
            }
            InstKind::ImportFrom(m, name) => {
                let mv = self.val(*m);
                let nv = self.const_value(name.0);
                let r = self.call_rt("molt_import_from", &[mv, nv]).unwrap();
                self.check_value(r, line, handler, owned);
                Some(r)
            }
            InstKind::ExcCatch => self.call_rt("molt_exc_catch", &[]),
            InstKind::ExcFetch => self.call_rt("molt_exc_fetch", &[]),
            InstKind::ExcDone => {
                self.call_rt("molt_exc_done", &[]);
                None
            }
            InstKind::ExcCurrent => {
                let r = self.call_rt("molt_exc_current", &[]).unwrap();
                self.check_value(r, line, handler, owned);
                Some(r)
            }
            InstKind::ExcSplit(a, b) | InstKind::ExcPrepReraise(a, b) => {
                let f = if matches!(kind, InstKind::ExcSplit(..)) {
                    "molt_exc_group_split"
                } else {
                    "molt_exc_group_reraise"
                };
                let args = [self.val(*a), self.val(*b)];
                let r = self.call_rt(f, &args).unwrap();
                self.check_value(r, line, handler, owned);
                Some(r)
            }
            InstKind::ExcMatch(e, t) => {
                let args = [self.val(*e), self.val(*t)];
                let r = self.call_rt("molt_exc_match", &args).unwrap();
                self.check_status(r, line, handler, owned);
                Some(self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0))
            }
        };
        if let (Some(res), Some(v)) = (result, r) {
            self.values[res.index()] = Some(v);
            self.immediate[res.index()] = matches!(
                kind,
                InstKind::ConstInt(_)
                    | InstKind::ConstFloat(_)
                    | InstKind::ConstBool(_)
                    | InstKind::ConstNone
            );
        }
        Ok(())
    }

    fn rt_value(
        &mut self,
        name: &str,
        args: &[ValueId],
        line: u32,
        handler: Option<molt_ir::entities::BlockId>,
        owned: &[ValueId],
    ) -> Option<Value> {
        let vals: Vec<Value> = args.iter().map(|v| self.val(*v)).collect();
        let r = self.call_rt(name, &vals).unwrap();
        self.check_value(r, line, handler, owned);
        Some(r)
    }

    fn build(&mut self, name: &str, items: &[ValueId]) -> Option<Value> {
        let (addr, n) = self.array(items);
        self.call_rt(name, &[addr, n])
    }

    /// Both operands inline ints?
    fn both_ints(&mut self, a: Value, b: Value) -> Value {
        let ta = self.is_tag(a, abi::TAG_INT);
        let tb = self.is_tag(b, abi::TAG_INT);
        self.b.ins().band(ta, tb)
    }

    fn payload(&mut self, v: Value) -> Value {
        let s = self.b.ins().ishl_imm_s(v, 16);
        self.b.ins().sshr_imm_s(s, 16)
    }

    #[allow(clippy::too_many_arguments)]
    fn binary(
        &mut self,
        op: BinOp,
        a: ValueId,
        bv: ValueId,
        inplace: bool,
        line: u32,
        handler: Option<molt_ir::entities::BlockId>,
        owned: &[ValueId],
    ) -> Value {
        let (x, y) = (self.val(a), self.val(bv));
        let name = if inplace {
            "molt_inplace"
        } else {
            "molt_binary"
        };
        self.arith(op, x, y, line, handler, owned, |g, opc| {
            g.call_rt(name, &[opc, x, y]).unwrap()
        })
    }

    /// `x op y` with the inline-int fast path for `+ - * // %`; `slow`
    /// makes the runtime call (given the operator number) for the rest.
    #[allow(clippy::too_many_arguments)]
    fn arith(
        &mut self,
        op: BinOp,
        x: Value,
        y: Value,
        line: u32,
        handler: Option<molt_ir::entities::BlockId>,
        owned: &[ValueId],
        slow_call: impl FnOnce(&mut Self, Value) -> Value,
    ) -> Value {
        let join = self.b.create_block();
        let out = self.b.append_block_param(join, types::I64);
        let slow = self.b.create_block();
        if matches!(
            op,
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::FloorDiv | BinOp::Mod
        ) {
            let fast = self.b.create_block();
            let ints = self.both_ints(x, y);
            self.b.ins().brif(ints, fast, &[], slow, &[]);
            self.b.switch_to_block(fast);
            let (px, py) = (self.payload(x), self.payload(y));
            let r = match op {
                BinOp::Add => self.b.ins().iadd(px, py),
                BinOp::Sub => self.b.ins().isub(px, py),
                BinOp::Mul => {
                    let (r, overflow) = self.b.ins().smul_overflow(px, py);
                    let ok = self.b.create_block();
                    self.b.ins().brif(overflow, slow, &[], ok, &[]);
                    self.b.switch_to_block(ok);
                    r
                }
                _ => self.floor_div_mod(op, px, py, slow),
            };
            let back = self.payload(r);
            let fits = self.b.ins().icmp(IntCC::Equal, back, r);
            let boxed = self.b.ins().band_imm_s(r, PAYLOAD_MASK);
            let boxed = self.b.ins().bor_imm_s(boxed, (abi::TAG_INT << 48) as i64);
            self.b.ins().brif(fits, join, &[boxed.into()], slow, &[]);
        } else {
            self.b.ins().jump(slow, &[]);
        }
        self.b.switch_to_block(slow);
        let opc = self.u32c(op as u32);
        let r = slow_call(self, opc);
        self.check_value(r, line, handler, owned);
        self.b.ins().jump(join, &[r.into()]);
        self.b.switch_to_block(join);
        out
    }

    /// Python's `//` or `%` of two inline ints (rounding toward negative
    /// infinity); a zero divisor goes to `slow`, which raises.
    fn floor_div_mod(&mut self, op: BinOp, px: Value, py: Value, slow: Block) -> Value {
        let nonzero = self.b.create_block();
        self.b.ins().brif(py, nonzero, &[], slow, &[]);
        self.b.switch_to_block(nonzero);
        let q = self.b.ins().sdiv(px, py);
        let r = self.b.ins().srem(px, py);
        // Adjust when the remainder is nonzero and its sign differs from
        // the divisor's.
        let signs = self.b.ins().bxor(r, py);
        let differ = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, signs, 0);
        let has_rem = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
        let adjust = self.b.ins().band(differ, has_rem);
        let adjust = self.b.ins().uextend(types::I64, adjust);
        if op == BinOp::FloorDiv {
            self.b.ins().isub(q, adjust)
        } else {
            let fix = self.b.ins().imul(adjust, py);
            self.b.ins().iadd(r, fix)
        }
    }

    /// A comparison's result as a boxed value.
    fn compare(
        &mut self,
        op: CmpOp,
        a: ValueId,
        bv: ValueId,
        line: u32,
        handler: Option<molt_ir::entities::BlockId>,
        owned: &[ValueId],
    ) -> Value {
        self.comparison(op, a, bv, true, (line, handler, owned))
    }

    /// The truth of a comparison as an `i8` (`compare.bool`).
    fn compare_bool(
        &mut self,
        op: CmpOp,
        a: ValueId,
        bv: ValueId,
        line: u32,
        handler: Option<molt_ir::entities::BlockId>,
        owned: &[ValueId],
    ) -> Value {
        self.comparison(op, a, bv, false, (line, handler, owned))
    }

    /// Inline for `is`, `is not` and two inline ints, else through the
    /// runtime; the result is a boxed bool-or-object when `boxed`, else the
    /// `i8` truth of it.
    fn comparison(
        &mut self,
        op: CmpOp,
        a: ValueId,
        bv: ValueId,
        boxed: bool,
        (line, handler, owned): (u32, Option<molt_ir::entities::BlockId>, &[ValueId]),
    ) -> Value {
        let (x, y) = (self.val(a), self.val(bv));
        if let Some(r) = self.identity(op, x, y) {
            return if boxed { self.box_bool(r) } else { r };
        }
        let join = self.b.create_block();
        let ty = if boxed { types::I64 } else { types::I8 };
        let out = self.b.append_block_param(join, ty);
        let slow = self.b.create_block();
        self.int_compare(op, x, y, join, slow, boxed);
        self.b.switch_to_block(slow);
        let opc = self.u32c(op as u32);
        let r = if boxed {
            let r = self.call_rt("molt_compare", &[opc, x, y]).unwrap();
            self.check_value(r, line, handler, owned);
            r
        } else {
            let r = self.call_rt("molt_compare_bool", &[opc, x, y]).unwrap();
            self.check_status(r, line, handler, owned);
            self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0)
        };
        self.b.ins().jump(join, &[r.into()]);
        self.b.switch_to_block(join);
        out
    }

    /// The inline-int path of a comparison: to `join` with the result (a
    /// boxed bool when `boxed`, else an `i8`) when both are inline ints,
    /// else to `slow`.
    fn int_compare(
        &mut self,
        op: CmpOp,
        x: Value,
        y: Value,
        join: Block,
        slow: Block,
        boxed: bool,
    ) {
        let Some(cc) = int_cc(op) else {
            self.b.ins().jump(slow, &[]);
            return;
        };
        let fast = self.b.create_block();
        let ints = self.both_ints(x, y);
        self.b.ins().brif(ints, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let (px, py) = (self.payload(x), self.payload(y));
        let r = self.b.ins().icmp(cc, px, py);
        let r = if boxed { self.box_bool(r) } else { r };
        self.b.ins().jump(join, &[r.into()]);
    }

    /// `is` / `is not`: a comparison of the bits.
    fn identity(&mut self, op: CmpOp, x: Value, y: Value) -> Option<Value> {
        let cc = match op {
            CmpOp::Is => IntCC::Equal,
            CmpOp::IsNot => IntCC::NotEqual,
            _ => return None,
        };
        Some(self.b.ins().icmp(cc, x, y))
    }

    fn box_bool(&mut self, b: Value) -> Value {
        let w = self.b.ins().uextend(types::I64, b);
        self.b.ins().bor_imm_s(w, (abi::TAG_BOOL << 48) as i64)
    }

    fn truthy(
        &mut self,
        v: ValueId,
        line: u32,
        handler: Option<molt_ir::entities::BlockId>,
        owned: &[ValueId],
    ) -> Value {
        let x = self.val(v);
        let join = self.b.create_block();
        let out = self.b.append_block_param(join, types::I8);
        let slow = self.b.create_block();
        let fast = self.b.create_block();
        let is_bool = self.is_tag(x, abi::TAG_BOOL);
        self.b.ins().brif(is_bool, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let bit = self.b.ins().band_imm_s(x, 1);
        let r = self.b.ins().icmp_imm_s(IntCC::NotEqual, bit, 0);
        self.b.ins().jump(join, &[r.into()]);
        self.b.switch_to_block(slow);
        let r = self.call_rt("molt_truthy", &[x]).unwrap();
        self.check_status(r, line, handler, owned);
        let t = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
        self.b.ins().jump(join, &[t.into()]);
        self.b.switch_to_block(join);
        out
    }

    /// The type pointer a data symbol holds.
    fn type_pointer(&mut self, symbol: DataId) -> Value {
        let addr = self.data_addr(symbol);
        let mf = self.mf();
        self.b.ins().load(types::I64, mf, addr, 0)
    }

    /// One step of a `for` loop over iterator `it`: to `body` with the next
    /// item, or to `exit` when exhausted. Range iterators step inline and
    /// generators resume inline (see [`Self::resume_inline`]); other
    /// iterators go through `molt_iter_next`.
    fn for_next(
        &mut self,
        it: Value,
        body: Block,
        exit: Block,
        line: u32,
        handler: Option<molt_ir::entities::BlockId>,
        owned: &[ValueId],
    ) {
        let typed = self.b.create_block();
        let range = self.b.create_block();
        let not_range = self.b.create_block();
        let generator = self.b.create_block();
        let generic = self.b.create_block();
        let got = self.b.create_block();
        let r = self.b.append_block_param(got, types::I64);
        let (p, ty) = self.type_word(it, typed, generic);
        let range_ty = self.type_pointer(self.env.range_iterator_type);
        let is_range = self.b.ins().icmp(IntCC::Equal, ty, range_ty);
        self.b.ins().brif(is_range, range, &[], not_range, &[]);

        self.b.switch_to_block(range);
        self.range_step(p, body, exit, generic);

        self.b.switch_to_block(not_range);
        let gen_ty = self.type_pointer(self.env.generator_type);
        let is_gen = self.b.ins().icmp(IntCC::Equal, ty, gen_ty);
        self.b.ins().brif(is_gen, generator, &[], generic, &[]);

        self.b.switch_to_block(generator);
        self.resume_inline(it, p, body, got, generic);

        self.b.switch_to_block(generic);
        let r0 = self.call_rt("molt_iter_next", &[it]).unwrap();
        self.b.ins().jump(got, &[r0.into()]);

        self.b.switch_to_block(got);
        self.check_value(r, line, handler, owned);
        let stop = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, r, abi::STOP_BITS as i64);
        self.b.ins().brif(stop, exit, &[], body, &[r.into()]);
    }

    /// The next value of the range iterator at `p`, boxed, to `body`; to
    /// `exit` when exhausted; to `slow` (before any change) when the
    /// iterator holds big ints or its next value does not fit an inline int.
    fn range_step(&mut self, p: Value, body: Block, exit: Block, slow: Block) {
        let small = self.b.create_block();
        let more = self.b.create_block();
        let step = self.b.create_block();
        let mf = self.mf();
        let kind = self.b.ins().load(types::I64, mf, p, abi::ITER_KIND_OFFSET);
        let is_small = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, kind, abi::ITER_KIND_RANGE);
        self.b.ins().brif(is_small, small, &[], slow, &[]);

        self.b.switch_to_block(small);
        let remaining = self
            .b
            .ins()
            .load(types::I64, mf, p, abi::RANGE_ITER_REMAINING_OFFSET);
        self.b.ins().brif(remaining, more, &[], exit, &[]);

        self.b.switch_to_block(more);
        let next = self
            .b
            .ins()
            .load(types::I64, mf, p, abi::RANGE_ITER_NEXT_OFFSET);
        let back = self.payload(next);
        let fits = self.b.ins().icmp(IntCC::Equal, back, next);
        self.b.ins().brif(fits, step, &[], slow, &[]);

        self.b.switch_to_block(step);
        let by = self
            .b
            .ins()
            .load(types::I64, mf, p, abi::RANGE_ITER_STEP_OFFSET);
        let after = self.b.ins().iadd(next, by);
        self.b
            .ins()
            .store(mf, after, p, abi::RANGE_ITER_NEXT_OFFSET);
        let left = self.b.ins().iadd_imm_s(remaining, -1);
        self.b
            .ins()
            .store(mf, left, p, abi::RANGE_ITER_REMAINING_OFFSET);
        let boxed = self.b.ins().band_imm_s(next, PAYLOAD_MASK);
        let boxed = self.b.ins().bor_imm_s(boxed, (abi::TAG_INT << 48) as i64);
        self.b.ins().jump(body, &[boxed.into()]);
    }

    /// Resumes generator `g` (object at `p`) with None by calling its
    /// resume function directly, as `molt_iter_next` would: a yielded value
    /// goes to `body`; a body that returned or raised is settled by the
    /// runtime (`molt_gen_settle`) and its result goes to `got`. A running
    /// generator, one whose body can suspend while handling an exception,
    /// a finished one, or a call at the recursion limit goes to `slow`.
    fn resume_inline(&mut self, g: Value, p: Value, body: Block, got: Block, slow: Block) {
        let idle = self.b.create_block();
        let started = self.b.create_block();
        let settle = self.b.create_block();
        // `running` and `handles_exceptions` are adjacent bytes: one
        // 16-bit load tests both.
        const _: () = assert!(abi::GEN_HANDLES_EXCEPTIONS_OFFSET == abi::GEN_RUNNING_OFFSET + 1);
        let mf = self.mf();
        let flags = self
            .b
            .ins()
            .load(types::I16, mf, p, abi::GEN_RUNNING_OFFSET);
        self.b.ins().brif(flags, slow, &[], idle, &[]);

        self.b.switch_to_block(idle);
        let state_at = abi::GEN_FRAME_OFFSET + abi::GEN_STATE_OFFSET;
        let state = self.b.ins().load(types::I64, mf, p, state_at);
        let finished = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, state, abi::GEN_FINISHED);
        self.b.ins().brif(finished, slow, &[], started, &[]);

        self.b.switch_to_block(started);
        let depth = self.enter_depth(slow);
        let one = self.b.ins().iconst(types::I8, 1);
        self.b.ins().store(mf, one, p, abi::GEN_RUNNING_OFFSET);
        let resume = self.b.ins().load(types::I64, mf, p, abi::GEN_RESUME_OFFSET);
        let frame = self.b.ins().iadd_imm_s(p, abi::GEN_FRAME_OFFSET as i64);
        let none = self.iconst(abi::NONE_BITS);
        let r = self.call_entry(resume, frame, none);
        let zero = self.b.ins().iconst(types::I8, 0);
        self.b.ins().store(mf, zero, p, abi::GEN_RUNNING_OFFSET);
        self.leave_depth(depth);
        let failed = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, r, abi::ERROR_BITS as i64);
        let state = self.b.ins().load(types::I64, mf, p, state_at);
        let done = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, state, abi::GEN_FINISHED);
        let ended = self.b.ins().bor(failed, done);
        self.b.ins().brif(ended, settle, &[], body, &[r.into()]);

        self.b.switch_to_block(settle);
        let settled = self.call_rt("molt_gen_settle", &[g, r]).unwrap();
        self.b.ins().jump(got, &[settled.into()]);
    }

    fn block_args(&self, args: &[ValueId]) -> Vec<cranelift_codegen::ir::BlockArg> {
        args.iter().map(|v| self.val(*v).into()).collect()
    }

    fn terminator(
        &mut self,
        term: &Terminator,
        line: u32,
        handler: Option<molt_ir::entities::BlockId>,
        owned: &[ValueId],
    ) {
        match term {
            Terminator::Jump(call) => {
                let args = self.block_args(&call.args);
                let target = self.blocks[call.block.index()];
                self.b.ins().jump(target, &args);
            }
            Terminator::Branch {
                cond,
                then,
                otherwise,
            } => {
                let c = self.val(*cond);
                let (ta, oa) = (
                    self.block_args(&then.args),
                    self.block_args(&otherwise.args),
                );
                let (tb, ob) = (
                    self.blocks[then.block.index()],
                    self.blocks[otherwise.block.index()],
                );
                self.b.ins().brif(c, tb, &ta, ob, &oa);
            }
            Terminator::Return(v) => {
                let r = self.val(*v);
                self.finish_frame();
                self.b.ins().return_(&[r]);
            }
            Terminator::Yield { value, .. } => {
                let r = self.val(*value);
                self.suspend(r);
            }
            Terminator::YieldFrom {
                iter, sent, done, ..
            } => {
                let it = self.slot_get(*iter);
                let sv = self.val(*sent);
                let r = self.call_rt("molt_yield_from", &[it, sv]).unwrap();
                self.check_value(r, line, handler, owned);
                let finished = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::Equal, r, abi::STOP_BITS as i64);
                let fin = self.b.create_block();
                let yielded = self.b.create_block();
                self.b.ins().brif(finished, fin, &[], yielded, &[]);
                self.b.switch_to_block(fin);
                let v = self.call_rt("molt_yield_from_result", &[]).unwrap();
                let target = self.blocks[done.index()];
                self.b.ins().jump(target, &[v.into()]);
                self.b.switch_to_block(yielded);
                self.suspend(r);
            }
            Terminator::Raise(exc, cause) => {
                let e = self.val(*exc);
                let c = match cause {
                    Some(c) => self.val(*c),
                    None => self.iconst(abi::UNBOUND_BITS),
                };
                self.call_rt("molt_raise", &[e, c]);
                self.error_path(line, handler, owned, true);
            }
            Terminator::Reraise(exc) => {
                let e = self.val(*exc);
                self.call_rt("molt_reraise", &[e]);
                self.error_path(line, handler, owned, false);
            }
            Terminator::ForNext { iter, body, exit } => {
                let it = self.slot_get(*iter);
                let (bb, eb) = (self.blocks[body.index()], self.blocks[exit.index()]);
                self.for_next(it, bb, eb, line, handler, owned);
            }
            Terminator::Unreachable => {
                self.b
                    .ins()
                    .trap(cranelift_codegen::ir::TrapCode::unwrap_user(1));
            }
        }
    }
}
