//! Lowering: AST to IR through `molt_ir::builder`. `stmt.rs` lowers
//! statements (control flow, exceptions, assignment), `expr.rs` expressions,
//! `literal.rs` recovers the exact code points of string literals.
//!
//! Every expression lowers to an owned value; `insert_decrefs` later
//! releases what lowering leaves behind. Python variables of a function live
//! in slots, module variables in globals; values cross blocks only as block
//! arguments.

mod comprehension;
mod expr;
mod function;
mod literal;
mod names;
mod namespace;
mod pattern;
mod stmt;

use std::collections::BTreeMap;

use molt_ir::builder::FunctionBuilder;
use molt_ir::entities::{BlockId, SlotId};
use molt_ir::inst::{BlockCall, InstKind, Terminator};
use molt_ir::module::{Const, Module};

use crate::diag::{DiagKind, Diagnostic};
use crate::parse::ast::{self, Stmt};
use crate::parse::Ranged;
use crate::scope::Scopes;
use names::NameRef;

/// The result of lowering steps: a diagnostic aborts compilation.
pub type LResult<T = ()> = Result<T, Diagnostic>;

/// Something a `return`, `break` or `continue` must do on its way out.
enum Unwind<'s> {
    /// Run a `finally` body; blocks it creates unwind to the handler that
    /// was active outside the `try` (`handler_depth` entries of the stack).
    Finally {
        body: &'s [Stmt],
        handler_depth: usize,
    },
    /// Leave an `except` (or exceptional `finally`) body.
    Handler {
        exc_slot: SlotId,
        name: Option<String>,
    },
    /// An `except*` clause body, which `break`, `continue` and `return`
    /// may not leave.
    ExceptStar,
}

struct LoopCtx {
    continue_to: BlockId,
    break_to: BlockId,
    unwind_depth: usize,
}

/// The state of lowering one function (or the module body).
struct FnCtx<'s> {
    b: FunctionBuilder,
    /// Where names live: the function's own names, then one layer per
    /// comprehension being lowered; a name in none of them is global.
    names: Vec<BTreeMap<String, NameRef>>,
    /// What the qualified names of functions defined here start with.
    qualname_prefix: String,
    /// Whether this is a function body (not the module's).
    is_function: bool,
    handlers: Vec<Option<BlockId>>,
    unwind: Vec<Unwind<'s>>,
    loops: Vec<LoopCtx>,
    /// The hidden slot of the frame's `locals()` dict, when the code calls
    /// `locals()`; then `touched` lists the variables in the order the code
    /// first uses them.
    locals: Option<SlotId>,
    touched: Vec<String>,
    pending_locals: Vec<namespace::PendingLocals>,
}

impl FnCtx<'_> {
    fn new(b: FunctionBuilder, qualname_prefix: String, is_function: bool) -> Self {
        FnCtx {
            b,
            names: Vec::new(),
            qualname_prefix,
            is_function,
            handlers: vec![None],
            unwind: Vec::new(),
            loops: Vec::new(),
            locals: None,
            touched: Vec::new(),
            pending_locals: Vec::new(),
        }
    }
}

/// Lowers a whole module.
pub fn lower_module(name: &str, path: &str, source: &str, ast: &ast::ModModule) -> LResult<Module> {
    let mut module = Module::new(name, path, source);
    let scopes = Scopes::analyze(ast)
        .map_err(|e| Diagnostic::at(DiagKind::Syntax, path, source, e.offset, e.message))?;
    let mut lw = Lowerer {
        path,
        source,
        module: &mut module,
        scopes: &scopes,
    };
    let body_id = lw.module.reserve_function("<module>");
    let b = FunctionBuilder::new("<module>", "<module>", vec![]);
    let mut ctx = FnCtx::new(b, String::new(), false);
    ctx.names.push(BTreeMap::new());
    ctx.b.set_line(1);
    // The runtime binds `__name__` and the other module attributes; the
    // docstring is the first thing the module body stores, as in CPython.
    if let Some(doc) = function::docstring(&ast.body) {
        let c = lw.module.str_const(&doc);
        let v = ctx.b.push(InstKind::ConstPool(c));
        let g = lw.module.global("__doc__");
        ctx.b.push(InstKind::StoreGlobal(g, v));
    }
    lw.body(&mut ctx, &ast.body)?;
    if !ctx.b.is_terminated() {
        let none = ctx.b.push(InstKind::ConstNone);
        ctx.b.terminate(Terminator::Return(none));
    }
    let f = ctx.b.finish();
    module.set_function(body_id, f);
    Ok(module)
}

struct Lowerer<'a> {
    path: &'a str,
    source: &'a str,
    module: &'a mut Module,
    scopes: &'a Scopes,
}

impl<'a> Lowerer<'a> {
    fn line_of(&self, node: &impl Ranged) -> u32 {
        let offset = usize::from(node.range().start());
        crate::diag::line_col(self.source, offset).0 as u32
    }

    fn unsupported<T>(&self, node: &impl Ranged, what: &str, help: &str) -> LResult<T> {
        let offset = usize::from(node.range().start());
        Err(Diagnostic::at(
            DiagKind::Unsupported,
            self.path,
            self.source,
            offset,
            what.to_string(),
        )
        .with_help(help))
    }

    fn syntax_error<T>(&self, node: &impl Ranged, msg: &str) -> LResult<T> {
        let offset = usize::from(node.range().start());
        Err(Diagnostic::at(
            DiagKind::Syntax,
            self.path,
            self.source,
            offset,
            msg.to_string(),
        ))
    }

    fn str_const(&mut self, s: &str) -> molt_ir::entities::ConstId {
        self.module.str_const(s)
    }

    fn tuple_of_strs(&mut self, items: &[String]) -> molt_ir::entities::ConstId {
        let ids = items.iter().map(|s| self.module.str_const(s)).collect();
        self.module.constant(Const::Tuple(ids))
    }

    /// Creates a block unwinding to the current handler.
    fn new_block(&self, ctx: &mut FnCtx) -> BlockId {
        let h = *ctx.handlers.last().unwrap();
        ctx.b.create_block(h)
    }

    /// Jumps to `target` from the current block, unless it is finished.
    fn jump(&self, ctx: &mut FnCtx, target: BlockId) {
        if !ctx.b.is_terminated() {
            ctx.b.terminate(Terminator::Jump(BlockCall::plain(target)));
        }
    }

    /// Starts a fresh block for code after a terminator (dead code still
    /// has to lower somewhere).
    fn ensure_open(&self, ctx: &mut FnCtx) {
        if ctx.b.is_terminated() {
            let b = self.new_block(ctx);
            ctx.b.switch_to(b);
        }
    }

    /// Continues in a fresh block: a block's exception handler is fixed when
    /// it is created, so code after a change to the handler stack needs one.
    fn restart_block(&self, ctx: &mut FnCtx) {
        if ctx.b.is_terminated() {
            self.ensure_open(ctx);
        } else {
            let b = self.new_block(ctx);
            ctx.b.terminate(Terminator::Jump(BlockCall::plain(b)));
            ctx.b.switch_to(b);
        }
    }
}
