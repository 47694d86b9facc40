//! Lowering: AST to IR through `molt_ir::builder`. `stmt.rs` lowers
//! statements (control flow, exceptions, assignment), `expr.rs` expressions.
//!
//! Every expression lowers to an owned value; `insert_decrefs` later
//! releases what lowering leaves behind. Python variables of a function live
//! in slots, module variables in globals; values cross blocks only as block
//! arguments.

mod expr;
mod stmt;

use molt_ir::builder::FunctionBuilder;
use molt_ir::entities::{BlockId, SlotId, ValueId};
use molt_ir::inst::{BlockCall, InstKind, Terminator};
use molt_ir::module::{Const, Module};

use crate::diag::{DiagKind, Diagnostic};
use crate::parse::ast::{self, Stmt};
use crate::parse::Ranged;
use crate::scope::FunctionScope;

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
}

struct LoopCtx {
    continue_to: BlockId,
    break_to: BlockId,
    unwind_depth: usize,
}

/// The state of lowering one function (or the module body).
struct FnCtx<'s> {
    b: FunctionBuilder,
    /// `None` for module level, where every name is global.
    scope: Option<FunctionScope>,
    handlers: Vec<Option<BlockId>>,
    unwind: Vec<Unwind<'s>>,
    loops: Vec<LoopCtx>,
}

/// Lowers a whole module.
pub fn lower_module(name: &str, path: &str, source: &str, ast: &ast::ModModule) -> LResult<Module> {
    let mut module = Module::new(name, path, source);
    let mut lw = Lowerer {
        path,
        source,
        module: &mut module,
    };
    let body_id = lw.module.reserve_function("<module>");
    let mut ctx = FnCtx {
        b: FunctionBuilder::new("<module>", "<module>", vec![]),
        scope: None,
        handlers: vec![None],
        unwind: Vec::new(),
        loops: Vec::new(),
    };
    ctx.b.set_line(1);
    let main = lw.module.str_const("__main__");
    let v = ctx.b.push(InstKind::ConstPool(main));
    let g = lw.module.global("__name__");
    ctx.b.push(InstKind::StoreGlobal(g, v));
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

    fn lower_function(
        &mut self,
        f: &ast::StmtFunctionDef,
    ) -> LResult<(molt_ir::entities::FuncId, Vec<String>)> {
        let p = &f.parameters;
        if !p.posonlyargs.is_empty()
            || p.vararg.is_some()
            || !p.kwonlyargs.is_empty()
            || p.kwarg.is_some()
        {
            return self.unsupported(
                &**p,
                "only plain positional parameters (with defaults) are supported",
                "remove `*args`, `**kwargs`, `/` and keyword-only parameters",
            );
        }
        if !f.decorator_list.is_empty() {
            return self.unsupported(
                &f.decorator_list[0],
                "decorators are not supported yet",
                "call the wrapper explicitly",
            );
        }
        if f.is_async {
            return self.unsupported(
                f,
                "`async def` is not supported yet",
                "use a plain function",
            );
        }
        if f.type_params.is_some() {
            return self.unsupported(
                f,
                "type parameters are not supported yet",
                "remove the `[T]` list",
            );
        }
        let params: Vec<String> = p
            .args
            .iter()
            .map(|a| a.parameter.name.to_string())
            .collect();
        let name = f.name.to_string();
        let id = self.module.reserve_function(&name);
        let mut ctx = FnCtx {
            b: FunctionBuilder::new(&name, &name, params.clone()),
            scope: Some(FunctionScope::analyze(&params, &f.body)),
            handlers: vec![None],
            unwind: Vec::new(),
            loops: Vec::new(),
        };
        let line = self.line_of(f);
        ctx.b.set_first_line(line);
        ctx.b.set_line(line);
        self.body(&mut ctx, &f.body)?;
        if !ctx.b.is_terminated() {
            let none = ctx.b.push(InstKind::ConstNone);
            ctx.b.terminate(Terminator::Return(none));
        }
        self.module.set_function(id, ctx.b.finish());
        Ok((id, params))
    }

    /// Stores an owned value into a name.
    fn store_name(&mut self, ctx: &mut FnCtx, name: &str, v: ValueId) {
        match &ctx.scope {
            Some(s) if s.kind(name) == crate::scope::ScopeKind::Local => {
                let slot = ctx.b.slot(name);
                ctx.b.push(InstKind::StoreLocal(slot, v));
            }
            _ => {
                let g = self.module.global(name);
                ctx.b.push(InstKind::StoreGlobal(g, v));
            }
        }
    }
}
