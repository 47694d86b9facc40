//! `globals()`, `locals()` and `vars()`: calls of these builtins by their
//! own name are compiled inline, since only the caller knows its variables.
//!
//! `globals()` is the module's namespace dict (`module.globals`), and so is
//! `locals()` at module level. In a function, `locals()` follows CPython
//! 3.12's `PyFrame_FastToLocals`: the frame owns one dict, created on entry,
//! and every call brings it up to date — bound variables are set, unbound
//! ones removed — and returns it, so two calls return the same dict:
//!
//! ```python
//! def f():
//!     first = locals()   # {}
//!     x = 1
//!     locals()           # first is now {'first': {...}, 'x': 1}
//! ```
//!
//! The keys follow CPython's `co_varnames` order (parameters, then other
//! locals as the compiler first meets them), then cells, then free
//! variables (both sorted by name). That order is only known once the whole
//! function is lowered, so each call jumps to a block of its own that
//! [`Lowerer::finish_locals`] fills at the end.

use std::collections::BTreeMap;

use molt_ir::entities::{BlockId, SlotId, ValueId};
use molt_ir::inst::{BlockCall, InstKind, Terminator};

use super::names::NameRef;
use super::{FnCtx, LResult, Lowerer};
use crate::parse::ast::{self, Expr};
use crate::scope::{Binding, Scope};

/// A `locals()` call whose block is filled when the function is finished.
pub(super) struct PendingLocals {
    /// The block that updates the frame's dict, then jumps to `cont`.
    block: BlockId,
    /// Where the call continues, with the dict as its parameter.
    cont: BlockId,
    line: u32,
    /// The variables in scope at the call (comprehension variables
    /// included), innermost binding first.
    visible: BTreeMap<String, NameRef>,
}

impl<'a> Lowerer<'a> {
    /// The builtin `locals`, `globals` or `vars` when `e` is that name and
    /// no code binds the name (a write through `globals()` is not seen).
    pub(super) fn namespace_builtin(&self, ctx: &FnCtx, e: &Expr) -> Option<&'static str> {
        let Expr::Name(n) = e else {
            return None;
        };
        let name = ["locals", "globals", "vars"]
            .into_iter()
            .find(|b| *b == n.id.as_str())?;
        let builtin = Self::resolve(ctx, name).is_none() && !self.scopes.binds_global(name);
        builtin.then_some(name)
    }

    /// A call of `locals`, `globals` or `vars` without arguments.
    pub(super) fn namespace_call(
        &mut self,
        ctx: &mut FnCtx,
        name: &str,
        c: &ast::ExprCall,
    ) -> LResult<ValueId> {
        let line = self.line_of(c);
        ctx.b.set_line(line);
        if name == "globals" || !ctx.is_function {
            if ctx.names.len() > 1 {
                return self.unsupported(
                    c,
                    &format!("`{name}()` inside a comprehension at module level is not supported"),
                    "call it outside the comprehension",
                );
            }
            return Ok(ctx.b.push(InstKind::ModuleGlobals));
        }
        let block = self.new_block(ctx);
        let cont = self.new_block(ctx);
        let dict = ctx.b.add_block_param(cont);
        self.jump(ctx, block);
        ctx.b.switch_to(cont);
        let mut visible = BTreeMap::new();
        for layer in &ctx.names {
            visible.extend(layer.iter().map(|(n, r)| (n.clone(), *r)));
        }
        ctx.pending_locals.push(PendingLocals {
            block,
            cont,
            line,
            visible,
        });
        Ok(dict)
    }

    /// Gives a function that calls `locals()` its frame dict.
    pub(super) fn start_locals(&self, ctx: &mut FnCtx, scope: &Scope) {
        if scope.calls_locals {
            let slot = ctx.b.hidden_slot("locals");
            let d = ctx.b.push(InstKind::BuildDict(Vec::new()));
            ctx.b.push(InstKind::StoreLocal(slot, d));
            ctx.locals = Some(slot);
        }
    }

    /// Records that the function's code uses `name` (for the key order of
    /// `locals()`).
    pub(super) fn touch(ctx: &mut FnCtx, name: &str) {
        if ctx.locals.is_some() && !ctx.touched.iter().any(|t| t == name) {
            ctx.touched.push(name.to_string());
        }
    }

    /// Fills the block of every `locals()` call of the function.
    pub(super) fn finish_locals(&mut self, ctx: &mut FnCtx, scope: &Scope) {
        let pending = std::mem::take(&mut ctx.pending_locals);
        let Some(slot) = ctx.locals else {
            return;
        };
        let params = ctx.b.params().to_vec();
        let order = locals_order(&params, &ctx.touched, scope);
        for call in pending {
            ctx.b.switch_to(call.block);
            ctx.b.set_line(call.line);
            let dict = ctx.b.push(InstKind::LoadLocal(slot));
            for name in &order {
                let key = self.str_const(name);
                let param = params.iter().position(|p| p == name);
                ctx.b.push(match (call.visible.get(name), param) {
                    (Some(NameRef::Local(s)), _) => InstKind::LocalsSync(dict, key, *s),
                    (Some(NameRef::Cell(s)), _) => InstKind::LocalsSyncDeref(dict, key, *s),
                    // `.0`, a generator expression's iterator.
                    (None, Some(i)) => InstKind::LocalsSync(dict, key, SlotId(i as u32)),
                    (None, None) => InstKind::LocalsDrop(dict, key),
                });
            }
            ctx.b.terminate(Terminator::Jump(BlockCall {
                block: call.cont,
                args: vec![dict],
            }));
        }
    }
}

/// The names of a function's frame in CPython's order: `co_varnames`
/// (parameters, then the other locals in the order the code first uses
/// them), then the other cells, then the free variables.
fn locals_order(params: &[String], touched: &[String], scope: &Scope) -> Vec<String> {
    let is_param = |n: &String| params.contains(n);
    let cells: Vec<String> = scope.cells().into_iter().filter(|n| !is_param(n)).collect();
    let frees = scope.frees();
    let varnames: Vec<String> = touched
        .iter()
        .filter(|n| !is_param(n) && !cells.contains(n) && scope.binding(n) != Some(Binding::Free))
        .cloned()
        .collect();
    [params.to_vec(), varnames, cells, frees].concat()
}
