//! `match` statements (PEP 634): each case's pattern is a chain of checks
//! that jumps to the next case on failure; names the pattern captures are
//! bound only once the whole pattern matched, then the guard runs.

use molt_ir::entities::{BlockId, ValueId};
use molt_ir::inst::{BlockCall, CmpOp, InstKind, Terminator};

use super::{FnCtx, LResult, Lowerer};
use crate::parse::ast::{self, Pattern};

/// Names a pattern captured, with their values, in capture order.
type Binds = Vec<(String, ValueId)>;

impl<'a> Lowerer<'a> {
    pub(super) fn match_stmt<'s>(&mut self, ctx: &mut FnCtx<'s>, m: &'s ast::StmtMatch) -> LResult {
        let subject = self.expr(ctx, &m.subject)?;
        let n = m.cases.len();
        for case in &m.cases[..n.saturating_sub(1)] {
            if case.guard.is_none() {
                if let Some(msg) = irrefutable(&case.pattern) {
                    return self.syntax_error(&case.pattern, &msg);
                }
            }
        }
        let end = self.new_block(ctx);
        for case in &m.cases {
            let line = self.line_of(&case.pattern);
            ctx.b.set_line(line);
            let next = self.new_block(ctx);
            let mut binds = Binds::new();
            self.pattern(ctx, &case.pattern, subject, next, &mut binds)?;
            for (name, v) in binds {
                self.store_name(ctx, &name, v);
            }
            if let Some(guard) = &case.guard {
                let g = self.expr(ctx, guard)?;
                let t = ctx.b.push(InstKind::Truthy(g));
                let body = self.new_block(ctx);
                ctx.b.terminate(Terminator::Branch {
                    cond: t,
                    then: BlockCall::plain(body),
                    otherwise: BlockCall::plain(next),
                });
                ctx.b.switch_to(body);
            }
            self.body(ctx, &case.body)?;
            self.jump(ctx, end);
            ctx.b.switch_to(next);
        }
        self.jump(ctx, end);
        ctx.b.switch_to(end);
        Ok(())
    }

    /// Checks `p` against `v` (borrowed), jumping to `fail` when it does not
    /// match and continuing in a fresh block when it does.
    fn pattern(
        &mut self,
        ctx: &mut FnCtx,
        p: &Pattern,
        v: ValueId,
        fail: BlockId,
        binds: &mut Binds,
    ) -> LResult {
        match p {
            Pattern::MatchValue(m) => {
                let x = self.expr(ctx, &m.value)?;
                let eq = ctx.b.push(InstKind::Compare(CmpOp::Eq, v, x));
                self.branch_on(ctx, eq, fail);
            }
            Pattern::MatchSingleton(m) => {
                let x = ctx.b.push(match m.value {
                    ast::Singleton::None => InstKind::ConstNone,
                    ast::Singleton::True => InstKind::ConstBool(true),
                    ast::Singleton::False => InstKind::ConstBool(false),
                });
                let is = ctx.b.push(InstKind::Compare(CmpOp::Is, v, x));
                self.branch_on(ctx, is, fail);
            }
            Pattern::MatchAs(m) => {
                if let Some(sub) = &m.pattern {
                    self.pattern(ctx, sub, v, fail, binds)?;
                }
                if let Some(name) = &m.name {
                    self.capture(name, binds)?;
                    let copy = ctx.b.push(InstKind::Dup(v));
                    binds.push((name.to_string(), copy));
                }
            }
            Pattern::MatchStar(s) => return self.syntax_error(s, "can't use starred pattern here"),
            Pattern::MatchSequence(m) => self.sequence_pattern(ctx, m, v, fail, binds)?,
            Pattern::MatchMapping(m) => self.mapping_pattern(ctx, m, v, fail, binds)?,
            Pattern::MatchOr(m) => self.or_pattern(ctx, m, v, fail, binds)?,
            Pattern::MatchClass(c) => {
                return self.unsupported(
                    c,
                    "class patterns are not supported yet",
                    "match on a value, sequence or mapping",
                )
            }
        }
        Ok(())
    }

    /// Continues when the truth of `cond` holds, else jumps to `fail`.
    fn branch_on(&mut self, ctx: &mut FnCtx, cond: ValueId, fail: BlockId) {
        let t = ctx.b.push(InstKind::Truthy(cond));
        let ok = self.new_block(ctx);
        ctx.b.terminate(Terminator::Branch {
            cond: t,
            then: BlockCall::plain(ok),
            otherwise: BlockCall::plain(fail),
        });
        ctx.b.switch_to(ok);
    }

    /// Continues when a match helper's result is not None.
    fn branch_unless_none(&mut self, ctx: &mut FnCtx, r: ValueId, fail: BlockId) {
        let none = ctx.b.push(InstKind::ConstNone);
        let matched = ctx.b.push(InstKind::Compare(CmpOp::IsNot, r, none));
        self.branch_on(ctx, matched, fail);
    }

    fn capture(&self, name: &ast::Identifier, binds: &Binds) -> LResult {
        if binds.iter().any(|(n, _)| n == name.as_str()) {
            return self.syntax_error(
                name,
                &format!("multiple assignments to name '{name}' in pattern"),
            );
        }
        Ok(())
    }

    fn sequence_pattern(
        &mut self,
        ctx: &mut FnCtx,
        m: &ast::PatternMatchSequence,
        v: ValueId,
        fail: BlockId,
        binds: &mut Binds,
    ) -> LResult {
        let stars: Vec<usize> = (0..m.patterns.len())
            .filter(|&i| m.patterns[i].is_match_star())
            .collect();
        if stars.len() > 1 {
            return self.syntax_error(
                &m.patterns[stars[1]],
                "multiple starred names in sequence pattern",
            );
        }
        let n = m.patterns.len() as u32;
        let parts = match stars.first() {
            Some(&k) => ctx
                .b
                .push(InstKind::MatchSeqStar(v, k as u32, n - k as u32 - 1)),
            None => ctx.b.push(InstKind::MatchSeq(v, n)),
        };
        self.branch_unless_none(ctx, parts, fail);
        for (i, sub) in m.patterns.iter().enumerate() {
            match sub {
                Pattern::MatchStar(s) => {
                    if let Some(name) = &s.name {
                        self.capture(name, binds)?;
                        let item = ctx.b.push(InstKind::TupleGet(parts, i as u32));
                        binds.push((name.to_string(), item));
                    }
                }
                other => {
                    let item = ctx.b.push(InstKind::TupleGet(parts, i as u32));
                    self.pattern(ctx, other, item, fail, binds)?;
                }
            }
        }
        Ok(())
    }

    fn mapping_pattern(
        &mut self,
        ctx: &mut FnCtx,
        m: &ast::PatternMatchMapping,
        v: ValueId,
        fail: BlockId,
        binds: &mut Binds,
    ) -> LResult {
        let mut keys = Vec::new();
        for k in &m.keys {
            keys.push(self.expr(ctx, k)?);
        }
        let keys = ctx.b.push(InstKind::BuildTuple(keys));
        let rest = u32::from(m.rest.is_some());
        let parts = ctx.b.push(InstKind::MatchMap(v, keys, rest));
        self.branch_unless_none(ctx, parts, fail);
        for (i, sub) in m.patterns.iter().enumerate() {
            let item = ctx.b.push(InstKind::TupleGet(parts, i as u32));
            self.pattern(ctx, sub, item, fail, binds)?;
        }
        if let Some(name) = &m.rest {
            self.capture(name, binds)?;
            let item = ctx
                .b
                .push(InstKind::TupleGet(parts, m.patterns.len() as u32));
            binds.push((name.to_string(), item));
        }
        Ok(())
    }

    /// `p1 | p2`: each alternative binds the same names; the values meet in
    /// one block.
    fn or_pattern(
        &mut self,
        ctx: &mut FnCtx,
        m: &ast::PatternMatchOr,
        v: ValueId,
        fail: BlockId,
        binds: &mut Binds,
    ) -> LResult {
        let n = m.patterns.len();
        for alt in &m.patterns[..n - 1] {
            if let Some(msg) = irrefutable(alt) {
                return self.syntax_error(alt, &msg);
            }
        }
        let join = self.new_block(ctx);
        let mut names: Option<Vec<String>> = None;
        let mut params = Vec::new();
        for (i, alt) in m.patterns.iter().enumerate() {
            let next = if i + 1 == n {
                fail
            } else {
                self.new_block(ctx)
            };
            let mut alt_binds = Binds::new();
            self.pattern(ctx, alt, v, next, &mut alt_binds)?;
            alt_binds.sort_by(|a, b| a.0.cmp(&b.0));
            let alt_names: Vec<String> = alt_binds.iter().map(|(n, _)| n.clone()).collect();
            match &names {
                None => {
                    params = alt_names
                        .iter()
                        .map(|_| ctx.b.add_block_param(join))
                        .collect();
                    names = Some(alt_names);
                }
                Some(expected) if *expected != alt_names => {
                    return self.syntax_error(alt, "alternative patterns bind different names");
                }
                Some(_) => {}
            }
            ctx.b.terminate(Terminator::Jump(BlockCall {
                block: join,
                args: alt_binds.into_iter().map(|(_, v)| v).collect(),
            }));
            if i + 1 < n {
                ctx.b.switch_to(next);
            }
        }
        ctx.b.switch_to(join);
        for (name, p) in names.unwrap_or_default().into_iter().zip(params) {
            if binds.iter().any(|(n, _)| *n == name) {
                return self.syntax_error(
                    m,
                    &format!("multiple assignments to name '{name}' in pattern"),
                );
            }
            binds.push((name, p));
        }
        Ok(())
    }
}

/// Why a pattern matches anything (CPython's SyntaxError for a case that
/// hides the ones after it), if it does.
fn irrefutable(p: &Pattern) -> Option<String> {
    match p {
        Pattern::MatchAs(m) if m.pattern.is_none() => Some(match &m.name {
            Some(name) => format!("name capture '{name}' makes remaining patterns unreachable"),
            None => "wildcard makes remaining patterns unreachable".to_string(),
        }),
        Pattern::MatchAs(m) => m.pattern.as_deref().and_then(irrefutable),
        Pattern::MatchOr(m) => m.patterns.iter().find_map(irrefutable),
        _ => None,
    }
}
