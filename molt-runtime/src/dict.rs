//! `dict`: CPython's compact layout, an insertion-ordered entry array plus
//! an open-addressing index table probed with CPython's perturbation scheme.

use crate::exception::R;
use crate::object::{alloc, payload, TypeId};
use crate::value::{Owned, Value};

/// One live entry.
pub struct Entry {
    pub hash: i64,
    pub key: Owned,
    pub value: Owned,
}

const EMPTY: i64 = -1;
const DUMMY: i64 = -2;

/// The payload of a dict.
#[derive(Default)]
pub struct DictData {
    /// Entries in insertion order; `None` marks a deleted one.
    pub entries: Vec<Option<Entry>>,
    indices: Vec<i64>,
    used: usize,
    /// The compiled module whose exposed namespace this dict is: its global
    /// slots follow every change (see `module.rs`).
    namespace_of: Option<Value>,
}

/// Which part of the entries a view or iterator yields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

/// The payload of `dict_keys`, `dict_values` and `dict_items`.
pub struct DictView {
    pub dict: Owned,
    pub kind: ViewKind,
}

impl DictData {
    /// The number of live entries.
    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether the dict is empty.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Finds the entry index of `key`.
    pub fn find(&self, key: Value, hash: i64) -> R<Option<usize>> {
        if self.indices.is_empty() {
            return Ok(None);
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return Ok(None);
            }
            if ix >= 0 {
                if let Some(e) = &self.entries[ix as usize] {
                    if e.key.v() == key || (e.hash == hash && crate::ops::eq(e.key.v(), key)?) {
                        return Ok(Some(ix as usize));
                    }
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// The value for `key`, borrowed.
    pub fn get(&self, key: Value, hash: i64) -> R<Option<Value>> {
        Ok(self
            .find(key, hash)?
            .map(|i| self.entries[i].as_ref().unwrap().value.v()))
    }

    /// Sets `key` to `value`; an existing key keeps its position.
    pub fn insert(&mut self, key: Owned, hash: i64, value: Owned) -> R<()> {
        let changed = self.namespace_of.map(|m| (m, key.v(), value.v()));
        if let Some(i) = self.find(key.v(), hash)? {
            self.entries[i].as_mut().unwrap().value = value;
            if let Some((m, k, v)) = changed {
                crate::module::namespace_changed(m, k, Some(v));
            }
            return Ok(());
        }
        if (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            self.rebuild((self.used + 1) * 3);
        }
        self.entries.push(Some(Entry { hash, key, value }));
        self.place(hash, self.entries.len() - 1);
        self.used += 1;
        if let Some((m, k, v)) = changed {
            crate::module::namespace_changed(m, k, Some(v));
        }
        Ok(())
    }

    /// Removes `key`, returning its entry.
    pub fn remove(&mut self, key: Value, hash: i64) -> R<Option<Entry>> {
        let Some(ix) = self.find(key, hash)? else {
            return Ok(None);
        };
        let slot = self.slot_of(hash, ix);
        self.indices[slot] = DUMMY;
        self.used -= 1;
        if let Some(m) = self.namespace_of {
            crate::module::namespace_changed(m, key, None);
        }
        Ok(self.entries[ix].take())
    }

    /// Removes and returns the last entry.
    pub fn pop_last(&mut self) -> Option<Entry> {
        while let Some(last) = self.entries.pop() {
            if let Some(e) = last {
                let slot = self.slot_of(e.hash, self.entries.len());
                self.indices[slot] = DUMMY;
                self.used -= 1;
                if let Some(m) = self.namespace_of {
                    crate::module::namespace_changed(m, e.key.v(), None);
                }
                return Some(e);
            }
        }
        None
    }

    /// Removes every entry.
    pub fn clear(&mut self) {
        if let Some(m) = self.namespace_of {
            crate::module::namespace_cleared(m);
        }
        self.entries.clear();
        self.indices.clear();
        self.used = 0;
    }

    /// Makes this dict the namespace of compiled module `m`.
    pub fn set_namespace_of(&mut self, m: Value) {
        self.namespace_of = Some(m);
    }

    /// Live entries in order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// The index-table slot that holds entry `ix` (whose hash is `hash`).
    fn slot_of(&self, hash: i64, ix: usize) -> usize {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] != ix as i64 {
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        i
    }

    fn place(&mut self, hash: i64, ix: usize) {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] >= 0 {
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        self.indices[i] = ix as i64;
    }

    fn rebuild(&mut self, min_size: usize) {
        let mut size = 8;
        while size < min_size {
            size *= 2;
        }
        self.entries.retain(|e| e.is_some());
        self.indices = vec![EMPTY; size];
        for ix in 0..self.entries.len() {
            let hash = self.entries[ix].as_ref().unwrap().hash;
            self.place(hash, ix);
        }
    }
}

/// A new empty dict.
pub fn new_dict() -> Owned {
    alloc(TypeId::Dict, DictData::default())
}

/// The payload of a dict value.
///
/// The reference must not be held across code that may mutate the dict.
#[inline]
pub fn dict_data<'a>(v: Value) -> &'a mut DictData {
    unsafe { payload::<DictData>(v) }
}

/// Whether `v` is a dict.
#[inline]
pub fn is_dict(v: Value) -> bool {
    v.is_ptr() && crate::object::is_instance(v, TypeId::Dict)
}

/// `d[key] = value`, hashing the key. The dict is tracked by the cycle
/// collector from its first container key or value on
/// (`MAINTAIN_TRACKING` in CPython's `dictobject.c`).
pub fn dict_set(d: Value, key: Owned, value: Owned) -> R<()> {
    let h = crate::ops::hash(key.v())?;
    if !crate::gc::is_tracked(d)
        && (crate::gc::may_be_tracked(key.v()) || crate::gc::may_be_tracked(value.v()))
    {
        crate::gc::track(d);
    }
    dict_data(d).insert(key, h, value)
}

/// Brings the entry `name` of a `locals()` dict up to date with a
/// variable: set to its value, or removed when it is unbound (`UNBOUND`),
/// as CPython 3.12's `PyFrame_FastToLocals` does.
pub fn sync_local(d: Value, name: Value, value: Value) -> R<()> {
    if value != Value::UNBOUND {
        return dict_set(d, name.new_ref(), value.new_ref());
    }
    let h = crate::ops::hash(name)?;
    dict_data(d).remove(name, h).map(drop)
}

/// The collector's traverse: keys and values.
pub fn traverse(v: Value, visit: &mut dyn FnMut(Value)) {
    for e in dict_data(v).iter() {
        visit(e.key.v());
        visit(e.value.v());
    }
}

/// The collector's traverse of a view: its dict.
pub fn traverse_view(v: Value, visit: &mut dyn FnMut(Value)) {
    visit(view_data(v).dict.v());
}

/// The collector's clear: empties the dict.
pub fn clear_refs(v: Value) {
    drop(std::mem::take(dict_data(v)));
}

/// Whether a key or value of the dict may be part of a cycle
/// (`_PyDict_MaybeUntrack` untracks dicts where none is).
pub fn may_hold_containers(v: Value) -> bool {
    dict_data(v)
        .iter()
        .any(|e| crate::gc::may_be_tracked(e.key.v()) || crate::gc::may_be_tracked(e.value.v()))
}

/// `d.get(key)`, borrowed.
pub fn dict_get(d: Value, key: Value) -> R<Option<Value>> {
    let h = crate::ops::hash(key)?;
    dict_data(d).get(key, h)
}

/// A new view of a dict.
pub fn new_view(dict: Value, kind: ViewKind) -> Owned {
    let id = match kind {
        ViewKind::Keys => TypeId::DictKeys,
        ViewKind::Values => TypeId::DictValues,
        ViewKind::Items => TypeId::DictItems,
    };
    alloc(
        id,
        DictView {
            dict: dict.new_ref(),
            kind,
        },
    )
}

/// The payload of a dict view value.
pub fn view_data<'a>(v: Value) -> &'a DictView {
    unsafe { payload::<DictView>(v) }
}
