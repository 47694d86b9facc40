//! Reading, binding and deleting Python names: a slot of the frame, a cell
//! the frame holds (its own captured variable or an enclosing one), or a
//! module global, as scope analysis decided.

use std::collections::BTreeMap;

use molt_ir::entities::{SlotId, ValueId};
use molt_ir::inst::InstKind;

use super::{FnCtx, Lowerer};
use crate::scope::{Binding, Scope};

/// Where a name of the code being lowered lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum NameRef {
    /// A plain local slot.
    Local(SlotId),
    /// A slot holding a cell (a captured local or a free variable).
    Cell(SlotId),
}

/// The slots of a scope's local, cell and free names (globals have none).
/// `fresh` gives comprehension variables slots of their own even when the
/// function has a variable of the same name.
pub(super) fn scope_names(
    ctx: &mut FnCtx,
    scope: &Scope,
    fresh: bool,
) -> BTreeMap<String, NameRef> {
    let mut names = BTreeMap::new();
    for (name, binding) in &scope.names {
        let slot = |ctx: &mut FnCtx| {
            if fresh {
                ctx.b.new_slot(name)
            } else {
                ctx.b.slot(name)
            }
        };
        let r = match binding {
            Binding::Global => continue,
            Binding::Local => NameRef::Local(slot(ctx)),
            Binding::Cell | Binding::Free => NameRef::Cell(slot(ctx)),
        };
        names.insert(name.clone(), r);
    }
    names
}

impl<'a> Lowerer<'a> {
    /// The innermost binding of `name`; `None` for a global.
    pub(super) fn resolve(ctx: &FnCtx, name: &str) -> Option<NameRef> {
        ctx.names
            .iter()
            .rev()
            .find_map(|layer| layer.get(name).copied())
    }

    /// The binding of `name`, recorded as used.
    fn use_name(ctx: &mut FnCtx, name: &str) -> Option<NameRef> {
        let r = Self::resolve(ctx, name);
        if r.is_some() {
            Self::touch(ctx, name);
        }
        r
    }

    pub(super) fn load_name(&mut self, ctx: &mut FnCtx, name: &str) -> ValueId {
        match Self::use_name(ctx, name) {
            Some(NameRef::Local(slot)) => ctx.b.push(InstKind::LoadLocal(slot)),
            Some(NameRef::Cell(slot)) => ctx.b.push(InstKind::LoadDeref(slot)),
            None => {
                let g = self.module.global(name);
                ctx.b.push(InstKind::LoadGlobal(g))
            }
        }
    }

    /// Stores an owned value into a name.
    pub(super) fn store_name(&mut self, ctx: &mut FnCtx, name: &str, v: ValueId) {
        match Self::use_name(ctx, name) {
            Some(NameRef::Local(slot)) => ctx.b.push(InstKind::StoreLocal(slot, v)),
            Some(NameRef::Cell(slot)) => ctx.b.push(InstKind::StoreDeref(slot, v)),
            None => {
                let g = self.module.global(name);
                ctx.b.push(InstKind::StoreGlobal(g, v))
            }
        };
    }

    pub(super) fn delete_name(&mut self, ctx: &mut FnCtx, name: &str) {
        match Self::use_name(ctx, name) {
            Some(NameRef::Local(slot)) => ctx.b.push(InstKind::DelLocal(slot)),
            Some(NameRef::Cell(slot)) => ctx.b.push(InstKind::DelDeref(slot)),
            None => {
                let g = self.module.global(name);
                ctx.b.push(InstKind::DelGlobal(g))
            }
        };
    }

    /// Gives every cell name of `names` a fresh cell; a parameter's value
    /// moves into its cell.
    pub(super) fn make_cells(
        &mut self,
        ctx: &mut FnCtx,
        names: &BTreeMap<String, NameRef>,
        scope: &Scope,
    ) {
        for name in scope.cells() {
            let Some(NameRef::Cell(slot)) = names.get(&name).copied() else {
                continue;
            };
            let is_param = ctx.b.is_param(slot);
            let value = is_param.then(|| ctx.b.push(InstKind::LoadLocal(slot)));
            let cell = ctx.b.push(InstKind::CellNew);
            ctx.b.push(InstKind::StoreLocal(slot, cell));
            if let Some(v) = value {
                ctx.b.push(InstKind::StoreDeref(slot, v));
            }
        }
    }
}
