//! Scope analysis, after CPython's symtable: which scope every name of every
//! function, lambda and comprehension lives in.
//!
//! A name bound in a function (parameter, assignment target, `for` target,
//! `import`, `def`, `except ... as`, walrus, `del`) is local to it unless
//! declared `global` or `nonlocal`; a name only read is looked up in the
//! enclosing function scopes (a closure variable) and otherwise is global.
//! A local that an inner scope reads becomes a cell:
//!
//! ```python
//! def outer():
//!     n = 0          # `n` is a cell of outer
//!     def inner():
//!         return n   # `n` is free in inner
//! ```
//!
//! Comprehensions are inlined into their enclosing scope (PEP 709): their
//! targets stay private to them, while walrus targets bind in the enclosing
//! function. Class bodies never provide closure variables.

use std::collections::BTreeMap;

use crate::parse::visitor::{self, Visitor};

use crate::parse::ast::{self, Expr, Stmt};
use crate::parse::{Ranged, TextRange};

/// What kind of code a scope belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeType {
    Module,
    Function,
    Lambda,
    Comprehension,
    /// A generator expression: a real nested function, unlike the other
    /// comprehensions.
    GenExpr,
    Class,
}

/// Where a name of a scope lives at run time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Binding {
    /// A local variable of the frame.
    Local,
    /// A local that inner scopes capture: the frame holds a cell.
    Cell,
    /// A variable of an enclosing function, reached through a cell.
    Free,
    /// A module global (or a builtin).
    Global,
}

#[derive(Default, Clone, Copy, Debug)]
struct Flags {
    bound: bool,
    used: bool,
    param: bool,
    global: bool,
    nonlocal: bool,
    /// A comprehension's loop target (`x` in `[... for x in ...]`).
    comp_iter: bool,
    /// A comprehension's walrus target, bound in the enclosing function.
    walrus_target: bool,
    /// Where the `global`/`nonlocal` declaration is.
    declared_at: u32,
}

/// One scope's names.
#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeType,
    parent: Option<usize>,
    flags: BTreeMap<String, Flags>,
    /// Every name the scope binds or reads, resolved.
    pub names: BTreeMap<String, Binding>,
    /// Whether the scope contains `yield` or `yield from`.
    pub is_generator: bool,
    /// Whether the scope (or a comprehension inlined into it) calls
    /// `locals()` or `vars()` without arguments.
    pub calls_locals: bool,
}

impl Scope {
    /// How a name is reached from this scope; names the scope never
    /// mentions are looked up like reads (`Global` when not found).
    pub fn binding(&self, name: &str) -> Option<Binding> {
        self.names.get(name).copied()
    }

    /// The scope's cells, sorted by name.
    pub fn cells(&self) -> Vec<String> {
        self.with_binding(Binding::Cell)
    }

    /// The scope's free variables, sorted by name: the closure's order.
    pub fn frees(&self) -> Vec<String> {
        self.with_binding(Binding::Free)
    }

    fn with_binding(&self, b: Binding) -> Vec<String> {
        self.names
            .iter()
            .filter(|(_, k)| **k == b)
            .map(|(n, _)| n.clone())
            .collect()
    }
}

/// A scope-analysis error: CPython reports these as `SyntaxError`.
#[derive(Debug)]
pub struct ScopeError {
    pub offset: usize,
    pub message: String,
}

/// The scopes of a module, found by the range of the node that opens them.
#[derive(Debug)]
pub struct Scopes {
    scopes: Vec<Scope>,
    by_node: BTreeMap<(u32, u32, u8), usize>,
}

impl Scopes {
    /// Analyses a whole module.
    pub fn analyze(module: &ast::ModModule) -> Result<Scopes, ScopeError> {
        let mut b = Builder {
            scopes: vec![new_scope(ScopeType::Module, None)],
            by_node: BTreeMap::new(),
            current: 0,
            error: None,
            in_comp_iterable: 0,
            in_comp_target: false,
        };
        b.visit_body(&module.body);
        if let Some(e) = b.error {
            return Err(e);
        }
        let mut scopes = Scopes {
            scopes: b.scopes,
            by_node: b.by_node,
        };
        scopes.resolve()?;
        Ok(scopes)
    }

    /// The module's scope.
    pub fn module(&self) -> &Scope {
        &self.scopes[0]
    }

    /// Whether any code binds the module global `name`: the module body, or
    /// a function that declares it `global`.
    pub fn binds_global(&self, name: &str) -> bool {
        self.scopes.iter().any(|s| {
            s.flags
                .get(name)
                .is_some_and(|f| f.bound && (f.global || s.kind == ScopeType::Module))
        })
    }

    /// The scope opened by a function, lambda, comprehension or class node.
    pub fn of(&self, kind: ScopeType, range: TextRange) -> &Scope {
        &self.scopes[self.by_node[&key(kind, range)]]
    }

    fn resolve(&mut self) -> Result<(), ScopeError> {
        // Parents come before children, so one pass in order resolves
        // every declaration before the scopes that depend on it.
        for i in 0..self.scopes.len() {
            let names: Vec<(String, Flags)> = self.scopes[i]
                .flags
                .iter()
                .map(|(n, f)| (n.clone(), *f))
                .collect();
            for (name, f) in names {
                let binding = self.resolve_name(i, &name, f)?;
                if let Some(b) = binding {
                    self.scopes[i].names.insert(name, b);
                }
            }
        }
        Ok(())
    }

    fn resolve_name(
        &mut self,
        i: usize,
        name: &str,
        f: Flags,
    ) -> Result<Option<Binding>, ScopeError> {
        let kind = self.scopes[i].kind;
        if f.global {
            return Ok(Some(Binding::Global));
        }
        if f.nonlocal {
            return match self.capture(i, name) {
                Some(_) => Ok(Some(Binding::Free)),
                None => Err(ScopeError {
                    offset: f.declared_at as usize,
                    message: format!("no binding for nonlocal '{name}' found"),
                }),
            };
        }
        if f.bound {
            return Ok(Some(match kind {
                ScopeType::Module => Binding::Global,
                _ => Binding::Local,
            }));
        }
        match kind {
            ScopeType::Module => Ok(Some(Binding::Global)),
            // A comprehension reads the enclosing scope's variables directly.
            ScopeType::Comprehension => {
                self.capture_for_comprehension(i, name);
                Ok(None)
            }
            _ => Ok(Some(match self.capture(i, name) {
                Some(_) => Binding::Free,
                None => Binding::Global,
            })),
        }
    }

    /// Makes the function a comprehension `i` is inlined into capture
    /// `name` when only the comprehension reads it:
    ///
    /// ```python
    /// def scaler(k):
    ///     return lambda xs: [x * k for x in xs]   # `k` is free in the lambda
    /// ```
    fn capture_for_comprehension(&mut self, i: usize, name: &str) {
        let mut at = self.scopes[i].parent;
        while let Some(s) = at {
            let scope = &self.scopes[s];
            if scope.names.contains_key(name) {
                return;
            }
            match scope.kind {
                ScopeType::Comprehension => at = scope.parent,
                ScopeType::Function | ScopeType::Lambda | ScopeType::GenExpr => {
                    self.capture(i, name);
                    return;
                }
                ScopeType::Module | ScopeType::Class => return,
            }
        }
    }

    /// Finds `name` in the function scopes enclosing scope `i` and turns
    /// it into a cell there (free in the scopes in between). `None` when
    /// the name is global or unbound there.
    fn capture(&mut self, i: usize, name: &str) -> Option<usize> {
        let mut path = Vec::new();
        let mut at = self.scopes[i].parent;
        while let Some(s) = at {
            let scope = &self.scopes[s];
            match scope.kind {
                ScopeType::Module => return None,
                ScopeType::Class => {}
                ScopeType::Function
                | ScopeType::Lambda
                | ScopeType::Comprehension
                | ScopeType::GenExpr => match scope.names.get(name) {
                    Some(Binding::Global) => return None,
                    Some(Binding::Local) | Some(Binding::Cell) => {
                        self.scopes[s].names.insert(name.to_string(), Binding::Cell);
                        for p in path {
                            let scope: &mut Scope = &mut self.scopes[p];
                            if scope.kind != ScopeType::Comprehension {
                                scope.names.insert(name.to_string(), Binding::Free);
                            }
                        }
                        return Some(s);
                    }
                    Some(Binding::Free) => {
                        for p in path {
                            let scope: &mut Scope = &mut self.scopes[p];
                            if scope.kind != ScopeType::Comprehension {
                                scope.names.insert(name.to_string(), Binding::Free);
                            }
                        }
                        return Some(s);
                    }
                    None => path.push(s),
                },
            }
            at = scope.parent;
        }
        None
    }
}

fn new_scope(kind: ScopeType, parent: Option<usize>) -> Scope {
    Scope {
        kind,
        parent,
        flags: BTreeMap::new(),
        names: BTreeMap::new(),
        is_generator: false,
        calls_locals: false,
    }
}

/// Whether a scope is a comprehension of any kind (generator expressions
/// included), which a walrus binds through.
fn is_comprehension(kind: ScopeType) -> bool {
    matches!(kind, ScopeType::Comprehension | ScopeType::GenExpr)
}

fn key(kind: ScopeType, range: TextRange) -> (u32, u32, u8) {
    (range.start().into(), range.end().into(), kind as u8)
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: BTreeMap<(u32, u32, u8), usize>,
    current: usize,
    error: Option<ScopeError>,
    /// How many comprehension iterables enclose the expression being
    /// visited, in this scope or an outer one (CPython's
    /// `ste_comp_iter_expr`, which nested scopes inherit): no walrus may
    /// appear there.
    in_comp_iterable: u32,
    /// Whether the names being bound are a comprehension's loop target.
    in_comp_target: bool,
}

impl Builder {
    fn fail(&mut self, node: &impl Ranged, message: String) {
        if self.error.is_none() {
            self.error = Some(ScopeError {
                offset: usize::from(node.range().start()),
                message,
            });
        }
    }

    fn flags(&mut self, name: &str) -> &mut Flags {
        self.scopes[self.current]
            .flags
            .entry(name.to_string())
            .or_default()
    }

    fn bind(&mut self, name: &str) {
        self.flags(name).bound = true;
    }

    /// The scope whose frame runs the code being visited: comprehensions
    /// (not generator expressions) are inlined into their parent's.
    fn frame_scope(&self) -> usize {
        let mut s = self.current;
        while self.scopes[s].kind == ScopeType::Comprehension {
            s = self.scopes[s].parent.expect("comprehensions are nested");
        }
        s
    }

    /// Binds a comprehension's loop variable, which no walrus of the
    /// comprehension may rebind.
    fn bind_comp_iter(&mut self, n: &ast::ExprName) {
        let name = n.id.as_str();
        let f = self.flags(name);
        f.bound = true;
        f.comp_iter = true;
        if f.walrus_target {
            let msg = format!(
                "comprehension inner loop cannot rebind assignment expression target '{name}'"
            );
            self.fail(n, msg);
        }
    }

    /// Binds a walrus target in the scope CPython gives it
    /// (`symtable_extend_namedexpr_scope`): through every enclosing
    /// comprehension, none of which may have it as a loop variable, to the
    /// nearest function or module.
    fn bind_walrus(&mut self, n: &ast::ExprNamed, target: &ast::ExprName) {
        let name = target.id.as_str();
        if self.in_comp_iterable > 0 {
            let msg = "assignment expression cannot be used in a comprehension iterable expression";
            self.fail(n, msg.into());
            return;
        }
        let mut s = self.current;
        while is_comprehension(self.scopes[s].kind) {
            if self.scopes[s].flags.get(name).is_some_and(|f| f.comp_iter) {
                let msg = format!(
                    "assignment expression cannot rebind comprehension iteration variable '{name}'"
                );
                self.fail(n, msg);
                return;
            }
            s = self.scopes[s].parent.expect("comprehensions are nested");
        }
        if s == self.current {
            self.bind(name);
            return;
        }
        if self.scopes[s].kind == ScopeType::Class {
            let msg = "assignment expression within a comprehension cannot be used in a class body";
            self.fail(n, msg.into());
            return;
        }
        let saved = std::mem::replace(&mut self.current, s);
        self.bind(name);
        self.current = saved;
        // Read through the comprehension like any outer name.
        let f = self.flags(name);
        f.used = true;
        f.walrus_target = true;
    }

    fn use_name(&mut self, name: &str) {
        self.flags(name).used = true;
    }

    /// Opens a child scope for `node`, runs `body` in it and returns to
    /// the current scope.
    fn nested(&mut self, kind: ScopeType, range: TextRange, body: impl FnOnce(&mut Self)) {
        let id = self.scopes.len();
        self.scopes.push(new_scope(kind, Some(self.current)));
        self.by_node.insert(key(kind, range), id);
        let saved = self.current;
        self.current = id;
        body(self);
        self.current = saved;
    }

    fn params(&mut self, p: &ast::Parameters) {
        for param in p.iter() {
            let name = param.name().to_string();
            let f = self.flags(&name);
            if f.param {
                let msg = format!("duplicate argument '{name}' in function definition");
                self.fail(param.name(), msg);
            }
            let f = self.flags(&name);
            f.param = true;
            f.bound = true;
        }
    }

    /// Defaults and annotations of a signature, evaluated where the
    /// function is defined.
    fn signature_outside(&mut self, p: &ast::Parameters) {
        for param in p.iter_non_variadic_params() {
            if let Some(d) = &param.default {
                self.visit_expr(d);
            }
        }
        for param in p.iter() {
            if let Some(a) = param.annotation() {
                self.visit_annotation(a);
            }
        }
    }

    fn declare(&mut self, node: &impl Ranged, names: &[ast::Identifier], global: bool) {
        let word = if global { "global" } else { "nonlocal" };
        if !global && self.scopes[self.current].kind == ScopeType::Module {
            self.fail(
                node,
                "nonlocal declaration not allowed at module level".into(),
            );
            return;
        }
        for n in names {
            let name = n.to_string();
            let f = *self.flags(&name);
            if f.param {
                self.fail(n, format!("name '{name}' is parameter and {word}"));
            } else if (global && f.nonlocal) || (!global && f.global) {
                self.fail(n, format!("name '{name}' is nonlocal and global"));
            } else if f.bound && !(f.global || f.nonlocal) {
                self.fail(
                    n,
                    format!("name '{name}' is assigned to before {word} declaration"),
                );
            } else if f.used && !(f.global || f.nonlocal) {
                self.fail(
                    n,
                    format!("name '{name}' is used prior to {word} declaration"),
                );
            }
            let f = self.flags(&name);
            f.declared_at = n.range().start().into();
            if global {
                f.global = true;
            } else {
                f.nonlocal = true;
            }
        }
    }

    fn comprehension(
        &mut self,
        kind: ScopeType,
        range: TextRange,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
    ) {
        let Some(first) = generators.first() else {
            return;
        };
        self.comp_iterable(&first.iter);
        self.nested(kind, range, |b| {
            for (i, g) in generators.iter().enumerate() {
                if i > 0 {
                    b.comp_iterable(&g.iter);
                }
                b.in_comp_target = true;
                b.target(&g.target);
                b.in_comp_target = false;
                for cond in &g.ifs {
                    b.visit_expr(cond);
                }
            }
            for e in elts {
                b.visit_expr(e);
            }
        });
    }

    fn comp_iterable(&mut self, e: &Expr) {
        self.in_comp_iterable += 1;
        self.visit_expr(e);
        self.in_comp_iterable -= 1;
    }

    /// An assignment target: names are bound, everything else is read.
    fn target(&mut self, e: &Expr) {
        match e {
            Expr::Name(n) if self.in_comp_target => self.bind_comp_iter(n),
            Expr::Name(n) => self.bind(n.id.as_str()),
            Expr::Tuple(t) => t.elts.iter().for_each(|x| self.target(x)),
            Expr::List(l) => l.elts.iter().for_each(|x| self.target(x)),
            Expr::Starred(s) => self.target(&s.value),
            other => self.visit_expr(other),
        }
    }
}

impl<'a> Visitor<'a> for Builder {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.visit_decorator(d);
                }
                self.signature_outside(&f.parameters);
                if let Some(r) = &f.returns {
                    self.visit_annotation(r);
                }
                self.bind(f.name.as_str());
                self.nested(ScopeType::Function, f.range(), |b| {
                    b.params(&f.parameters);
                    b.visit_body(&f.body);
                });
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.visit_decorator(d);
                }
                if let Some(args) = &c.arguments {
                    self.visit_arguments(args);
                }
                self.bind(c.name.as_str());
                self.nested(ScopeType::Class, c.range(), |b| b.visit_body(&c.body));
            }
            Stmt::Global(g) => self.declare(g, &g.names, true),
            Stmt::Nonlocal(n) => self.declare(n, &n.names, false),
            Stmt::Assign(a) => {
                self.visit_expr(&a.value);
                a.targets.iter().for_each(|t| self.target(t));
            }
            Stmt::AugAssign(a) => {
                self.visit_expr(&a.value);
                if let Expr::Name(n) = &*a.target {
                    self.use_name(n.id.as_str());
                }
                self.target(&a.target);
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.visit_expr(v);
                }
                self.visit_annotation(&a.annotation);
                self.target(&a.target);
            }
            Stmt::Delete(d) => d.targets.iter().for_each(|t| self.target(t)),
            Stmt::For(f) => {
                self.visit_expr(&f.iter);
                self.target(&f.target);
                self.visit_body(&f.body);
                self.visit_body(&f.orelse);
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.visit_expr(&item.context_expr);
                    if let Some(t) = &item.optional_vars {
                        self.target(t);
                    }
                }
                self.visit_body(&w.body);
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = a.asname.as_ref().map_or_else(
                        || a.name.split('.').next().unwrap_or("").to_string(),
                        |n| n.to_string(),
                    );
                    self.bind(&bound);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    self.bind(a.asname.as_ref().unwrap_or(&a.name).as_str());
                }
            }
            Stmt::Try(t) => {
                self.visit_body(&t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty);
                    }
                    if let Some(n) = &h.name {
                        self.bind(n.as_str());
                    }
                    self.visit_body(&h.body);
                }
                self.visit_body(&t.orelse);
                self.visit_body(&t.finalbody);
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_pattern(&mut self, pattern: &'a ast::Pattern) {
        match pattern {
            ast::Pattern::MatchAs(m) => {
                if let Some(n) = &m.name {
                    self.bind(n.as_str());
                }
            }
            ast::Pattern::MatchStar(m) => {
                if let Some(n) = &m.name {
                    self.bind(n.as_str());
                }
            }
            ast::Pattern::MatchMapping(m) => {
                if let Some(n) = &m.rest {
                    self.bind(n.as_str());
                }
            }
            _ => {}
        }
        visitor::walk_pattern(self, pattern);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(n) => match n.ctx {
                ast::ExprContext::Load => self.use_name(n.id.as_str()),
                _ => self.bind(n.id.as_str()),
            },
            Expr::Named(n) => {
                self.visit_expr(&n.value);
                if let Expr::Name(t) = &*n.target {
                    self.bind_walrus(n, t);
                }
            }
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.signature_outside(p);
                }
                self.nested(ScopeType::Lambda, l.range(), |b| {
                    if let Some(p) = &l.parameters {
                        b.params(p);
                    }
                    b.visit_expr(&l.body);
                });
            }
            Expr::ListComp(c) => {
                let kind = ScopeType::Comprehension;
                self.comprehension(kind, c.range(), &c.generators, &[&c.elt])
            }
            Expr::SetComp(c) => {
                let kind = ScopeType::Comprehension;
                self.comprehension(kind, c.range(), &c.generators, &[&c.elt])
            }
            Expr::Generator(c) => {
                let kind = ScopeType::GenExpr;
                self.comprehension(kind, c.range(), &c.generators, &[&c.elt])
            }
            Expr::DictComp(c) => {
                let kind = ScopeType::Comprehension;
                self.comprehension(kind, c.range(), &c.generators, &[&c.key, &c.value])
            }
            Expr::Call(c) if is_locals_call(c) => {
                let s = self.frame_scope();
                self.scopes[s].calls_locals = true;
                visitor::walk_expr(self, expr);
            }
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                self.scopes[self.current].is_generator = true;
                visitor::walk_expr(self, expr);
            }
            _ => visitor::walk_expr(self, expr),
        }
    }
}

/// `locals()` or `vars()`: a call that may read the frame's variables
/// (unless the name is rebound, which lowering checks).
fn is_locals_call(c: &ast::ExprCall) -> bool {
    let reads_frame =
        matches!(&*c.func, Expr::Name(n) if matches!(n.id.as_str(), "locals" | "vars"));
    reads_frame && c.arguments.args.is_empty() && c.arguments.keywords.is_empty()
}
