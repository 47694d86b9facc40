//! Scope analysis (CPython's symtable rules, for the supported subset): in
//! a function, a name is Local when it is bound anywhere in the body and not
//! declared `global`; otherwise it is Global (module globals, then builtins).

use std::collections::BTreeSet;

use crate::parse::ast::{self, Expr, Stmt};

/// Where a name lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Local,
    Global,
}

/// The names of one function scope.
#[derive(Default, Debug)]
pub struct FunctionScope {
    pub locals: BTreeSet<String>,
    pub globals: BTreeSet<String>,
}

impl FunctionScope {
    /// Analyses a function from its parameters and body.
    pub fn analyze(params: &[String], body: &[Stmt]) -> Self {
        let mut s = FunctionScope::default();
        s.locals.extend(params.iter().cloned());
        s.visit_body(body);
        for g in &s.globals {
            s.locals.remove(g);
        }
        s
    }

    /// The kind of a name used in this scope.
    pub fn kind(&self, name: &str) -> ScopeKind {
        if self.locals.contains(name) {
            ScopeKind::Local
        } else {
            ScopeKind::Global
        }
    }

    fn visit_body(&mut self, body: &[Stmt]) {
        for stmt in body {
            self.visit_stmt(stmt);
        }
    }

    fn bind_target(&mut self, target: &Expr) {
        match target {
            Expr::Name(n) => {
                self.locals.insert(n.id.to_string());
            }
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.bind_target(e)),
            Expr::List(l) => l.elts.iter().for_each(|e| self.bind_target(e)),
            Expr::Starred(s) => self.bind_target(&s.value),
            _ => {}
        }
    }

    fn visit_stmt(&mut self, stmt: &Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => {
                self.locals.insert(f.name.to_string());
            }
            Stmt::ClassDef(c) => {
                self.locals.insert(c.name.to_string());
            }
            Stmt::Assign(a) => a.targets.iter().for_each(|t| self.bind_target(t)),
            Stmt::AugAssign(a) => self.bind_target(&a.target),
            Stmt::AnnAssign(a) => self.bind_target(&a.target),
            Stmt::Delete(d) => d.targets.iter().for_each(|t| self.bind_target(t)),
            Stmt::For(f) => {
                self.bind_target(&f.target);
                self.visit_body(&f.body);
                self.visit_body(&f.orelse);
            }
            Stmt::While(w) => {
                self.visit_body(&w.body);
                self.visit_body(&w.orelse);
            }
            Stmt::If(i) => {
                self.visit_body(&i.body);
                for clause in &i.elif_else_clauses {
                    self.visit_body(&clause.body);
                }
            }
            Stmt::With(w) => {
                for item in &w.items {
                    if let Some(t) = &item.optional_vars {
                        self.bind_target(t);
                    }
                }
                self.visit_body(&w.body);
            }
            Stmt::Try(t) => {
                self.visit_body(&t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        self.locals.insert(n.to_string());
                    }
                    self.visit_body(&h.body);
                }
                self.visit_body(&t.orelse);
                self.visit_body(&t.finalbody);
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = a.asname.as_ref().map_or_else(
                        || a.name.split('.').next().unwrap_or("").to_string(),
                        |n| n.to_string(),
                    );
                    self.locals.insert(bound);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    self.locals
                        .insert(a.asname.as_ref().unwrap_or(&a.name).to_string());
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    self.globals.insert(n.to_string());
                }
            }
            _ => {}
        }
    }
}
