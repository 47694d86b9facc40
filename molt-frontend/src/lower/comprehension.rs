//! List and dict comprehensions, inlined into the enclosing function as
//! CPython 3.12 does (PEP 709): the first iterable is evaluated outside,
//! the targets live in slots of their own (cells when a lambda captures
//! them), and each `for` clause is a loop nested in the previous one.

use molt_ir::entities::ValueId;
use molt_ir::inst::{BlockCall, InstKind, Terminator};

use super::names::scope_names;
use super::{FnCtx, LResult, Lowerer};
use crate::parse::ast::{self, Expr};
use crate::parse::{Ranged, TextRange};
use crate::scope::ScopeType;

/// What the innermost loop does with each element.
#[derive(Clone, Copy)]
pub(super) enum Element<'s> {
    /// Appends to the list being built.
    List(ValueId, &'s Expr),
    /// Adds to the set being built.
    Set(ValueId, &'s Expr),
    /// Sets a key of the dict being built.
    Dict(ValueId, &'s Expr, &'s Expr),
    /// Yields it (a generator expression's body).
    Yield(&'s Expr),
}

impl<'a> Lowerer<'a> {
    pub(super) fn list_comprehension(
        &mut self,
        ctx: &mut FnCtx,
        c: &ast::ExprListComp,
    ) -> LResult<ValueId> {
        let result = ctx.b.push(InstKind::BuildList(Vec::new()));
        self.comprehension(ctx, c.range(), &c.generators, Element::List(result, &c.elt))?;
        Ok(result)
    }

    pub(super) fn set_comprehension(
        &mut self,
        ctx: &mut FnCtx,
        c: &ast::ExprSetComp,
    ) -> LResult<ValueId> {
        let result = ctx.b.push(InstKind::BuildSet(Vec::new()));
        self.comprehension(ctx, c.range(), &c.generators, Element::Set(result, &c.elt))?;
        Ok(result)
    }

    pub(super) fn dict_comprehension(
        &mut self,
        ctx: &mut FnCtx,
        c: &ast::ExprDictComp,
    ) -> LResult<ValueId> {
        let result = ctx.b.push(InstKind::BuildDict(Vec::new()));
        let element = Element::Dict(result, &c.key, &c.value);
        self.comprehension(ctx, c.range(), &c.generators, element)?;
        Ok(result)
    }

    fn comprehension(
        &mut self,
        ctx: &mut FnCtx,
        range: TextRange,
        generators: &[ast::Comprehension],
        element: Element,
    ) -> LResult {
        if let Some(g) = generators.iter().find(|g| g.is_async) {
            return self.unsupported(
                g,
                "asynchronous comprehensions are not supported yet",
                "use a plain `for`",
            );
        }
        let first = self.expr(ctx, &generators[0].iter)?;
        let scopes = self.scopes;
        let scope = scopes.of(ScopeType::Comprehension, range);
        let names = scope_names(ctx, scope, true);
        self.make_cells(ctx, &names, scope);
        let slots: Vec<_> = names.values().copied().collect();
        ctx.names.push(names);
        let done = self.comprehension_loop(ctx, generators, Some(first), element);
        ctx.names.pop();
        done?;
        // The targets die with the comprehension.
        for r in slots {
            let (super::NameRef::Local(slot) | super::NameRef::Cell(slot)) = r;
            let none = ctx.b.push(InstKind::ConstNone);
            ctx.b.push(InstKind::StoreLocal(slot, none));
        }
        Ok(())
    }

    /// One `for` clause (and, inside it, the rest): ends in the block after
    /// the loop.
    pub(super) fn comprehension_loop(
        &mut self,
        ctx: &mut FnCtx,
        generators: &[ast::Comprehension],
        iterable: Option<ValueId>,
        element: Element,
    ) -> LResult {
        let (g, rest) = generators
            .split_first()
            .expect("a comprehension has a `for`");
        let iterable = match iterable {
            Some(v) => v,
            None => self.expr(ctx, &g.iter)?,
        };
        let line = self.line_of(&g.iter);
        ctx.b.set_line(line);
        let it = ctx.b.push(InstKind::Iter(iterable));
        let slot = ctx.b.hidden_slot("iter");
        ctx.b.push(InstKind::StoreLocal(slot, it));
        let head = self.new_block(ctx);
        let body = self.new_block(ctx);
        let item = ctx.b.add_block_param(body);
        let exit = self.new_block(ctx);
        self.jump(ctx, head);
        ctx.b.switch_to(head);
        ctx.b.terminate(Terminator::ForNext {
            iter: slot,
            body,
            exit,
        });
        ctx.b.switch_to(body);
        self.assign(ctx, &g.target, item)?;
        for cond in &g.ifs {
            let c = self.expr(ctx, cond)?;
            let t = ctx.b.push(InstKind::Truthy(c));
            let pass = self.new_block(ctx);
            ctx.b.terminate(Terminator::Branch {
                cond: t,
                then: BlockCall::plain(pass),
                otherwise: BlockCall::plain(head),
            });
            ctx.b.switch_to(pass);
        }
        if rest.is_empty() {
            match element {
                Element::List(result, e) => {
                    let v = self.expr(ctx, e)?;
                    ctx.b.push(InstKind::ListAppend(result, v));
                }
                Element::Set(result, e) => {
                    let v = self.expr(ctx, e)?;
                    ctx.b.push(InstKind::SetAdd(result, v));
                }
                Element::Dict(result, k, v) => {
                    let k = self.expr(ctx, k)?;
                    let v = self.expr(ctx, v)?;
                    ctx.b.push(InstKind::SetItem(result, k, v));
                }
                Element::Yield(e) => {
                    let v = self.expr(ctx, e)?;
                    self.yield_value(ctx, v);
                }
            }
        } else {
            self.comprehension_loop(ctx, rest, None, element)?;
        }
        self.jump(ctx, head);
        ctx.b.switch_to(exit);
        let none = ctx.b.push(InstKind::ConstNone);
        ctx.b.push(InstKind::StoreLocal(slot, none));
        Ok(())
    }
}
