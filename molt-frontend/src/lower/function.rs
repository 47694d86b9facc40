//! `def` and `lambda`: the function object is made where the definition
//! runs (decorators, defaults, keyword-only defaults and annotations are
//! evaluated there, in CPython's order), and the body becomes an IR
//! function of its own whose free variables arrive as the closure's cells.

use molt_ir::builder::FunctionBuilder;
use molt_ir::entities::ValueId;
use molt_ir::inst::{InstKind, Terminator};
use molt_ir::module::Const;

use super::names::{scope_names, NameRef};
use super::{FnCtx, LResult, Lowerer};
use crate::parse::ast::{self, Expr, Stmt};
use crate::parse::{Ranged, TextRange};
use crate::scope::ScopeType;

/// What a function's body is.
#[derive(Clone, Copy)]
enum Body<'s> {
    Block(&'s [Stmt]),
    Lambda(&'s Expr),
    /// A generator expression over its implicit `.0` parameter.
    GenExpr(&'s ast::ExprGenerator),
}

/// Everything needed to make one function object.
struct FunctionSource<'s> {
    name: String,
    kind: ScopeType,
    range: TextRange,
    parameters: Option<&'s ast::Parameters>,
    returns: Option<&'s Expr>,
    body: Body<'s>,
    line: u32,
}

impl<'a> Lowerer<'a> {
    /// A `def` statement: decorators, then the function object, then the
    /// decorators applied innermost first, then the name bound.
    pub(super) fn function_def(&mut self, ctx: &mut FnCtx, f: &ast::StmtFunctionDef) -> LResult {
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
        let mut decorators = Vec::new();
        for d in &f.decorator_list {
            decorators.push(self.expr(ctx, &d.expression)?);
        }
        let line = self.line_of(&f.name);
        ctx.b.set_line(line);
        let mut func = self.make_function(
            ctx,
            FunctionSource {
                name: f.name.to_string(),
                kind: ScopeType::Function,
                range: f.range(),
                parameters: Some(&f.parameters),
                returns: f.returns.as_deref(),
                body: Body::Block(&f.body),
                line,
            },
        )?;
        for d in decorators.into_iter().rev() {
            func = ctx.b.push(InstKind::Call {
                callee: d,
                args: vec![func],
                kwnames: None,
            });
        }
        self.store_name(ctx, f.name.as_str(), func);
        Ok(())
    }

    /// A generator expression: a generator function over `iter()` of the
    /// first iterable, which is evaluated here.
    pub(super) fn generator_expression(
        &mut self,
        ctx: &mut FnCtx,
        g: &ast::ExprGenerator,
    ) -> LResult<ValueId> {
        if let Some(c) = g.generators.iter().find(|c| c.is_async) {
            return self.unsupported(
                c,
                "asynchronous generator expressions are not supported yet",
                "use a plain `for`",
            );
        }
        let first = self.expr(ctx, &g.generators[0].iter)?;
        let it = ctx.b.push(InstKind::Iter(first));
        let line = self.line_of(g);
        let func = self.make_function(
            ctx,
            FunctionSource {
                name: "<genexpr>".to_string(),
                kind: ScopeType::GenExpr,
                range: g.range(),
                parameters: None,
                returns: None,
                body: Body::GenExpr(g),
                line,
            },
        )?;
        Ok(ctx.b.push(InstKind::Call {
            callee: func,
            args: vec![it],
            kwnames: None,
        }))
    }

    /// A `lambda` expression.
    pub(super) fn lambda(&mut self, ctx: &mut FnCtx, l: &ast::ExprLambda) -> LResult<ValueId> {
        let line = self.line_of(l);
        self.make_function(
            ctx,
            FunctionSource {
                name: "<lambda>".to_string(),
                kind: ScopeType::Lambda,
                range: l.range(),
                parameters: l.parameters.as_deref(),
                returns: None,
                body: Body::Lambda(&l.body),
                line,
            },
        )
    }

    fn make_function(&mut self, ctx: &mut FnCtx, src: FunctionSource) -> LResult<ValueId> {
        let empty = ast::Parameters::default();
        let p = src.parameters.unwrap_or(&empty);
        // Defaults, in the defining scope.
        let mut defaults = Vec::new();
        let mut seen_default = false;
        for param in p.posonlyargs.iter().chain(&p.args) {
            match &param.default {
                Some(d) => {
                    seen_default = true;
                    defaults.push(self.expr(ctx, d)?);
                }
                None if seen_default => {
                    return self.syntax_error(
                        param,
                        "parameter without a default follows parameter with a default",
                    )
                }
                None => {}
            }
        }
        let defaults = ctx.b.push(InstKind::BuildTuple(defaults));
        let mut kw_items = Vec::new();
        for param in &p.kwonlyargs {
            if let Some(d) = &param.default {
                let key = self.str_const(param.parameter.name.as_str());
                kw_items.push(ctx.b.push(InstKind::ConstPool(key)));
                kw_items.push(self.expr(ctx, d)?);
            }
        }
        let kwdefaults = if kw_items.is_empty() {
            ctx.b.push(InstKind::ConstNone)
        } else {
            ctx.b.push(InstKind::BuildDict(kw_items))
        };
        let annotations = self.annotations(ctx, p, src.returns)?;

        let scopes = self.scopes;
        let scope = scopes.of(src.kind, src.range);
        let is_generator = scope.is_generator || matches!(src.body, Body::GenExpr(_));
        // The closure: the cells of the child's free variables, as this
        // scope holds them.
        let frees = scope.frees();
        let closure = if frees.is_empty() {
            ctx.b.push(InstKind::ConstNone)
        } else {
            let mut cells = Vec::new();
            for name in &frees {
                match Self::resolve(ctx, name) {
                    Some(NameRef::Cell(slot)) => cells.push(ctx.b.push(InstKind::LoadLocal(slot))),
                    _ => unreachable!("scope analysis makes `{name}` a cell of an enclosing scope"),
                }
            }
            ctx.b.push(InstKind::BuildTuple(cells))
        };

        let is_genexpr = matches!(src.body, Body::GenExpr(_));
        let implicit = is_genexpr.then(|| ".0".to_string());
        let varnames: Vec<String> = implicit
            .into_iter()
            .chain(p.posonlyargs.iter().map(|a| a.parameter.name.to_string()))
            .chain(
                p.args
                    .iter()
                    .chain(&p.kwonlyargs)
                    .map(|a| a.parameter.name.to_string()),
            )
            .chain(p.vararg.iter().map(|a| a.name.to_string()))
            .chain(p.kwarg.iter().map(|a| a.name.to_string()))
            .collect();
        let qualname = format!("{}{}", ctx.qualname_prefix, src.name);
        let id = self.lower_body(&src, &qualname, varnames.clone(), is_generator)?;

        let doc = match src.body {
            Body::Block(body) => docstring(body),
            Body::Lambda(_) | Body::GenExpr(_) => None,
        };
        let name_c = self.str_const(&src.name);
        let qual_c = self.str_const(&qualname);
        let vars_c = self.tuple_of_strs(&varnames);
        let argcount = p.posonlyargs.len() + p.args.len() + usize::from(is_genexpr);
        let handles_exceptions =
            is_generator && self.module.functions[id.index()].catches_exceptions();
        let flags = u8::from(p.vararg.is_some())
            + 2 * u8::from(p.kwarg.is_some())
            + 4 * u8::from(is_generator)
            + 8 * u8::from(handles_exceptions);
        let counts = [
            argcount,
            p.posonlyargs.len(),
            p.kwonlyargs.len(),
            flags as usize,
        ]
        .map(|n| self.module.constant(Const::BigInt(n.to_string())));
        let doc_c = match doc {
            Some(d) => self.str_const(&d),
            None => self.module.constant(Const::None),
        };
        let mut info = vec![name_c, qual_c, vars_c];
        info.extend(counts);
        info.push(doc_c);
        let info = self.module.constant(Const::Tuple(info));
        ctx.b.set_line(src.line);
        Ok(ctx.b.push(InstKind::MakeFunction {
            func: id,
            info,
            defaults,
            kwdefaults,
            closure,
            annotations,
        }))
    }

    /// `__annotations__` evaluated at definition time (3.12 semantics), or
    /// None when there are none.
    fn annotations(
        &mut self,
        ctx: &mut FnCtx,
        p: &ast::Parameters,
        returns: Option<&Expr>,
    ) -> LResult<ValueId> {
        let mut items = Vec::new();
        let named = p
            .posonlyargs
            .iter()
            .chain(&p.args)
            .map(|a| &a.parameter)
            .chain(p.vararg.as_deref())
            .chain(p.kwonlyargs.iter().map(|a| &a.parameter))
            .chain(p.kwarg.as_deref())
            .filter_map(|a| a.annotation.as_deref().map(|e| (a.name.as_str(), e)))
            .chain(returns.map(|r| ("return", r)));
        for (name, e) in named {
            let key = self.str_const(name);
            items.push(ctx.b.push(InstKind::ConstPool(key)));
            items.push(self.expr(ctx, e)?);
        }
        Ok(if items.is_empty() {
            ctx.b.push(InstKind::ConstNone)
        } else {
            ctx.b.push(InstKind::BuildDict(items))
        })
    }

    /// Lowers a function body into a new IR function.
    fn lower_body(
        &mut self,
        src: &FunctionSource,
        qualname: &str,
        varnames: Vec<String>,
        is_generator: bool,
    ) -> LResult<molt_ir::entities::FuncId> {
        let id = self.module.reserve_function(&src.name);
        let scopes = self.scopes;
        let scope = scopes.of(src.kind, src.range);
        // Names defined inside a generator expression are not its locals
        // in CPython's qualified names: `f.<locals>.<genexpr>.<lambda>`.
        let prefix = match src.kind {
            ScopeType::GenExpr => format!("{qualname}."),
            _ => format!("{qualname}.<locals>."),
        };
        let mut ctx = FnCtx::new(
            FunctionBuilder::new(&src.name, qualname, varnames),
            prefix,
            true,
        );
        ctx.b.set_first_line(src.line);
        ctx.b.set_line(src.line);
        if is_generator {
            ctx.b.set_generator();
        }
        let names = scope_names(&mut ctx, scope, false);
        let free_slots = scope
            .frees()
            .iter()
            .map(|n| match names[n] {
                NameRef::Cell(s) | NameRef::Local(s) => s,
            })
            .collect();
        ctx.b.set_freevars(free_slots);
        self.make_cells(&mut ctx, &names, scope);
        self.start_locals(&mut ctx, scope);
        ctx.names.push(names);
        match src.body {
            Body::Block(body) => self.body(&mut ctx, body)?,
            Body::Lambda(e) => {
                let v = self.expr(&mut ctx, e)?;
                ctx.b.terminate(Terminator::Return(v));
            }
            Body::GenExpr(g) => {
                let it = ctx
                    .b
                    .push(InstKind::LoadLocal(molt_ir::entities::SlotId(0)));
                let element = super::comprehension::Element::Yield(&g.elt);
                self.comprehension_loop(&mut ctx, &g.generators, Some(it), element)?;
            }
        }
        if !ctx.b.is_terminated() {
            let none = ctx.b.push(InstKind::ConstNone);
            ctx.b.terminate(Terminator::Return(none));
        }
        self.finish_locals(&mut ctx, scope);
        self.module.set_function(id, ctx.b.finish());
        Ok(id)
    }
}

/// The docstring: a plain string literal as the body's first statement.
pub(super) fn docstring(body: &[Stmt]) -> Option<String> {
    match body.first() {
        Some(Stmt::Expr(e)) => match &*e.value {
            Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
            _ => None,
        },
        _ => None,
    }
}
