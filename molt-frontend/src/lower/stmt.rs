//! Lowering statements.

use molt_ir::entities::{BlockId, SlotId, ValueId};
use molt_ir::inst::{BlockCall, CmpOp, InstKind, Terminator};

use super::{FnCtx, LResult, LoopCtx, Lowerer, Unwind};
use crate::parse::ast::{self, Expr, Stmt};
use crate::parse::Ranged;

impl<'a> Lowerer<'a> {
    pub(super) fn body<'s>(&mut self, ctx: &mut FnCtx<'s>, body: &'s [Stmt]) -> LResult {
        for stmt in body {
            self.ensure_open(ctx);
            let line = self.line_of(stmt);
            ctx.b.set_line(line);
            self.stmt(ctx, stmt)?;
        }
        Ok(())
    }

    fn stmt<'s>(&mut self, ctx: &mut FnCtx<'s>, stmt: &'s Stmt) -> LResult {
        match stmt {
            Stmt::Expr(e) => {
                self.expr(ctx, &e.value)?;
            }
            Stmt::Pass(_) => {}
            Stmt::Assign(a) if parallel_assignment(a).is_some() => {
                // `a, b = x, y`: no tuple is built; every value is computed
                // before any target is bound, as CPython does.
                let (targets, values) = parallel_assignment(a).expect("checked");
                let values = self.exprs(ctx, values)?;
                for (t, v) in targets.iter().zip(values) {
                    self.assign(ctx, t, v)?;
                }
            }
            Stmt::Assign(a) if self.self_update(ctx, a).is_some() => {
                let (slot, op, rhs) = self.self_update(ctx, a).expect("checked");
                Self::read_before(ctx, slot, rhs);
                let r = self.expr(ctx, rhs)?;
                ctx.b.push(InstKind::UpdateLocal(op, slot, r));
            }
            Stmt::Assign(a) => {
                let v = self.expr(ctx, &a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    let v = if i + 1 < n {
                        ctx.b.push(InstKind::Dup(v))
                    } else {
                        v
                    };
                    self.assign(ctx, t, v)?;
                }
            }
            Stmt::AnnAssign(a) => {
                if let Some(value) = &a.value {
                    let v = self.expr(ctx, value)?;
                    self.assign(ctx, &a.target, v)?;
                }
                // A module records the annotation of a plain name.
                if let (Expr::Name(n), true, false) = (&*a.target, a.simple, ctx.is_function) {
                    let annotation = self.expr(ctx, &a.annotation)?;
                    let annotations = self.load_name(ctx, "__annotations__");
                    let key = self.str_value(ctx, &n.id);
                    ctx.b.push(InstKind::SetItem(annotations, key, annotation));
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(ctx, a)?,
            Stmt::Return(r) => {
                if !ctx.is_function {
                    return self.syntax_error(r, "'return' outside function");
                }
                let v = match &r.value {
                    Some(e) => self.expr(ctx, e)?,
                    None => ctx.b.push(InstKind::ConstNone),
                };
                if ctx.unwind.is_empty() {
                    ctx.b.terminate(Terminator::Return(v));
                } else {
                    let slot = ctx.b.hidden_slot("ret");
                    ctx.b.push(InstKind::StoreLocal(slot, v));
                    self.unwind_to(ctx, 0, r)?;
                    self.ensure_open(ctx);
                    let v = ctx.b.push(InstKind::LoadLocal(slot));
                    ctx.b.terminate(Terminator::Return(v));
                }
            }
            Stmt::If(i) => self.if_stmt(ctx, i)?,
            Stmt::While(w) => self.while_stmt(ctx, w)?,
            Stmt::For(f) => self.for_stmt(ctx, f)?,
            Stmt::Break(b) => {
                let Some(l) = ctx.loops.last() else {
                    return self.syntax_error(b, "'break' outside loop");
                };
                let (target, depth) = (l.break_to, l.unwind_depth);
                self.unwind_to(ctx, depth, b)?;
                self.jump(ctx, target);
            }
            Stmt::Continue(c) => {
                let Some(l) = ctx.loops.last() else {
                    return self.syntax_error(c, "'continue' not properly in loop");
                };
                let (target, depth) = (l.continue_to, l.unwind_depth);
                self.unwind_to(ctx, depth, c)?;
                self.jump(ctx, target);
            }
            Stmt::FunctionDef(f) => self.function_def(ctx, f)?,
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete(ctx, t)?;
                }
            }
            Stmt::Assert(a) => {
                let t = self.expr(ctx, &a.test)?;
                let c = ctx.b.push(InstKind::Truthy(t));
                let ok = self.new_block(ctx);
                let fail = self.new_block(ctx);
                ctx.b.terminate(Terminator::Branch {
                    cond: c,
                    then: BlockCall::plain(ok),
                    otherwise: BlockCall::plain(fail),
                });
                ctx.b.switch_to(fail);
                // The builtin itself, whatever the module binds to the name.
                let builtins = self.str_const("builtins");
                let m = ctx.b.push(InstKind::Import(builtins));
                let name = self.str_const("AssertionError");
                let ty = ctx.b.push(InstKind::GetAttr(m, name));
                let exc = match &a.msg {
                    Some(m) => {
                        let msg = self.expr(ctx, m)?;
                        ctx.b.push(InstKind::Call {
                            callee: ty,
                            args: vec![msg],
                            kwnames: None,
                        })
                    }
                    None => ty,
                };
                ctx.b.terminate(Terminator::Raise(exc, None));
                ctx.b.switch_to(ok);
            }
            Stmt::Raise(r) => match &r.exc {
                None => {
                    let e = ctx.b.push(InstKind::ExcCurrent);
                    ctx.b.terminate(Terminator::Reraise(e));
                }
                Some(e) => {
                    let v = self.expr(ctx, e)?;
                    let cause = match &r.cause {
                        Some(c) => Some(self.expr(ctx, c)?),
                        None => None,
                    };
                    ctx.b.terminate(Terminator::Raise(v, cause));
                }
            },
            Stmt::Try(t) => self.try_stmt(ctx, t)?,
            Stmt::Import(i) => {
                for alias in &i.names {
                    if alias.name.contains('.') {
                        return self.unsupported(
                            alias,
                            "dotted imports are not supported yet",
                            "import the top-level module",
                        );
                    }
                    let c = self.str_const(&alias.name);
                    let m = ctx.b.push(InstKind::Import(c));
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name).to_string();
                    self.store_name(ctx, &bound, m);
                }
            }
            Stmt::ImportFrom(i) => {
                let Some(module) = i.module.as_ref().filter(|_| i.level == 0) else {
                    return self.unsupported(
                        i,
                        "relative imports are not supported yet",
                        "import a standard-library module by name",
                    );
                };
                if module.contains('.') {
                    return self.unsupported(
                        i,
                        "dotted imports are not supported yet",
                        "import the top-level module",
                    );
                }
                let c = self.str_const(module);
                let m = ctx.b.push(InstKind::Import(c));
                for alias in &i.names {
                    if &*alias.name == "*" {
                        return self.unsupported(
                            alias,
                            "`from ... import *` is not supported",
                            "import the names you use explicitly",
                        );
                    }
                    let n = self.str_const(&alias.name);
                    let v = ctx.b.push(InstKind::ImportFrom(m, n));
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name).to_string();
                    self.store_name(ctx, &bound, v);
                }
            }
            Stmt::ClassDef(c) => {
                return self.unsupported(
                    c,
                    "`class` statements are not supported yet",
                    "use functions, tuples and dicts",
                );
            }
            Stmt::With(w) => {
                return self.unsupported(
                    w,
                    "`with` statements are not supported yet",
                    "use try/finally",
                );
            }
            Stmt::Match(m) => self.match_stmt(ctx, m)?,
            Stmt::TypeAlias(t) => {
                return self.unsupported(
                    t,
                    "`type` aliases are not supported yet",
                    "use a plain assignment",
                );
            }
            Stmt::IpyEscapeCommand(i) => return self.syntax_error(i, "invalid syntax"),
        }
        Ok(())
    }

    /// Runs the unwind actions above `depth` (innermost first) for the jump
    /// `stmt` makes out of them; the entries stay for the code that follows.
    fn unwind_to<'s>(&mut self, ctx: &mut FnCtx<'s>, depth: usize, stmt: &impl Ranged) -> LResult {
        if ctx.unwind[depth..]
            .iter()
            .any(|u| matches!(u, Unwind::ExceptStar))
        {
            return self.syntax_error(
                stmt,
                "'break', 'continue' and 'return' cannot appear in an except* block",
            );
        }
        let mut i = ctx.unwind.len();
        while i > depth {
            i -= 1;
            self.ensure_open(ctx);
            match &ctx.unwind[i] {
                Unwind::Handler { exc_slot, name } => {
                    let (slot, name) = (*exc_slot, name.clone());
                    self.leave_handler(ctx, slot, name.as_deref());
                }
                Unwind::ExceptStar => {}
                Unwind::Finally {
                    body,
                    handler_depth,
                } => {
                    let (body, hd) = (*body, *handler_depth);
                    let saved_unwind: Vec<Unwind<'s>> = ctx.unwind.drain(i..).collect();
                    let saved_handlers = ctx.handlers.split_off(hd);
                    let saved_loops = std::mem::take(&mut ctx.loops);
                    self.restart_block(ctx);
                    self.body(ctx, body)?;
                    ctx.loops = saved_loops;
                    ctx.handlers.extend(saved_handlers);
                    ctx.unwind.extend(saved_unwind);
                    self.restart_block(ctx);
                }
            }
        }
        Ok(())
    }

    /// Leaves an `except` body: pop the handled exception, clear the slot and
    /// unbind the `as` name.
    fn leave_handler(&mut self, ctx: &mut FnCtx, exc_slot: SlotId, name: Option<&str>) {
        ctx.b.push(InstKind::ExcDone);
        let none = ctx.b.push(InstKind::ConstNone);
        ctx.b.push(InstKind::StoreLocal(exc_slot, none));
        self.unbind_handler_name(ctx, name);
    }

    /// `name = None; del name` at the end of a handler with `as name`.
    fn unbind_handler_name(&mut self, ctx: &mut FnCtx, name: Option<&str>) {
        if let Some(n) = name {
            let none = ctx.b.push(InstKind::ConstNone);
            self.store_name(ctx, n, none);
            self.delete_name(ctx, n);
        }
    }

    fn if_stmt<'s>(&mut self, ctx: &mut FnCtx<'s>, i: &'s ast::StmtIf) -> LResult {
        let end = self.new_block(ctx);
        self.cond_branch(ctx, &i.test, &i.body, end)?;
        for clause in &i.elif_else_clauses {
            self.ensure_open(ctx);
            let line = self.line_of(clause);
            ctx.b.set_line(line);
            match &clause.test {
                Some(test) => self.cond_branch(ctx, test, &clause.body, end)?,
                None => self.body(ctx, &clause.body)?,
            }
        }
        self.jump(ctx, end);
        ctx.b.switch_to(end);
        Ok(())
    }

    /// `if test: body` then jump to `end`; leaves the builder in the else block.
    fn cond_branch<'s>(
        &mut self,
        ctx: &mut FnCtx<'s>,
        test: &'s Expr,
        body: &'s [Stmt],
        end: BlockId,
    ) -> LResult {
        let t = self.expr(ctx, test)?;
        let c = ctx.b.push(InstKind::Truthy(t));
        let then = self.new_block(ctx);
        let otherwise = self.new_block(ctx);
        ctx.b.terminate(Terminator::Branch {
            cond: c,
            then: BlockCall::plain(then),
            otherwise: BlockCall::plain(otherwise),
        });
        ctx.b.switch_to(then);
        self.body(ctx, body)?;
        self.jump(ctx, end);
        ctx.b.switch_to(otherwise);
        Ok(())
    }

    fn while_stmt<'s>(&mut self, ctx: &mut FnCtx<'s>, w: &'s ast::StmtWhile) -> LResult {
        let head = self.new_block(ctx);
        let body = self.new_block(ctx);
        let orelse = self.new_block(ctx);
        let end = self.new_block(ctx);
        self.jump(ctx, head);
        ctx.b.switch_to(head);
        let line = self.line_of(&*w.test);
        ctx.b.set_line(line);
        let t = self.expr(ctx, &w.test)?;
        let c = ctx.b.push(InstKind::Truthy(t));
        ctx.b.terminate(Terminator::Branch {
            cond: c,
            then: BlockCall::plain(body),
            otherwise: BlockCall::plain(orelse),
        });
        ctx.b.switch_to(body);
        ctx.loops.push(LoopCtx {
            continue_to: head,
            break_to: end,
            unwind_depth: ctx.unwind.len(),
        });
        self.body(ctx, &w.body)?;
        ctx.loops.pop();
        self.jump(ctx, head);
        ctx.b.switch_to(orelse);
        self.body(ctx, &w.orelse)?;
        self.jump(ctx, end);
        ctx.b.switch_to(end);
        Ok(())
    }

    fn for_stmt<'s>(&mut self, ctx: &mut FnCtx<'s>, f: &'s ast::StmtFor) -> LResult {
        if f.is_async {
            return self.unsupported(f, "`async for` is not supported yet", "use a plain `for`");
        }
        let iterable = self.expr(ctx, &f.iter)?;
        let it = ctx.b.push(InstKind::Iter(iterable));
        let slot = ctx.b.hidden_slot("iter");
        ctx.b.push(InstKind::StoreLocal(slot, it));
        let head = self.new_block(ctx);
        let body = self.new_block(ctx);
        let item = ctx.b.add_block_param(body);
        let exhausted = self.new_block(ctx);
        let end = self.new_block(ctx);
        self.jump(ctx, head);
        ctx.b.switch_to(head);
        ctx.b.terminate(Terminator::ForNext {
            iter: slot,
            body,
            exit: exhausted,
        });
        ctx.b.switch_to(body);
        self.assign(ctx, &f.target, item)?;
        let brk = self.new_block(ctx);
        ctx.loops.push(LoopCtx {
            continue_to: head,
            break_to: brk,
            unwind_depth: ctx.unwind.len(),
        });
        self.body(ctx, &f.body)?;
        ctx.loops.pop();
        self.jump(ctx, head);
        ctx.b.switch_to(exhausted);
        self.clear_slot(ctx, slot);
        self.body(ctx, &f.orelse)?;
        self.jump(ctx, end);
        ctx.b.switch_to(brk);
        self.clear_slot(ctx, slot);
        self.jump(ctx, end);
        ctx.b.switch_to(end);
        Ok(())
    }

    fn clear_slot(&mut self, ctx: &mut FnCtx, slot: SlotId) {
        let none = ctx.b.push(InstKind::ConstNone);
        ctx.b.push(InstKind::StoreLocal(slot, none));
    }

    fn try_stmt<'s>(&mut self, ctx: &mut FnCtx<'s>, t: &'s ast::StmtTry) -> LResult {
        let end = self.new_block(ctx);
        let outer_depth = ctx.handlers.len();
        // With a `finally`, everything below unwinds to its exceptional copy.
        let fin_handler = if t.finalbody.is_empty() {
            None
        } else {
            let fh = self.new_block(ctx);
            ctx.handlers.push(Some(fh));
            ctx.unwind.push(Unwind::Finally {
                body: &t.finalbody,
                handler_depth: outer_depth,
            });
            self.restart_block(ctx);
            Some(fh)
        };
        if t.handlers.is_empty() {
            self.body(ctx, &t.body)?;
            self.body(ctx, &t.orelse)?;
        } else if t.is_star {
            self.try_except_star(ctx, t)?;
        } else {
            self.try_except(ctx, t)?;
        }
        if let Some(fh) = fin_handler {
            ctx.unwind.pop();
            ctx.handlers.pop();
            // Normal path: run the finally body inline.
            self.restart_block(ctx);
            self.body(ctx, &t.finalbody)?;
            self.jump(ctx, end);
            // Exceptional path: handle, run the body, re-raise.
            ctx.b.switch_to(fh);
            let line = self.line_of(&t.finalbody[0]);
            ctx.b.set_line(line);
            let exc_slot = self.catch_into_slot(ctx);
            let cleanup = self.cleanup_block(ctx, None);
            ctx.handlers.push(Some(cleanup));
            ctx.unwind.push(Unwind::Handler {
                exc_slot,
                name: None,
            });
            let body = self.new_block(ctx);
            self.jump(ctx, body);
            ctx.b.switch_to(body);
            self.body(ctx, &t.finalbody)?;
            ctx.unwind.pop();
            ctx.handlers.pop();
            if !ctx.b.is_terminated() {
                self.restart_block(ctx);
                let e = ctx.b.push(InstKind::LoadLocal(exc_slot));
                ctx.b.push(InstKind::ExcDone);
                self.clear_slot(ctx, exc_slot);
                ctx.b.terminate(Terminator::Reraise(e));
            }
        } else {
            self.jump(ctx, end);
        }
        ctx.b.switch_to(end);
        Ok(())
    }

    /// `exc.catch` into a fresh hidden slot.
    fn catch_into_slot(&mut self, ctx: &mut FnCtx) -> SlotId {
        let e = ctx.b.push(InstKind::ExcCatch);
        let slot = ctx.b.hidden_slot("exc");
        ctx.b.push(InstKind::StoreLocal(slot, e));
        slot
    }

    /// A block that leaves the innermost handler (unbinding its `as` name,
    /// if given) and re-raises what reached it: where exceptions raised
    /// inside an `except`/`finally` body go.
    fn cleanup_block(&mut self, ctx: &mut FnCtx, name: Option<&str>) -> BlockId {
        let here = ctx.b.current_block();
        let block = self.new_block(ctx);
        ctx.b.switch_to(block);
        let e = ctx.b.push(InstKind::ExcFetch);
        self.unbind_handler_name(ctx, name);
        ctx.b.push(InstKind::ExcDone);
        ctx.b.terminate(Terminator::Reraise(e));
        ctx.b.switch_to(here);
        block
    }

    /// Lowers the protected body and the `else` of a `try` with handlers,
    /// then continues where an exception from the body is caught, with the
    /// exception (being handled) in the returned slot and a handler that
    /// leaves it pushed. Also returns the block after the statement.
    fn protected_body<'s>(
        &mut self,
        ctx: &mut FnCtx<'s>,
        t: &'s ast::StmtTry,
    ) -> LResult<(SlotId, BlockId)> {
        let dispatch = self.new_block(ctx);
        let after = self.new_block(ctx);
        ctx.handlers.push(Some(dispatch));
        let body = self.new_block(ctx);
        self.jump(ctx, body);
        ctx.b.switch_to(body);
        self.body(ctx, &t.body)?;
        ctx.handlers.pop();
        self.restart_block(ctx);
        self.body(ctx, &t.orelse)?;
        self.jump(ctx, after);

        ctx.b.switch_to(dispatch);
        let first_line = self.line_of(&t.handlers[0]);
        ctx.b.set_line(first_line);
        let exc_slot = self.catch_into_slot(ctx);
        let cleanup = self.cleanup_block(ctx, None);
        ctx.handlers.push(Some(cleanup));
        // An error while matching (`except 5:`) leaves the handler too.
        let matching = self.new_block(ctx);
        self.jump(ctx, matching);
        ctx.b.switch_to(matching);
        Ok((exc_slot, after))
    }

    fn try_except<'s>(&mut self, ctx: &mut FnCtx<'s>, t: &'s ast::StmtTry) -> LResult {
        let (exc_slot, after) = self.protected_body(ctx, t)?;
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let line = self.line_of(h);
            ctx.b.set_line(line);
            let matched = self.new_block(ctx);
            let next = self.new_block(ctx);
            match &h.type_ {
                Some(ty) => {
                    let tv = self.expr(ctx, ty)?;
                    let e = ctx.b.push(InstKind::LoadLocal(exc_slot));
                    let m = ctx.b.push(InstKind::ExcMatch(e, tv));
                    ctx.b.terminate(Terminator::Branch {
                        cond: m,
                        then: BlockCall::plain(matched),
                        otherwise: BlockCall::plain(next),
                    });
                }
                None => {
                    if i + 1 != t.handlers.len() {
                        return self.syntax_error(h, "default 'except:' must be last");
                    }
                    self.jump(ctx, matched);
                }
            }
            ctx.b.switch_to(matched);
            let name = h.name.as_ref().map(|n| n.to_string());
            if let Some(n) = &name {
                let e = ctx.b.push(InstKind::LoadLocal(exc_slot));
                self.store_name(ctx, n, e);
                // An exception leaving the body unbinds the name too; the
                // block replaces the statement's cleanup, so it unwinds to
                // the handler outside the statement.
                let general = ctx.handlers.pop().expect("the statement's cleanup");
                let cleanup = self.cleanup_block(ctx, Some(n));
                ctx.handlers.push(general);
                ctx.handlers.push(Some(cleanup));
                self.restart_block(ctx);
            }
            ctx.unwind.push(Unwind::Handler {
                exc_slot,
                name: name.clone(),
            });
            self.body(ctx, &h.body)?;
            ctx.unwind.pop();
            if name.is_some() {
                ctx.handlers.pop();
                self.restart_block(ctx);
            }
            if !ctx.b.is_terminated() {
                self.leave_handler(ctx, exc_slot, name.as_deref());
                self.jump(ctx, after);
            }
            ctx.b.switch_to(next);
        }
        ctx.handlers.pop();
        // No clause matched: re-raise.
        self.restart_block(ctx);
        let e = ctx.b.push(InstKind::LoadLocal(exc_slot));
        ctx.b.push(InstKind::ExcDone);
        self.clear_slot(ctx, exc_slot);
        ctx.b.terminate(Terminator::Reraise(e));
        ctx.b.switch_to(after);
        Ok(())
    }

    /// `try` with `except*` clauses (PEP 654). Every clause is tried in
    /// turn against what is still unmatched; what the clauses raise is
    /// collected and, with the unmatched rest, re-raised at the end.
    fn try_except_star<'s>(&mut self, ctx: &mut FnCtx<'s>, t: &'s ast::StmtTry) -> LResult {
        let (orig, after) = self.protected_body(ctx, t)?;
        let list = ctx.b.push(InstKind::BuildList(vec![]));
        let raised = ctx.b.hidden_slot("raised");
        ctx.b.push(InstKind::StoreLocal(raised, list));
        let rest = ctx.b.hidden_slot("rest");
        let o = ctx.b.push(InstKind::LoadLocal(orig));
        ctx.b.push(InstKind::StoreLocal(rest, o));
        let matched_slot = ctx.b.hidden_slot("match");
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let line = self.line_of(h);
            ctx.b.set_line(line);
            let Some(ty) = &h.type_ else {
                return self.syntax_error(h, "expected one or more exception types");
            };
            let tv = self.expr(ctx, ty)?;
            let r = ctx.b.push(InstKind::LoadLocal(rest));
            let pair = ctx.b.push(InstKind::ExcSplit(r, tv));
            let m = ctx.b.push(InstKind::TupleGet(pair, 0));
            let r = ctx.b.push(InstKind::TupleGet(pair, 1));
            ctx.b.push(InstKind::StoreLocal(rest, r));
            let none = ctx.b.push(InstKind::ConstNone);
            let unmatched = ctx.b.push(InstKind::CompareBool(CmpOp::Is, m, none));
            ctx.b.push(InstKind::StoreLocal(matched_slot, m));
            let matched = self.new_block(ctx);
            let next = self.new_block(ctx);
            ctx.b.terminate(Terminator::Branch {
                cond: unmatched,
                then: BlockCall::plain(next),
                otherwise: BlockCall::plain(matched),
            });
            ctx.b.switch_to(matched);
            let name = h.name.as_ref().map(|n| n.as_str());
            let m = ctx.b.push(InstKind::LoadLocal(matched_slot));
            match name {
                Some(n) => self.store_name(ctx, n, m),
                None => {
                    ctx.b.push(InstKind::Decref(m));
                }
            }
            self.clear_slot(ctx, matched_slot);
            // What the clause raises is collected, not propagated.
            let failed = self.new_block(ctx);
            ctx.handlers.push(Some(failed));
            ctx.unwind.push(Unwind::ExceptStar);
            let body = self.new_block(ctx);
            self.jump(ctx, body);
            ctx.b.switch_to(body);
            self.body(ctx, &h.body)?;
            ctx.unwind.pop();
            ctx.handlers.pop();
            if !ctx.b.is_terminated() {
                self.unbind_handler_name(ctx, name);
                self.jump(ctx, next);
            }
            ctx.b.switch_to(failed);
            let e = ctx.b.push(InstKind::ExcFetch);
            let l = ctx.b.push(InstKind::LoadLocal(raised));
            ctx.b.push(InstKind::ListAppend(l, e));
            self.unbind_handler_name(ctx, name);
            self.jump(ctx, next);
            ctx.b.switch_to(next);
        }
        let l = ctx.b.push(InstKind::LoadLocal(raised));
        let r = ctx.b.push(InstKind::LoadLocal(rest));
        ctx.b.push(InstKind::ListAppend(l, r));
        let o = ctx.b.push(InstKind::LoadLocal(orig));
        let to_raise = ctx.b.push(InstKind::ExcPrepReraise(o, l));
        ctx.b.push(InstKind::ExcDone);
        for slot in [raised, rest, orig] {
            self.clear_slot(ctx, slot);
        }
        ctx.handlers.pop();
        self.restart_block(ctx);
        let none = ctx.b.push(InstKind::ConstNone);
        let handled = ctx.b.push(InstKind::CompareBool(CmpOp::Is, to_raise, none));
        let reraise = self.new_block(ctx);
        ctx.b.terminate(Terminator::Branch {
            cond: handled,
            then: BlockCall::plain(after),
            otherwise: BlockCall::plain(reraise),
        });
        ctx.b.switch_to(reraise);
        ctx.b.terminate(Terminator::Reraise(to_raise));
        ctx.b.switch_to(after);
        Ok(())
    }

    /// Assigns an owned value to a target.
    pub(super) fn assign(&mut self, ctx: &mut FnCtx, target: &Expr, v: ValueId) -> LResult {
        match target {
            Expr::Name(n) => {
                self.store_name(ctx, &n.id, v);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let stars: Vec<usize> = (0..elts.len())
                    .filter(|&i| elts[i].is_starred_expr())
                    .collect();
                if stars.len() > 1 {
                    return self.syntax_error(
                        &elts[stars[1]],
                        "multiple starred expressions in assignment",
                    );
                }
                let n = elts.len() as u32;
                let t = match stars.first() {
                    Some(&k) => ctx
                        .b
                        .push(InstKind::UnpackEx(v, k as u32, n - k as u32 - 1)),
                    None => ctx.b.push(InstKind::Unpack(v, n)),
                };
                for (i, e) in elts.iter().enumerate() {
                    let item = ctx.b.push(InstKind::TupleGet(t, i as u32));
                    let target = match e {
                        Expr::Starred(s) => &*s.value,
                        other => other,
                    };
                    self.assign(ctx, target, item)?;
                }
                Ok(())
            }
            Expr::Subscript(s) => {
                let (obj, idx) = self.subscript_parts(ctx, s)?;
                ctx.b.push(InstKind::SetItem(obj, idx, v));
                Ok(())
            }
            Expr::Attribute(a) => {
                let obj = self.expr(ctx, &a.value)?;
                let name = self.str_const(a.attr.as_str());
                ctx.b.push(InstKind::SetAttr(obj, name, v));
                Ok(())
            }
            Expr::Starred(s) => {
                self.syntax_error(s, "starred assignment target must be in a list or tuple")
            }
            other => self.syntax_error(other, "cannot assign to expression"),
        }
    }

    fn aug_assign<'s>(&mut self, ctx: &mut FnCtx<'s>, a: &'s ast::StmtAugAssign) -> LResult {
        let op = super::expr::bin_op(a.op);
        match &*a.target {
            Expr::Name(n) if local_slot(ctx, &n.id).is_some() && !has_walrus(&a.value) => {
                let slot = local_slot(ctx, &n.id).expect("checked");
                Self::read_before(ctx, slot, &a.value);
                let rhs = self.expr(ctx, &a.value)?;
                ctx.b.push(InstKind::InPlaceLocal(op, slot, rhs));
                Ok(())
            }
            Expr::Name(n) => {
                let cur = self.load_name(ctx, &n.id);
                let rhs = self.expr(ctx, &a.value)?;
                let r = ctx.b.push(InstKind::InPlace(op, cur, rhs));
                self.store_name(ctx, &n.id, r);
                Ok(())
            }
            Expr::Subscript(s) => {
                let (obj, idx) = self.subscript_parts(ctx, s)?;
                let cur = ctx.b.push(InstKind::GetItem(obj, idx));
                let rhs = self.expr(ctx, &a.value)?;
                let r = ctx.b.push(InstKind::InPlace(op, cur, rhs));
                ctx.b.push(InstKind::SetItem(obj, idx, r));
                Ok(())
            }
            Expr::Attribute(at) => {
                let obj = self.expr(ctx, &at.value)?;
                let name = self.str_const(at.attr.as_str());
                let cur = ctx.b.push(InstKind::GetAttr(obj, name));
                let rhs = self.expr(ctx, &a.value)?;
                let r = ctx.b.push(InstKind::InPlace(op, cur, rhs));
                ctx.b.push(InstKind::SetAttr(obj, name, r));
                Ok(())
            }
            other => self.syntax_error(
                other,
                "'expression' is an illegal expression for augmented assignment",
            ),
        }
    }

    /// `x = x + e` for a plain local `x`, where `e` cannot rebind `x`: the
    /// slot, operator and `e`, to lower as one `update.local`.
    fn self_update<'e>(
        &self,
        ctx: &FnCtx,
        a: &'e ast::StmtAssign,
    ) -> Option<(SlotId, molt_ir::inst::BinOp, &'e Expr)> {
        let [Expr::Name(target)] = a.targets.as_slice() else {
            return None;
        };
        let Expr::BinOp(b) = &*a.value else {
            return None;
        };
        let Expr::Name(left) = &*b.left else {
            return None;
        };
        if left.id != target.id || b.op != ast::Operator::Add || has_walrus(&b.right) {
            return None;
        }
        let slot = local_slot(ctx, &target.id)?;
        Some((slot, super::expr::bin_op(b.op), &b.right))
    }

    /// The read of the variable an update (`x += rhs`) rebinds, which comes
    /// before `rhs` is evaluated: an unbound `x` raises UnboundLocalError
    /// first. The update itself checks `x` again, so the read is left out
    /// when `rhs` is a literal, whose evaluation cannot raise.
    fn read_before(ctx: &mut FnCtx, slot: SlotId, rhs: &Expr) {
        let literal = matches!(
            rhs,
            Expr::NumberLiteral(_)
                | Expr::BooleanLiteral(_)
                | Expr::NoneLiteral(_)
                | Expr::StringLiteral(_)
                | Expr::BytesLiteral(_)
        );
        if !literal {
            ctx.b.push(InstKind::LoadLocal(slot));
        }
    }

    fn delete(&mut self, ctx: &mut FnCtx, target: &Expr) -> LResult {
        match target {
            Expr::Name(n) => {
                self.delete_name(ctx, &n.id);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete(ctx, e)?;
                }
                Ok(())
            }
            Expr::Subscript(s) => {
                let (obj, idx) = self.subscript_parts(ctx, s)?;
                ctx.b.push(InstKind::DelItem(obj, idx));
                Ok(())
            }
            Expr::Attribute(a) => {
                let obj = self.expr(ctx, &a.value)?;
                let name = self.str_const(a.attr.as_str());
                ctx.b.push(InstKind::DelAttr(obj, name));
                Ok(())
            }
            other => self.syntax_error(other, "cannot delete expression"),
        }
    }
}

/// The targets and values of `a, b = x, y`: one tuple or list target and a
/// display of the same length, neither starred.
fn parallel_assignment(a: &ast::StmtAssign) -> Option<(&[Expr], &[Expr])> {
    let [target] = a.targets.as_slice() else {
        return None;
    };
    let (targets, values) = (display_items(target)?, display_items(&a.value)?);
    let starred = targets.iter().chain(values).any(|e| e.is_starred_expr());
    (targets.len() == values.len() && !starred).then_some((targets, values))
}

fn display_items(e: &Expr) -> Option<&[Expr]> {
    match e {
        Expr::Tuple(t) => Some(&t.elts),
        Expr::List(l) => Some(&l.elts),
        _ => None,
    }
}

/// The slot of a name that is a plain local of the code being lowered.
fn local_slot(ctx: &FnCtx, name: &str) -> Option<SlotId> {
    match Lowerer::resolve(ctx, name) {
        Some(super::NameRef::Local(slot)) => Some(slot),
        _ => None,
    }
}

/// Whether an assignment expression occurs anywhere in `e`.
fn has_walrus(e: &Expr) -> bool {
    use crate::parse::visitor::{walk_expr, Visitor};
    struct Finder(bool);
    impl<'a> Visitor<'a> for Finder {
        fn visit_expr(&mut self, e: &'a Expr) {
            if matches!(e, Expr::Named(_)) {
                self.0 = true;
            }
            walk_expr(self, e);
        }
    }
    let mut f = Finder(false);
    f.visit_expr(e);
    f.0
}
