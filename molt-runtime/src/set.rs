//! `set` and `frozenset`: CPython's open-addressing hash table
//! (`Objects/setobject.c`), probed, grown and copied exactly as CPython does
//! so that iteration order — table order — matches CPython's for the same
//! hashes: `print(set([3, 1, 2]))` shows `{1, 2, 3}`, and `set(['b', 'a'])`
//! under `PYTHONHASHSEED=0` shows the strings in CPython's order.
//!
//! Probing starts at `hash & mask`, inspects that slot and the
//! [`LINEAR_PROBES`] slots after it (when they fit before the end of the
//! table), then jumps to `(i * 5 + 1 + perturb) & mask` with `perturb >>= 5`.
//! Filling a fresh slot so that `fill * 5 >= mask * 3` rebuilds the table
//! with room for `used * 4` entries (`used * 2` past 50000). A removed entry
//! leaves a dummy slot, which an insertion probing past it reuses.
//!
//! Comparisons of keys may run arbitrary code, so no borrow of a table is
//! held across one: the probing functions re-read the table after each
//! comparison and start over when it changed (as `set_lookkey` does).

use crate::exception::{err, raised_matches, take_raised, R};
use crate::object::{alloc, payload, type_data, type_id, type_of, Kind, TypeId};
use crate::value::{decref, incref, Owned, Value};

/// The size of an empty table.
const MIN_SIZE: usize = 8;
/// How many slots after the first one a probe inspects before jumping.
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// The key of a never-used slot, whose hash is 0.
const EMPTY: Value = Value(0xFFFD_0000_0000_0100);
/// The key of a slot whose entry was removed, whose hash is -1 (which no
/// Python hash is, so a probe's hash never matches a dummy's).
const DUMMY: Value = Value(0xFFFD_0000_0000_0101);

/// One table slot: empty, dummy, or an active key with its hash.
#[derive(Clone, Copy)]
struct Slot {
    hash: i64,
    key: Value,
}

const EMPTY_SLOT: Slot = Slot {
    hash: 0,
    key: EMPTY,
};
const DUMMY_SLOT: Slot = Slot {
    hash: -1,
    key: DUMMY,
};

impl Slot {
    fn is_active(self) -> bool {
        self.key != EMPTY && self.key != DUMMY
    }
}

/// The payload of a set or frozenset.
///
/// Invariants: `table.len()` is a power of two, at least [`MIN_SIZE`]; each
/// active slot owns one reference to its key; `fill` counts active and dummy
/// slots and `used` active ones; `fill < table.len()`, so every probe ends.
pub struct SetData {
    table: Vec<Slot>,
    fill: usize,
    used: usize,
    /// Where `pop` starts looking (CPython's `finger`).
    finger: usize,
    /// A frozenset's cached hash; -1 until computed, and always for a set.
    hash: i64,
}

impl SetData {
    fn new() -> SetData {
        SetData {
            table: vec![EMPTY_SLOT; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
            hash: -1,
        }
    }

    /// The number of elements.
    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// The elements in iteration order, borrowed.
    pub fn keys(&self) -> impl Iterator<Item = Value> + '_ {
        self.table.iter().filter(|s| s.is_active()).map(|s| s.key)
    }

    /// Stores a key known to be absent into a table without dummies
    /// (`set_insert_clean`); no reference counts change.
    fn insert_clean(table: &mut [Slot], key: Value, hash: i64) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64 as usize;
        let mut i = perturb & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            if let Some(slot) = table[i..=i + probes].iter_mut().find(|s| s.key == EMPTY) {
                *slot = Slot { hash, key };
                return;
            }
            perturb >>= PERTURB_SHIFT;
            i = i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb) & mask;
        }
    }

    /// Rebuilds the table with the smallest size above `minused`, dropping
    /// dummies (`set_table_resize`).
    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        if size == MIN_SIZE && self.table.len() == MIN_SIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.table, vec![EMPTY_SLOT; size]);
        self.fill = self.used;
        for s in old {
            if s.is_active() {
                SetData::insert_clean(&mut self.table, s.key, s.hash);
            }
        }
    }

    /// Resizes after a fresh slot was filled, when the table is too full.
    fn grow_if_full(&mut self, mask: usize) {
        if self.fill * 5 >= mask * 3 {
            self.resize(self.growth_target());
        }
    }

    fn growth_target(&self) -> usize {
        if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// Removes the key of slot `j`, returning its reference.
    fn take_slot(&mut self, j: usize) -> Owned {
        let key = self.table[j].key;
        self.table[j] = DUMMY_SLOT;
        self.used -= 1;
        Owned::from_raw(key)
    }
}

impl Drop for SetData {
    fn drop(&mut self) {
        for s in &self.table {
            if s.is_active() {
                decref(s.key);
            }
        }
    }
}

/// The payload of a set or frozenset value.
///
/// The reference must not be held across code that may run Python code.
#[inline]
pub fn set_data<'a>(v: Value) -> &'a mut SetData {
    unsafe { payload::<SetData>(v) }
}

/// The collector's traverse: the elements.
pub fn traverse(v: Value, visit: &mut dyn FnMut(Value)) {
    for k in set_data(v).keys() {
        visit(k);
    }
}

/// The collector's clear: empties the set.
pub fn clear_refs(v: Value) {
    drop(std::mem::replace(set_data(v), SetData::new()));
}

/// Whether `v` is a set or a frozenset (`PyAnySet_Check`).
#[inline]
pub fn is_anyset(v: Value) -> bool {
    v.is_ptr() && type_data(type_of(v)).kind == Kind::Set
}

/// Whether `v` is a (mutable) set (`PySet_Check`).
#[inline]
pub fn is_set(v: Value) -> bool {
    v.is_ptr() && crate::object::is_instance(v, TypeId::Set)
}

/// Whether `v` is exactly a frozenset.
#[inline]
pub fn is_frozenset_exact(v: Value) -> bool {
    v.is_ptr() && type_id(v) == TypeId::FrozenSet
}

/// The number of elements of a set or frozenset.
#[inline]
pub fn set_len(v: Value) -> usize {
    set_data(v).used
}

/// A new empty set (`id` is `Set`) or frozenset.
pub fn new_empty(id: TypeId) -> Owned {
    alloc(id, SetData::new())
}

/// A new empty set.
pub fn new_set() -> Owned {
    new_empty(TypeId::Set)
}

/// A new set or frozenset holding the elements of `iterable`
/// (`make_new_set`).
pub fn make_new(id: TypeId, iterable: Option<Value>) -> R {
    let s = new_empty(id);
    if let Some(it) = iterable {
        update(s.v(), it)?;
    }
    Ok(s)
}

/// The result of comparing a slot's key with a probe key of the same hash.
enum Cmp {
    Equal,
    Different,
    /// The comparison changed the table; the probe starts over.
    Restart,
}

/// Compares the key in slot `j` of `so` with `key`.
fn compare_slot(so: Value, j: usize, key: Value) -> R<Cmp> {
    let d = set_data(so);
    let start = d.table[j].key;
    if start == key {
        return Ok(Cmp::Equal);
    }
    let (table, size) = (d.table.as_ptr(), d.table.len());
    let held = start.new_ref();
    let equal = crate::ops::eq(held.v(), key)?;
    let d = set_data(so);
    if d.table.as_ptr() != table || d.table.len() != size || d.table[j].key != held.v() {
        return Ok(Cmp::Restart);
    }
    Ok(if equal { Cmp::Equal } else { Cmp::Different })
}

/// Whether `so` holds `key`, whose hash is known.
pub fn contains_hashed(so: Value, key: Value, hash: i64) -> R<bool> {
    Ok(lookup(so, key, hash)?.is_some())
}

/// The slot holding a key equal to `key` (`set_lookkey`).
fn lookup(so: Value, key: Value, hash: i64) -> R<Option<usize>> {
    'restart: loop {
        let mask = set_data(so).mask();
        let mut perturb = hash as u64 as usize;
        let mut i = perturb & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let slot = set_data(so).table[j];
                if slot.key == EMPTY {
                    return Ok(None);
                }
                if slot.hash == hash {
                    match compare_slot(so, j, key)? {
                        Cmp::Equal => return Ok(Some(j)),
                        Cmp::Different => {}
                        Cmp::Restart => continue 'restart,
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb) & mask;
        }
    }
}

/// Adds `key` with its known hash unless an equal key is present
/// (`set_add_entry`): it takes the last dummy slot the probe passed, else
/// the empty slot that ended it.
pub fn add_hashed(so: Value, key: Owned, hash: i64) -> R<()> {
    'restart: loop {
        let mask = set_data(so).mask();
        let mut perturb = hash as u64 as usize;
        let mut i = perturb & mask;
        let mut freeslot = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let slot = set_data(so).table[j];
                if slot.key == EMPTY {
                    let d = set_data(so);
                    let key = key.into_raw();
                    d.used += 1;
                    if let Some(f) = freeslot {
                        d.table[f] = Slot { hash, key };
                        return Ok(());
                    }
                    d.fill += 1;
                    d.table[j] = Slot { hash, key };
                    d.grow_if_full(mask);
                    return Ok(());
                }
                if slot.hash == hash {
                    match compare_slot(so, j, key.v())? {
                        Cmp::Equal => return Ok(()),
                        Cmp::Different => {}
                        Cmp::Restart => continue 'restart,
                    }
                } else if slot.key == DUMMY {
                    freeslot = Some(j);
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb) & mask;
        }
    }
}

/// Removes the key equal to `key`, whose hash is known; whether it was
/// present.
pub fn discard_hashed(so: Value, key: Value, hash: i64) -> R<bool> {
    match lookup(so, key, hash)? {
        Some(j) => {
            drop(set_data(so).take_slot(j));
            Ok(true)
        }
        None => Ok(false),
    }
}

/// The element after position `*pos` with its hash, advancing `*pos`
/// (`set_next`); the table is re-read on each call.
pub fn next_entry(so: Value, pos: &mut usize) -> Option<(Owned, i64)> {
    let d = set_data(so);
    while *pos < d.table.len() {
        let s = d.table[*pos];
        *pos += 1;
        if s.is_active() {
            return Some((s.key.new_ref(), s.hash));
        }
    }
    None
}

/// `so.add(key)`.
pub fn add(so: Value, key: Value) -> R<()> {
    let hash = crate::ops::hash(key)?;
    add_hashed(so, key.new_ref(), hash)
}

/// Whether `so` holds `key`, hashing it (`set_contains_key`).
pub fn contains_key(so: Value, key: Value) -> R<bool> {
    let hash = crate::ops::hash(key)?;
    Ok(lookup(so, key, hash)?.is_some())
}

/// Removes `key` if present, hashing it (`set_discard_key`).
pub fn discard_key(so: Value, key: Value) -> R<bool> {
    let hash = crate::ops::hash(key)?;
    discard_hashed(so, key, hash)
}

/// Runs `f(key)`; when `key` is an unhashable set, retries with
/// `frozenset(key)` as CPython's `in`, `remove` and `discard` do.
fn with_frozen_retry<T>(key: Value, f: impl Fn(Value) -> R<T>) -> R<T> {
    match f(key) {
        Err(_) if is_set(key) && raised_matches(TypeId::TypeError) => {
            take_raised();
            let frozen = make_new(TypeId::FrozenSet, Some(key))?;
            f(frozen.v())
        }
        r => r,
    }
}

/// `key in so`.
pub fn contains(so: Value, key: Value) -> R<bool> {
    with_frozen_retry(key, |k| contains_key(so, k))
}

/// `so.discard(key)`; whether it was present.
pub fn discard(so: Value, key: Value) -> R<bool> {
    with_frozen_retry(key, |k| discard_key(so, k))
}

/// `so.remove(key)`: KeyError with the key when absent.
pub fn remove(so: Value, key: Value) -> R<()> {
    if discard(so, key)? {
        Ok(())
    } else {
        crate::args::key_error(key)
    }
}

/// `so.pop()`: the first element from the search finger on.
pub fn pop(so: Value) -> R {
    let d = set_data(so);
    if d.used == 0 {
        return err(TypeId::KeyError, "pop from an empty set");
    }
    let mask = d.mask();
    let mut j = d.finger & mask;
    while !d.table[j].is_active() {
        j = if j == mask { 0 } else { j + 1 };
    }
    d.finger = j + 1;
    Ok(d.take_slot(j))
}

/// `so.clear()`: the set is emptied before its elements are released.
pub fn clear(so: Value) {
    let d = set_data(so);
    let old = SetData {
        table: std::mem::replace(&mut d.table, vec![EMPTY_SLOT; MIN_SIZE]),
        fill: d.fill,
        used: d.used,
        finger: 0,
        hash: -1,
    };
    d.fill = 0;
    d.used = 0;
    d.hash = -1;
    drop(old);
}

/// Adds every element of the set `other` (`set_merge`): one resize up
/// front, then a slot-for-slot copy or clean inserts into an empty table.
fn merge(so: Value, other: Value) -> R<()> {
    if so == other || set_data(other).used == 0 {
        return Ok(());
    }
    let (d, o) = (set_data(so), set_data(other));
    if (d.fill + o.used) * 5 >= d.mask() * 3 {
        d.resize((d.used + o.used) * 2);
    }
    if d.fill == 0 && d.mask() == o.mask() && o.fill == o.used {
        for (dst, src) in d.table.iter_mut().zip(&o.table) {
            if src.key != EMPTY {
                incref(src.key);
                *dst = *src;
            }
        }
        d.fill = o.fill;
        d.used = o.used;
        return Ok(());
    }
    if d.fill == 0 {
        d.fill = o.used;
        d.used = o.used;
        for src in &o.table {
            if src.is_active() {
                incref(src.key);
                SetData::insert_clean(&mut d.table, src.key, src.hash);
            }
        }
        return Ok(());
    }
    let mut pos = 0;
    while let Some((key, hash)) = next_entry(other, &mut pos) {
        add_hashed(so, key, hash)?;
    }
    Ok(())
}

/// `so.update(other)` for one iterable (`set_update_internal`).
pub fn update(so: Value, other: Value) -> R<()> {
    if is_anyset(other) {
        return merge(so, other);
    }
    if other.is_ptr() && type_id(other) == TypeId::Dict {
        let dict = crate::dict::dict_data(other);
        let n = dict.len();
        let entries: Vec<(Owned, i64)> = dict.iter().map(|e| (e.key.clone(), e.hash)).collect();
        let d = set_data(so);
        if (d.fill + n) * 5 >= d.mask() * 3 {
            d.resize((d.used + n) * 2);
        }
        for (key, hash) in entries {
            add_hashed(so, key, hash)?;
        }
        return Ok(());
    }
    let it = crate::iter::iter(other)?;
    while let Some(key) = crate::iter::next(it.v())? {
        let hash = crate::ops::hash(key.v())?;
        add_hashed(so, key, hash)?;
    }
    Ok(())
}

/// Rebuilds the table when more than a quarter of it is dummies.
pub fn purge_dummies(so: Value) {
    let d = set_data(so);
    if d.fill - d.used > d.mask() / 4 {
        d.resize(d.growth_target());
    }
}

/// Exchanges the contents of two sets (`set_swap_bodies`); a cached hash
/// moves only between two frozensets.
pub fn swap_bodies(a: Value, b: Value) {
    if a == b {
        return;
    }
    let (x, y) = (set_data(a), set_data(b));
    std::mem::swap(&mut x.table, &mut y.table);
    std::mem::swap(&mut x.fill, &mut y.fill);
    std::mem::swap(&mut x.used, &mut y.used);
    if !is_set(a) && !is_set(b) {
        std::mem::swap(&mut x.hash, &mut y.hash);
    } else {
        x.hash = -1;
        y.hash = -1;
    }
}

/// A frozenset's cached hash, or -1 when not computed yet.
pub fn cached_hash(so: Value) -> i64 {
    set_data(so).hash
}

fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

/// `hash(frozenset)`: CPython's order-independent `frozenset_hash`.
pub fn frozenset_hash(so: Value) -> i64 {
    let d = set_data(so);
    if d.hash != -1 {
        return d.hash;
    }
    let mut hash = 0u64;
    for s in &d.table {
        if s.is_active() {
            hash ^= shuffle_bits(s.hash as u64);
        }
    }
    hash ^= (d.used as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    d.hash = hash as i64;
    d.hash
}
