//! Lowering expressions; each lowers to one owned value.

use molt_ir::entities::ValueId;
use molt_ir::inst::{BinOp, BlockCall, CmpOp, Conversion, InstKind, Terminator, UnOp};
use molt_ir::module::Const;

use super::{FnCtx, LResult, Lowerer};
use crate::parse::ast::{self, Expr, Number, Operator};

/// The IR operator of an AST binary operator.
pub(super) fn bin_op(op: Operator) -> BinOp {
    match op {
        Operator::Add => BinOp::Add,
        Operator::Sub => BinOp::Sub,
        Operator::Mult => BinOp::Mul,
        Operator::MatMult => BinOp::MatMul,
        Operator::Div => BinOp::TrueDiv,
        Operator::Mod => BinOp::Mod,
        Operator::Pow => BinOp::Pow,
        Operator::LShift => BinOp::LShift,
        Operator::RShift => BinOp::RShift,
        Operator::BitOr => BinOp::BitOr,
        Operator::BitXor => BinOp::BitXor,
        Operator::BitAnd => BinOp::BitAnd,
        Operator::FloorDiv => BinOp::FloorDiv,
    }
}

fn cmp_op(op: ast::CmpOp) -> CmpOp {
    match op {
        ast::CmpOp::Eq => CmpOp::Eq,
        ast::CmpOp::NotEq => CmpOp::Ne,
        ast::CmpOp::Lt => CmpOp::Lt,
        ast::CmpOp::LtE => CmpOp::Le,
        ast::CmpOp::Gt => CmpOp::Gt,
        ast::CmpOp::GtE => CmpOp::Ge,
        ast::CmpOp::Is => CmpOp::Is,
        ast::CmpOp::IsNot => CmpOp::IsNot,
        ast::CmpOp::In => CmpOp::In,
        ast::CmpOp::NotIn => CmpOp::NotIn,
    }
}

/// The value of a bool constant as CPython's AST optimizer sees it: `True`,
/// `False`, or `not` applied to a constant (`not 0`, `not None`, `not not True`).
fn folded_bool(e: &Expr) -> Option<bool> {
    match e {
        Expr::BooleanLiteral(b) => Some(b.value),
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
            let truth = match &*u.operand {
                Expr::NoneLiteral(_) => false,
                Expr::NumberLiteral(n) => match &n.value {
                    Number::Int(i) => i.as_u64() != Some(0),
                    Number::Float(f) => *f != 0.0,
                    Number::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
                },
                Expr::StringLiteral(s) => !s.value.to_str().is_empty(),
                other => folded_bool(other)?,
            };
            Some(!truth)
        }
        _ => None,
    }
}

/// The largest magnitude of an inline int constant.
const INLINE_LIMIT: i64 = 1 << 47;

impl<'a> Lowerer<'a> {
    pub(super) fn str_value(&mut self, ctx: &mut FnCtx, s: &str) -> ValueId {
        let c = self.str_const(s);
        ctx.b.push(InstKind::ConstPool(c))
    }

    pub(super) fn expr(&mut self, ctx: &mut FnCtx, e: &Expr) -> LResult<ValueId> {
        let saved = ctx.b.line();
        let line = self.line_of(e);
        ctx.b.set_line(line);
        let v = self.expr_inner(ctx, e)?;
        ctx.b.set_line(saved);
        Ok(v)
    }

    fn expr_inner(&mut self, ctx: &mut FnCtx, e: &Expr) -> LResult<ValueId> {
        Ok(match e {
            Expr::Name(n) if self.namespace_builtin(ctx, e).is_some() => {
                return self.unsupported(
                    n,
                    &format!("`{}` can only be called directly, as `{}()`", n.id, n.id),
                    "call it where the namespace is needed instead of passing the function around",
                );
            }
            Expr::Name(n) => self.load_name(ctx, &n.id),
            Expr::NumberLiteral(n) => match &n.value {
                Number::Int(i) => match i.as_i64() {
                    Some(v) if v > -INLINE_LIMIT && v < INLINE_LIMIT => {
                        ctx.b.push(InstKind::ConstInt(v))
                    }
                    _ => {
                        let text = i.to_string();
                        let digits = parse_int_literal(&text);
                        let c = self.module.constant(Const::BigInt(digits));
                        ctx.b.push(InstKind::ConstPool(c))
                    }
                },
                Number::Float(f) => ctx.b.push(InstKind::ConstFloat(f.to_bits())),
                Number::Complex { imag, .. } => {
                    let c = self.module.constant(Const::Complex(imag.to_bits()));
                    ctx.b.push(InstKind::ConstPool(c))
                }
            },
            Expr::StringLiteral(s) => {
                let cps = super::literal::string_code_points(self.source, &s.value);
                let c = self.module.constant(Const::Str(cps));
                ctx.b.push(InstKind::ConstPool(c))
            }
            Expr::BooleanLiteral(b) => ctx.b.push(InstKind::ConstBool(b.value)),
            Expr::NoneLiteral(_) => ctx.b.push(InstKind::ConstNone),
            Expr::BinOp(b) => {
                let v = self.eval_seq(ctx, &[&b.left, &b.right])?;
                ctx.b.push(InstKind::Binary(bin_op(b.op), v[0], v[1]))
            }
            Expr::UnaryOp(u)
                if u.op == ast::UnaryOp::Invert && folded_bool(&u.operand).is_some() =>
            {
                // CPython folds `~True` at compile time, so it never warns at run time.
                let b = folded_bool(&u.operand).expect("checked");
                ctx.b.push(InstKind::ConstInt(!(b as i64)))
            }
            Expr::UnaryOp(u) => {
                let v = self.expr(ctx, &u.operand)?;
                let op = match u.op {
                    ast::UnaryOp::Invert => UnOp::Invert,
                    ast::UnaryOp::Not => UnOp::Not,
                    ast::UnaryOp::UAdd => UnOp::Pos,
                    ast::UnaryOp::USub => UnOp::Neg,
                };
                ctx.b.push(InstKind::Unary(op, v))
            }
            Expr::BoolOp(b) => {
                let join = self.new_block(ctx);
                let result = ctx.b.add_block_param(join);
                let n = b.values.len();
                for (i, value) in b.values.iter().enumerate() {
                    let v = self.expr(ctx, value)?;
                    if i + 1 == n {
                        ctx.b.terminate(Terminator::Jump(BlockCall {
                            block: join,
                            args: vec![v],
                        }));
                        break;
                    }
                    let c = ctx.b.push(InstKind::Truthy(v));
                    let next = self.new_block(ctx);
                    let done = BlockCall {
                        block: join,
                        args: vec![v],
                    };
                    let (then, otherwise) = match b.op {
                        ast::BoolOp::And => (BlockCall::plain(next), done),
                        ast::BoolOp::Or => (done, BlockCall::plain(next)),
                    };
                    // The value goes to the join on one edge; on the other it is dropped.
                    let drop_block = self.new_block(ctx);
                    let (then, otherwise) = match b.op {
                        ast::BoolOp::And => (
                            BlockCall {
                                block: drop_block,
                                args: vec![v],
                            },
                            otherwise,
                        ),
                        ast::BoolOp::Or => (
                            then,
                            BlockCall {
                                block: drop_block,
                                args: vec![v],
                            },
                        ),
                    };
                    ctx.b.terminate(Terminator::Branch {
                        cond: c,
                        then,
                        otherwise,
                    });
                    let dropped = ctx.b.add_block_param(drop_block);
                    ctx.b.switch_to(drop_block);
                    ctx.b.push(InstKind::Decref(dropped));
                    ctx.b.terminate(Terminator::Jump(BlockCall::plain(next)));
                    ctx.b.switch_to(next);
                }
                ctx.b.switch_to(join);
                result
            }
            Expr::If(i) => {
                let t = self.expr(ctx, &i.test)?;
                let c = ctx.b.push(InstKind::Truthy(t));
                let then = self.new_block(ctx);
                let otherwise = self.new_block(ctx);
                let join = self.new_block(ctx);
                let result = ctx.b.add_block_param(join);
                ctx.b.terminate(Terminator::Branch {
                    cond: c,
                    then: BlockCall::plain(then),
                    otherwise: BlockCall::plain(otherwise),
                });
                ctx.b.switch_to(then);
                let a = self.expr(ctx, &i.body)?;
                ctx.b.terminate(Terminator::Jump(BlockCall {
                    block: join,
                    args: vec![a],
                }));
                ctx.b.switch_to(otherwise);
                let b = self.expr(ctx, &i.orelse)?;
                ctx.b.terminate(Terminator::Jump(BlockCall {
                    block: join,
                    args: vec![b],
                }));
                ctx.b.switch_to(join);
                result
            }
            Expr::Compare(c) => self.compare(ctx, c)?,
            Expr::Call(c) => self.call(ctx, c)?,
            Expr::Attribute(a) => {
                let obj = self.expr(ctx, &a.value)?;
                let name = self.str_const(&a.attr);
                ctx.b.push(InstKind::GetAttr(obj, name))
            }
            Expr::Subscript(s) => {
                let (obj, idx) = self.subscript_parts(ctx, s)?;
                ctx.b.push(InstKind::GetItem(obj, idx))
            }
            Expr::List(l) if l.elts.iter().any(|e| e.is_starred_expr()) => {
                self.starred_list(ctx, &l.elts)?
            }
            Expr::List(l) => {
                let items = self.exprs(ctx, &l.elts)?;
                ctx.b.push(InstKind::BuildList(items))
            }
            Expr::Tuple(t) if t.elts.iter().any(|e| e.is_starred_expr()) => {
                let list = self.starred_list(ctx, &t.elts)?;
                ctx.b.push(InstKind::ListToTuple(list))
            }
            Expr::Tuple(t) => {
                let items = self.exprs(ctx, &t.elts)?;
                ctx.b.push(InstKind::BuildTuple(items))
            }
            Expr::Dict(d) => self.dict_display(ctx, d)?,
            Expr::Named(n) => {
                let v = self.expr(ctx, &n.value)?;
                let copy = ctx.b.push(InstKind::Dup(v));
                self.assign(ctx, &n.target, copy)?;
                v
            }
            Expr::ListComp(c) => self.list_comprehension(ctx, c)?,
            Expr::DictComp(c) => self.dict_comprehension(ctx, c)?,
            Expr::Slice(s) => return self.syntax_error(s, "invalid syntax"),
            Expr::FString(f) => self.fstring(ctx, f)?,
            Expr::Set(st) if st.elts.iter().any(|e| e.is_starred_expr()) => {
                self.starred_set(ctx, &st.elts)?
            }
            Expr::Set(st) => {
                let items = self.exprs(ctx, &st.elts)?;
                ctx.b.push(InstKind::BuildSet(items))
            }
            Expr::Lambda(l) => self.lambda(ctx, l)?,
            Expr::SetComp(c) => self.set_comprehension(ctx, c)?,
            Expr::Generator(g) => self.generator_expression(ctx, g)?,
            Expr::Yield(y) => {
                if !ctx.is_function {
                    return self.syntax_error(y, "'yield' outside function");
                }
                let v = match &y.value {
                    Some(v) => self.expr(ctx, v)?,
                    None => ctx.b.push(InstKind::ConstNone),
                };
                self.yield_value(ctx, v)
            }
            Expr::YieldFrom(y) => {
                if !ctx.is_function {
                    return self.syntax_error(y, "'yield' outside function");
                }
                let v = self.expr(ctx, &y.value)?;
                self.yield_from(ctx, v)
            }
            Expr::Await(_) => {
                return self.unsupported(e, "`await` is not supported yet", "use plain functions")
            }
            Expr::Starred(_) => {
                return self.unsupported(
                    e,
                    "starred expressions are not supported yet",
                    "pass the items explicitly",
                )
            }
            Expr::BytesLiteral(b) => {
                let c = self
                    .module
                    .constant(Const::Bytes(b.value.bytes().collect()));
                ctx.b.push(InstKind::ConstPool(c))
            }
            Expr::EllipsisLiteral(_) => {
                let c = self.module.constant(Const::Ellipsis);
                ctx.b.push(InstKind::ConstPool(c))
            }
            Expr::TString(_) => return self.syntax_error(e, "invalid syntax"),
            Expr::IpyEscapeCommand(_) => return self.syntax_error(e, "invalid syntax"),
        })
    }

    pub(super) fn exprs(&mut self, ctx: &mut FnCtx, es: &[Expr]) -> LResult<Vec<ValueId>> {
        let refs: Vec<&Expr> = es.iter().collect();
        self.eval_seq(ctx, &refs)
    }

    /// Suspends the generator with `v`; the result is the value sent in.
    pub(super) fn yield_value(&mut self, ctx: &mut FnCtx, v: ValueId) -> ValueId {
        let resume = self.new_block(ctx);
        let sent = ctx.b.add_block_param(resume);
        ctx.b.terminate(Terminator::Yield { value: v, resume });
        ctx.b.switch_to(resume);
        sent
    }

    /// `yield from v`: delegates to `iter(v)` until it finishes; the result
    /// is its return value.
    fn yield_from(&mut self, ctx: &mut FnCtx, v: ValueId) -> ValueId {
        let it = ctx.b.push(InstKind::Iter(v));
        let slot = ctx.b.hidden_slot("yf");
        ctx.b.push(InstKind::StoreLocal(slot, it));
        let step = self.new_block(ctx);
        let sent = ctx.b.add_block_param(step);
        let resume = self.new_block(ctx);
        let next = ctx.b.add_block_param(resume);
        let done = self.new_block(ctx);
        let result = ctx.b.add_block_param(done);
        let none = ctx.b.push(InstKind::ConstNone);
        ctx.b.terminate(Terminator::Jump(BlockCall {
            block: step,
            args: vec![none],
        }));
        ctx.b.switch_to(step);
        ctx.b.terminate(Terminator::YieldFrom {
            iter: slot,
            sent,
            resume,
            done,
        });
        ctx.b.switch_to(resume);
        ctx.b.terminate(Terminator::Jump(BlockCall {
            block: step,
            args: vec![next],
        }));
        ctx.b.switch_to(done);
        let none = ctx.b.push(InstKind::ConstNone);
        ctx.b.push(InstKind::StoreLocal(slot, none));
        result
    }

    /// `[a, *b, c]`: a list built item by item, spreading starred ones.
    fn starred_list(&mut self, ctx: &mut FnCtx, elts: &[Expr]) -> LResult<ValueId> {
        let list = ctx.b.push(InstKind::BuildList(Vec::new()));
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    let v = self.expr(ctx, &s.value)?;
                    ctx.b.push(InstKind::ListExtend(list, v));
                }
                other => {
                    let v = self.expr(ctx, other)?;
                    ctx.b.push(InstKind::ListAppend(list, v));
                }
            }
        }
        Ok(list)
    }

    /// `{a, *b, c}`: the items before the first `*` in one go, then the
    /// rest one by one (`set.update`, `set.add`), as CPython does.
    fn starred_set(&mut self, ctx: &mut FnCtx, elts: &[Expr]) -> LResult<ValueId> {
        let split = elts
            .iter()
            .position(|e| e.is_starred_expr())
            .unwrap_or(elts.len());
        let head: Vec<&Expr> = elts[..split].iter().collect();
        let items = self.eval_seq(ctx, &head)?;
        let set = ctx.b.push(InstKind::BuildSet(items));
        for e in &elts[split..] {
            let (method, v) = match e {
                Expr::Starred(s) => ("update", self.expr(ctx, &s.value)?),
                other => ("add", self.expr(ctx, other)?),
            };
            let name = self.str_const(method);
            ctx.b.push(InstKind::CallMethod {
                obj: set,
                name,
                args: vec![v],
                kwnames: None,
            });
        }
        Ok(set)
    }

    /// `{k: v, **m}`: plain pairs up to the first `**` in one go, then the
    /// rest entry by entry.
    fn dict_display(&mut self, ctx: &mut FnCtx, d: &ast::ExprDict) -> LResult<ValueId> {
        let split = d
            .items
            .iter()
            .position(|i| i.key.is_none())
            .unwrap_or(d.items.len());
        let mut es: Vec<&Expr> = Vec::new();
        for item in &d.items[..split] {
            es.extend(item.key.as_ref());
            es.push(&item.value);
        }
        let items = self.eval_seq(ctx, &es)?;
        let dict = ctx.b.push(InstKind::BuildDict(items));
        for item in &d.items[split..] {
            match &item.key {
                None => {
                    let m = self.expr(ctx, &item.value)?;
                    ctx.b.push(InstKind::DictUpdate(dict, m));
                }
                Some(k) => {
                    let k = self.expr(ctx, k)?;
                    let v = self.expr(ctx, &item.value)?;
                    ctx.b.push(InstKind::SetItem(dict, k, v));
                }
            }
        }
        Ok(dict)
    }

    /// Evaluates expressions left to right. A value computed before an
    /// expression that creates blocks is used in a later block; the
    /// `spill_cross_block` pass carries it there.
    pub(super) fn eval_seq(&mut self, ctx: &mut FnCtx, es: &[&Expr]) -> LResult<Vec<ValueId>> {
        es.iter().map(|e| self.expr(ctx, e)).collect()
    }

    /// The object and index of a subscript (a slice index builds a slice).
    pub(super) fn subscript_parts(
        &mut self,
        ctx: &mut FnCtx,
        s: &ast::ExprSubscript,
    ) -> LResult<(ValueId, ValueId)> {
        if let Expr::Slice(sl) = &*s.slice {
            // A missing bound is `None`, evaluated in its place.
            let none = Expr::NoneLiteral(ast::ExprNoneLiteral {
                range: sl.range,
                node_index: Default::default(),
            });
            let parts = [&sl.lower, &sl.upper, &sl.step].map(|p| p.as_deref().unwrap_or(&none));
            let v = self.eval_seq(ctx, &[&s.value, parts[0], parts[1], parts[2]])?;
            let idx = ctx.b.push(InstKind::BuildSlice(v[1], v[2], v[3]));
            return Ok((v[0], idx));
        }
        let v = self.eval_seq(ctx, &[&s.value, &s.slice])?;
        Ok((v[0], v[1]))
    }

    fn compare(&mut self, ctx: &mut FnCtx, c: &ast::ExprCompare) -> LResult<ValueId> {
        let n = c.ops.len();
        if n == 1 {
            let v = self.eval_seq(ctx, &[&c.left, &c.comparators[0]])?;
            return Ok(ctx.b.push(InstKind::Compare(cmp_op(c.ops[0]), v[0], v[1])));
        }
        let mut left = self.expr(ctx, &c.left)?;
        // a < b < c: each operand evaluated once, stop at the first false.
        let join = self.new_block(ctx);
        let result = ctx.b.add_block_param(join);
        for (i, (op, comparator)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            let right = self.expr(ctx, comparator)?;
            let r = ctx.b.push(InstKind::Compare(cmp_op(*op), left, right));
            ctx.b.push(InstKind::Decref(left));
            if i + 1 == n {
                ctx.b.terminate(Terminator::Jump(BlockCall {
                    block: join,
                    args: vec![r],
                }));
                break;
            }
            let t = ctx.b.push(InstKind::Truthy(r));
            let next = self.new_block(ctx);
            let carried = ctx.b.add_block_param(next);
            let true_r = ctx.b.add_block_param(next);
            let fail = self.new_block(ctx);
            let fail_r = ctx.b.add_block_param(fail);
            let fail_right = ctx.b.add_block_param(fail);
            ctx.b.terminate(Terminator::Branch {
                cond: t,
                then: BlockCall {
                    block: next,
                    args: vec![right, r],
                },
                otherwise: BlockCall {
                    block: fail,
                    args: vec![r, right],
                },
            });
            ctx.b.switch_to(fail);
            ctx.b.push(InstKind::Decref(fail_right));
            ctx.b.terminate(Terminator::Jump(BlockCall {
                block: join,
                args: vec![fail_r],
            }));
            ctx.b.switch_to(next);
            // The true result is dropped; the right operand carries on.
            ctx.b.push(InstKind::Decref(true_r));
            left = carried;
        }
        ctx.b.switch_to(join);
        Ok(result)
    }

    fn call(&mut self, ctx: &mut FnCtx, c: &ast::ExprCall) -> LResult<ValueId> {
        let mut names = Vec::new();
        for k in c.arguments.keywords.iter() {
            if let Some(name) = &k.arg {
                if names.contains(&name.to_string()) {
                    return self.syntax_error(k, &format!("keyword argument repeated: {name}"));
                }
                names.push(name.to_string());
            }
        }
        let unpacks = c.arguments.args.iter().any(|a| a.is_starred_expr())
            || c.arguments.keywords.iter().any(|k| k.arg.is_none());
        let builtin = self.namespace_builtin(ctx, &c.func);
        if let Some(name) = builtin {
            if c.arguments.args.is_empty() && c.arguments.keywords.is_empty() {
                return self.namespace_call(ctx, name, c);
            }
        }
        if unpacks {
            return self.call_unpack(ctx, c);
        }
        let (head, method_name): (&Expr, Option<&str>) = match &*c.func {
            Expr::Attribute(a) => (&a.value, Some(&a.attr)),
            other => (other, None),
        };
        // `vars(x)` and the error paths of the namespace builtins call the
        // builtin object itself.
        let builtin = builtin.map(|name| self.load_name(ctx, name));
        let mut es: Vec<&Expr> = builtin.is_none().then_some(head).into_iter().collect();
        es.extend(c.arguments.args.iter());
        es.extend(c.arguments.keywords.iter().map(|k| &k.value));
        let mut args = self.eval_seq(ctx, &es)?;
        let first = builtin.unwrap_or_else(|| args.remove(0));
        let method = method_name.map(|m| (first, self.str_const(m)));
        let callee = if method.is_none() { Some(first) } else { None };
        let kwnames = (!names.is_empty()).then(|| self.tuple_of_strs(&names));
        let line = self.line_of(c);
        ctx.b.set_line(line);
        Ok(match (method, callee) {
            (Some((obj, name)), _) => ctx.b.push(InstKind::CallMethod {
                obj,
                name,
                args,
                kwnames,
            }),
            (None, Some(callee)) => ctx.b.push(InstKind::Call {
                callee,
                args,
                kwnames,
            }),
            (None, None) => unreachable!("a call has a callee or a method"),
        })
    }

    /// A call with `*` or `**` arguments: positional ones first, then
    /// keywords, each in source order (CPython's evaluation order). A sole
    /// `*iterable` goes to the call as it is (iterated, and reported as the
    /// callee's "argument after *", at the call); otherwise the positional
    /// arguments are gathered in a list as they are evaluated, so a
    /// non-iterable fails right there ("Value after *").
    fn call_unpack(&mut self, ctx: &mut FnCtx, c: &ast::ExprCall) -> LResult<ValueId> {
        let callee = match self.namespace_builtin(ctx, &c.func) {
            Some(name) => self.load_name(ctx, name),
            None => self.expr(ctx, &c.func)?,
        };
        let mut args = Vec::new();
        let mut layout = Vec::new();
        match &*c.arguments.args {
            [] => {}
            [Expr::Starred(s)] => {
                args.push(self.expr(ctx, &s.value)?);
                layout.push(self.str_const("*"));
            }
            positional if positional.iter().any(|a| a.is_starred_expr()) => {
                args.push(self.starred_list(ctx, positional)?);
                layout.push(self.str_const("*"));
            }
            positional => {
                for a in positional {
                    args.push(self.expr(ctx, a)?);
                    layout.push(self.module.constant(Const::None));
                }
            }
        }
        for k in c.arguments.keywords.iter() {
            args.push(self.expr(ctx, &k.value)?);
            layout.push(match &k.arg {
                Some(name) => self.str_const(name.as_str()),
                None => self.str_const("**"),
            });
        }
        let layout = self.module.constant(Const::Tuple(layout));
        let line = self.line_of(c);
        ctx.b.set_line(line);
        Ok(ctx.b.push(InstKind::CallUnpack {
            callee,
            args,
            layout,
        }))
    }

    fn fstring(&mut self, ctx: &mut FnCtx, f: &ast::ExprFString) -> LResult<ValueId> {
        let mut pieces = Vec::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => {
                    if !l.value.is_empty() {
                        let cps = super::literal::part_code_points(self.source, l);
                        let c = self.module.constant(Const::Str(cps));
                        pieces.push(ctx.b.push(InstKind::ConstPool(c)));
                    }
                }
                ast::FStringPart::FString(fs) => {
                    let raw = fs.flags.prefix().is_raw();
                    self.fstring_elements(ctx, &fs.elements, raw, &mut pieces)?
                }
            }
        }
        if pieces.len() == 1 {
            let only = pieces[0];
            return Ok(only);
        }
        Ok(ctx.b.push(InstKind::BuildString(pieces)))
    }

    fn fstring_elements(
        &mut self,
        ctx: &mut FnCtx,
        elements: &ast::InterpolatedStringElements,
        raw: bool,
        pieces: &mut Vec<ValueId>,
    ) -> LResult {
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    if !l.value.is_empty() {
                        let cps = super::literal::fstring_literal_code_points(self.source, l, raw);
                        let c = self.module.constant(Const::Str(cps));
                        pieces.push(ctx.b.push(InstKind::ConstPool(c)));
                    }
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conversion = i.conversion;
                    if let Some(debug) = &i.debug_text {
                        let text = format!(
                            "{}{}{}",
                            debug.leading,
                            &self.source[usize::from(i.expression.range().start())
                                ..usize::from(i.expression.range().end())],
                            debug.trailing
                        );
                        pieces.push(self.str_value(ctx, &text));
                        if conversion == ast::ConversionFlag::None && i.format_spec.is_none() {
                            conversion = ast::ConversionFlag::Repr;
                        }
                    }
                    let v = self.expr(ctx, &i.expression)?;
                    let v = match conversion {
                        ast::ConversionFlag::None => v,
                        ast::ConversionFlag::Str => {
                            ctx.b.push(InstKind::Convert(Conversion::Str, v))
                        }
                        ast::ConversionFlag::Repr => {
                            ctx.b.push(InstKind::Convert(Conversion::Repr, v))
                        }
                        ast::ConversionFlag::Ascii => {
                            ctx.b.push(InstKind::Convert(Conversion::Ascii, v))
                        }
                    };
                    let spec = match &i.format_spec {
                        Some(spec) => {
                            let mut parts = Vec::new();
                            self.fstring_elements(ctx, &spec.elements, raw, &mut parts)?;
                            ctx.b.push(InstKind::BuildString(parts))
                        }
                        None => self.str_value(ctx, ""),
                    };
                    pieces.push(ctx.b.push(InstKind::Format(v, spec)));
                }
            }
        }
        Ok(())
    }
}

use crate::parse::Ranged;

/// The decimal digits of an int literal in any base (underscores removed).
fn parse_int_literal(text: &str) -> String {
    let t = text.replace('_', "").to_ascii_lowercase();
    let (radix, digits) = match t.get(..2) {
        Some("0x") => (16, &t[2..]),
        Some("0o") => (8, &t[2..]),
        Some("0b") => (2, &t[2..]),
        _ => return t,
    };
    // Base conversion to decimal on a little-endian vector of base-1e9 limbs.
    let mut limbs: Vec<u64> = vec![0];
    for ch in digits.chars() {
        let d = ch.to_digit(radix).unwrap_or(0) as u64;
        let mut carry = d;
        for limb in limbs.iter_mut() {
            let x = *limb * radix as u64 + carry;
            *limb = x % 1_000_000_000;
            carry = x / 1_000_000_000;
        }
        while carry > 0 {
            limbs.push(carry % 1_000_000_000);
            carry /= 1_000_000_000;
        }
    }
    let mut out = limbs.last().unwrap().to_string();
    for limb in limbs.iter().rev().skip(1) {
        out.push_str(&format!("{limb:09}"));
    }
    out
}
