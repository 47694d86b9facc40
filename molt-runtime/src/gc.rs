//! The cycle collector (DESIGN §4): CPython's generational algorithm
//! (`Modules/gcmodule.c` in 3.12) over container objects.
//!
//! Objects of a container kind ([`Kind::is_gc`]: list, tuple, dict, set,
//! function, cell, generator, exception, ...) are allocated with a
//! [`GcHead`] just *before* their [`Header`], so every offset compiled code
//! reads stays valid and objects of other kinds (str, int, float) carry
//! nothing extra. A tracked object's head is linked into one of three
//! generation lists; an untracked one has null links.
//!
//! Allocating a container bumps generation 0's count (freeing one lowers
//! it); past the threshold (700) the youngest generations whose counts
//! exceed their thresholds are collected. A collection of generation `g`:
//!
//! 1. merges the younger lists into `g`'s list, the *young* set;
//! 2. sets each young object's `refs` to its reference count and subtracts
//!    one for every reference another young object holds to it (the kind's
//!    `traverse`); `refs > 0` now means "referenced from outside the set":
//!    from a native frame, a Rust local, an untracked or older object;
//! 3. everything transitively reachable from those survives and moves one
//!    generation up; the rest is garbage;
//! 4. suspended generators in the garbage are finalized (closed, so their
//!    `finally` blocks run; PEP 442), then the garbage is examined again and
//!    whatever the finalizers made reachable survives;
//! 5. each remaining object, held alive meanwhile, has its references
//!    dropped (the kind's `clear`), which frees the cycles through ordinary
//!    reference counting; every object is freed once, by its last `decref`.
//!
//! Collections also run on `gc.collect()` and once at exit (so finalizers
//! in garbage run, as at CPython's shutdown), after [`finalize_at_exit`]
//! closed the suspended generators that are still reachable. Tuples whose
//! items cannot be in a cycle are untracked as they survive a collection,
//! dicts start untracked and are tracked when a container is stored in
//! them, as in CPython; `gc.is_tracked` reports this state. Freeing a
//! container goes through [`free`], whose trashcan bounds how deeply frees
//! nest.

use crate::object::{type_data, Header, Kind, Obj};
use crate::value::{decref, incref, Value};

/// The collector's link and scratch words, placed just before the
/// [`Header`] of every object of a container kind.
///
/// Invariant: `next` and `prev` are null exactly when the object is
/// untracked; `refs` is [`NOT_COLLECTING`] outside a collection and for
/// objects not taking part in the current one.
#[repr(C)]
pub struct GcHead {
    next: *mut GcHead,
    prev: *mut GcHead,
    /// During a collection: the references not yet explained by the set
    /// being collected, or [`UNREACHABLE`].
    refs: isize,
}

/// `refs` of an object outside the set being collected.
const NOT_COLLECTING: isize = -1;
/// `refs` of an object moved to the tentatively unreachable list.
const UNREACHABLE: isize = -2;

/// A container object with its collector head.
#[repr(C)]
struct GcBox<T> {
    head: GcHead,
    obj: Obj<T>,
}

/// The distance from a [`GcHead`] to the object's header.
const HEAD_SIZE: usize = std::mem::size_of::<GcHead>();

/// The number of generations.
pub const GENERATIONS: usize = 3;

struct Generation {
    /// The sentinel of the circular list of the generation's objects.
    head: GcHead,
    /// Collect when `count` exceeds it (0 disables automatic collection).
    threshold: isize,
    /// Generation 0: container allocations minus deallocations since its
    /// last collection; older ones: collections of the next younger one.
    count: isize,
}

struct GcState {
    gens: [Generation; GENERATIONS],
    /// Objects `gc.freeze()` moved out of every generation.
    permanent: GcHead,
    enabled: bool,
    collecting: bool,
    /// Generation 0's threshold while automatic collection can run, else
    /// `isize::MAX`: allocation compares its count with this alone.
    gen0_limit: isize,
    /// Objects that survived into the oldest generation since its last
    /// collection, and the size it had then (CPython's heuristic against
    /// quadratic full collections, issue #4074).
    long_lived_pending: usize,
    long_lived_total: usize,
    /// How deeply [`free`] calls nest, and the containers waiting to be
    /// freed with the function that frees each.
    trash_depth: usize,
    trash: Vec<(Value, unsafe fn(Value))>,
}

const UNLINKED: GcHead = GcHead {
    next: std::ptr::null_mut(),
    prev: std::ptr::null_mut(),
    refs: NOT_COLLECTING,
};

const fn generation(threshold: isize) -> Generation {
    Generation {
        head: UNLINKED,
        threshold,
        count: 0,
    }
}

static mut GC: GcState = GcState {
    gens: [generation(700), generation(10), generation(10)],
    permanent: UNLINKED,
    enabled: true,
    collecting: false,
    gen0_limit: 700,
    long_lived_pending: 0,
    long_lived_total: 0,
    trash_depth: 0,
    trash: Vec::new(),
};

#[inline]
fn state() -> &'static mut GcState {
    unsafe { &mut *std::ptr::addr_of_mut!(GC) }
}

/// Makes the generation lists empty circles (idempotent).
pub fn init() {
    let g = state();
    let heads = g.gens.iter_mut().map(|gen| &mut gen.head);
    for h in heads.chain([&mut g.permanent]) {
        if h.next.is_null() {
            unsafe { list_init(h) };
        }
    }
}

fn gen_head(i: usize) -> *mut GcHead {
    &mut state().gens[i].head
}

// ---------------------------------------------------------------- lists

unsafe fn list_init(list: *mut GcHead) {
    (*list).next = list;
    (*list).prev = list;
}

unsafe fn list_is_empty(list: *mut GcHead) -> bool {
    (*list).next == list
}

unsafe fn list_append(node: *mut GcHead, list: *mut GcHead) {
    let last = (*list).prev;
    (*node).prev = last;
    (*node).next = list;
    (*last).next = node;
    (*list).prev = node;
}

unsafe fn list_unlink(node: *mut GcHead) {
    (*(*node).prev).next = (*node).next;
    (*(*node).next).prev = (*node).prev;
}

unsafe fn list_move(node: *mut GcHead, list: *mut GcHead) {
    list_unlink(node);
    list_append(node, list);
}

/// Appends every node of `from` to `to`, leaving `from` empty.
unsafe fn list_merge(from: *mut GcHead, to: *mut GcHead) {
    if list_is_empty(from) {
        return;
    }
    let to_last = (*to).prev;
    (*to_last).next = (*from).next;
    (*(*from).next).prev = to_last;
    (*to).prev = (*from).prev;
    (*(*to).prev).next = to;
    list_init(from);
}

unsafe fn list_len(list: *mut GcHead) -> usize {
    let mut n = 0;
    let mut p = (*list).next;
    while p != list {
        n += 1;
        p = (*p).next;
    }
    n
}

/// A list sentinel that never moves while nodes point at it.
struct TempList(Box<GcHead>);

impl TempList {
    fn new() -> TempList {
        let mut b = Box::new(UNLINKED);
        unsafe { list_init(&mut *b) };
        TempList(b)
    }

    fn head(&mut self) -> *mut GcHead {
        &mut *self.0
    }
}

// ---------------------------------------------------------------- objects

#[inline]
fn head_of(v: Value) -> *mut GcHead {
    unsafe { (v.ptr() as *mut u8).sub(HEAD_SIZE) as *mut GcHead }
}

#[inline]
fn value_of(h: *mut GcHead) -> Value {
    Value::from_ptr(unsafe { (h as *mut u8).add(HEAD_SIZE) } as *const Header)
}

#[inline]
fn kind_of(v: Value) -> Kind {
    type_data(unsafe { (*v.ptr()).ty }).kind
}

/// Whether `v` is an object of a container kind (it has a [`GcHead`]).
#[inline]
pub fn is_gc(v: Value) -> bool {
    v.is_ptr() && kind_of(v).is_gc()
}

/// Whether the collector tracks `v` (`gc.is_tracked`).
pub fn is_tracked(v: Value) -> bool {
    is_gc(v) && unsafe { !(*head_of(v)).next.is_null() }
}

/// Whether `v` may be or become part of a cycle: a container other than
/// an untracked tuple (`_PyObject_GC_MAY_BE_TRACKED`).
pub fn may_be_tracked(v: Value) -> bool {
    is_gc(v) && (kind_of(v) != Kind::Tuple || is_tracked(v))
}

/// Starts tracking a container (no-op when already tracked).
pub fn track(v: Value) {
    debug_assert!(is_gc(v));
    let h = head_of(v);
    unsafe {
        if (*h).next.is_null() {
            (*h).refs = NOT_COLLECTING;
            list_append(h, gen_head(0));
        }
    }
}

/// Stops tracking a container (no-op when untracked).
pub fn untrack(v: Value) {
    debug_assert!(is_gc(v));
    let h = head_of(v);
    unsafe {
        if !(*h).next.is_null() {
            list_unlink(h);
            (*h).next = std::ptr::null_mut();
            (*h).prev = std::ptr::null_mut();
            (*h).refs = NOT_COLLECTING;
        }
    }
}

/// A new container object of type `t`, tracked when `tracked`. May run a
/// collection first, before the new object exists: the references in
/// `data` then count as held from outside, so what they refer to survives.
#[inline]
pub fn alloc<T>(t: *mut Header, data: T, tracked: bool) -> Value {
    const {
        assert!(std::mem::align_of::<Obj<T>>() <= std::mem::align_of::<GcHead>());
    }
    let due = {
        let g = state();
        g.gens[0].count += 1;
        g.gens[0].count > g.gen0_limit
    };
    if due {
        collect_on_allocation();
    }
    let b = Box::new(GcBox {
        head: UNLINKED,
        obj: Obj {
            header: Header { rc: 1, ty: t },
            data,
        },
    });
    let p = Box::into_raw(b);
    let v = Value::from_ptr(unsafe { std::ptr::addr_of_mut!((*p).obj) } as *const Header);
    debug_assert_eq!(head_of(v), p as *mut GcHead);
    if tracked {
        track(v);
    }
    v
}

/// Frees a container whose reference count reached zero: untracks it,
/// drops its payload (which releases its references) and its memory.
///
/// Freeing nests when a payload releases the last reference to another
/// container; past [`TRASH_DEPTH_LIMIT`] levels the object waits in a
/// deferred list that the outermost `free` empties (CPython's
/// "trashcan"), so freeing a long chain — `a = [a]` a million times, or a
/// long cycle the collector breaks — does not exhaust the native stack.
///
/// # Safety
/// `v` must be a container allocated by [`alloc`] with payload `T`.
pub unsafe fn free<T>(v: Value) {
    let h = head_of(v);
    if !(*h).next.is_null() {
        list_unlink(h);
        (*h).next = std::ptr::null_mut();
        (*h).refs = NOT_COLLECTING;
    }
    let g = state();
    if g.gens[0].count > 0 {
        g.gens[0].count -= 1;
    }
    if g.trash_depth >= TRASH_DEPTH_LIMIT {
        g.trash.push((v, drop_box::<T>));
        return;
    }
    g.trash_depth += 1;
    drop_box::<T>(v);
    let g = state();
    if g.trash_depth == 1 && !g.trash.is_empty() {
        empty_trash();
    }
    state().trash_depth -= 1;
}

/// Nesting of [`free`] beyond this defers freeing.
const TRASH_DEPTH_LIMIT: usize = 50;

unsafe fn drop_box<T>(v: Value) {
    drop(Box::from_raw(head_of(v) as *mut GcBox<T>));
}

/// Frees the deferred containers (and those their freeing defers in turn).
#[cold]
#[inline(never)]
fn empty_trash() {
    while let Some((v, drop_it)) = state().trash.pop() {
        unsafe { drop_it(v) };
    }
}

#[cold]
fn collect_on_allocation() {
    // Like CPython, never with an exception pending.
    if crate::state::ts().raised.is_some() {
        return;
    }
    collect_generations();
}

// ---------------------------------------------------------------- kinds

/// Calls `visit` with every reference `v` (a container) holds that could
/// be part of a cycle (`tp_traverse`).
fn traverse(v: Value, visit: &mut dyn FnMut(Value)) {
    match kind_of(v) {
        Kind::List => crate::list::traverse(v, visit),
        Kind::Tuple => crate::tuple::traverse(v, visit),
        Kind::Dict => crate::dict::traverse(v, visit),
        Kind::DictView => crate::dict::traverse_view(v, visit),
        Kind::Set => crate::set::traverse(v, visit),
        Kind::Slice => crate::slice::traverse(v, visit),
        Kind::Function => crate::function::traverse(v, visit),
        Kind::BoundMethod => crate::function::traverse_bound_method(v, visit),
        Kind::Cell => crate::function::traverse_cell(v, visit),
        Kind::Generator => crate::generator::traverse(v, visit),
        Kind::Exception => crate::exception::traverse(v, visit),
        Kind::Iterator => crate::iter::traverse(v, visit),
        Kind::Immediate
        | Kind::Type
        | Kind::BigInt
        | Kind::Str
        | Kind::Range
        | Kind::BuiltinFunction
        | Kind::MethodDescriptor
        | Kind::Complex
        | Kind::Traceback
        | Kind::Bytes
        | Kind::ByteArray
        | Kind::MemoryView
        | Kind::Module
        | Kind::TextStream => {}
    }
}

/// Drops the references a garbage container holds (`tp_clear`). Immutable
/// kinds have none to drop: a cycle always passes through an object that
/// changed after it was made, and every such kind clears.
fn clear(v: Value) {
    match kind_of(v) {
        Kind::List => crate::list::clear_refs(v),
        Kind::Dict => crate::dict::clear_refs(v),
        Kind::Set => crate::set::clear_refs(v),
        Kind::Function => crate::function::clear_refs(v),
        Kind::Cell => crate::function::clear_cell(v),
        Kind::Generator => crate::generator::clear_refs(v),
        Kind::Exception => crate::exception::clear_refs(v),
        Kind::Tuple
        | Kind::DictView
        | Kind::Slice
        | Kind::BoundMethod
        | Kind::Iterator
        | Kind::Immediate
        | Kind::Type
        | Kind::BigInt
        | Kind::Str
        | Kind::Range
        | Kind::BuiltinFunction
        | Kind::MethodDescriptor
        | Kind::Complex
        | Kind::Traceback
        | Kind::Bytes
        | Kind::ByteArray
        | Kind::MemoryView
        | Kind::Module
        | Kind::TextStream => {}
    }
}

// ---------------------------------------------------------------- collecting

/// Sets `refs` to the reference count of every object in `list`.
unsafe fn update_refs(list: *mut GcHead) {
    let mut p = (*list).next;
    while p != list {
        (*p).refs = (*value_of(p).ptr()).rc;
        debug_assert!((*p).refs > 0, "a tracked object with no references");
        p = (*p).next;
    }
}

/// Subtracts the references objects in `list` hold to each other.
unsafe fn subtract_refs(list: *mut GcHead) {
    let mut p = (*list).next;
    while p != list {
        traverse(value_of(p), &mut |r| {
            if is_gc(r) {
                let h = head_of(r);
                if (*h).refs > 0 {
                    (*h).refs -= 1;
                } else {
                    debug_assert!(
                        (*h).refs != 0,
                        "a traverse reported a reference its object does not own"
                    );
                }
            }
        });
        p = (*p).next;
    }
}

/// Moves the objects of `young` not reachable from one with `refs > 0`
/// to `unreachable`; the survivors end with `refs` = [`NOT_COLLECTING`].
unsafe fn move_unreachable(young: *mut GcHead, unreachable: *mut GcHead) {
    let mut p = (*young).next;
    while p != young {
        if (*p).refs > 0 {
            traverse(value_of(p), &mut |r| {
                if !is_gc(r) {
                    return;
                }
                let h = head_of(r);
                match (*h).refs {
                    // Outside the set, or already scanned.
                    NOT_COLLECTING => {}
                    // Scanned before it was found reachable: scan it again.
                    UNREACHABLE => {
                        list_move(h, young);
                        (*h).refs = 1;
                    }
                    // Not scanned yet: it will be, as reachable.
                    0 => (*h).refs = 1,
                    _ => {}
                }
            });
            (*p).refs = NOT_COLLECTING;
            p = (*p).next;
        } else {
            let next = (*p).next;
            list_move(p, unreachable);
            (*p).refs = UNREACHABLE;
            p = next;
        }
    }
}

/// Splits `young` into its reachable objects (left in place) and the rest.
unsafe fn deduce_unreachable(young: *mut GcHead, unreachable: *mut GcHead) {
    update_refs(young);
    subtract_refs(young);
    move_unreachable(young, unreachable);
}

/// Untracks the tuples of `list` that can never be part of a cycle.
unsafe fn untrack_tuples(list: *mut GcHead) {
    let mut p = (*list).next;
    while p != list {
        let next = (*p).next;
        let v = value_of(p);
        if kind_of(v) == Kind::Tuple
            && !crate::tuple::items(v).iter().any(|x| may_be_tracked(x.v()))
        {
            untrack(v);
        }
        p = next;
    }
}

/// Untracks the dicts of `list` that hold no container.
unsafe fn untrack_dicts(list: *mut GcHead) {
    let mut p = (*list).next;
    while p != list {
        let next = (*p).next;
        let v = value_of(p);
        if kind_of(v) == Kind::Dict && !crate::dict::may_hold_containers(v) {
            untrack(v);
        }
        p = next;
    }
}

/// Whether `v` has a finalizer still to run: a suspended generator not yet
/// closed (PEP 442 runs it once).
fn needs_finalize(v: Value) -> bool {
    kind_of(v) == Kind::Generator && crate::generator::needs_finalize(v)
}

/// Runs the finalizers of the garbage: closes suspended generators, once.
unsafe fn finalize_garbage(garbage: *mut GcHead) {
    let mut seen = TempList::new();
    while !list_is_empty(garbage) {
        let p = (*garbage).next;
        list_move(p, seen.head());
        let v = value_of(p);
        if needs_finalize(v) {
            incref(v);
            crate::generator::finalize(v);
            decref(v);
        }
    }
    list_merge(seen.head(), garbage);
}

/// At exit: closes every suspended generator still alive, oldest
/// generation first and in list order within each, while the globals are
/// still bound, as CPython's shutdown finalizes the objects of the modules
/// it releases before clearing them.
pub fn finalize_at_exit() {
    let mut found = Vec::new();
    for i in (0..GENERATIONS).rev() {
        let head = gen_head(i);
        unsafe {
            let mut p = (*head).next;
            while p != head {
                let v = value_of(p);
                if needs_finalize(v) {
                    found.push(v.new_ref());
                }
                p = (*p).next;
            }
        }
    }
    for g in found {
        crate::generator::finalize(g.v());
    }
}

/// Breaks the references of the garbage so it is freed, moving objects
/// that stay alive anyway to `old`.
unsafe fn delete_garbage(garbage: *mut GcHead, old: *mut GcHead) {
    while !list_is_empty(garbage) {
        let p = (*garbage).next;
        let v = value_of(p);
        incref(v);
        clear(v);
        decref(v);
        // `p` may be freed now; it is only compared.
        if (*garbage).next == p {
            (*p).refs = NOT_COLLECTING;
            list_move(p, old);
        }
    }
}

/// Collects generation `generation` and the younger ones; returns the
/// number of unreachable objects found (`gc_collect_main`).
unsafe fn collect_main(generation: usize) -> usize {
    let g = state();
    if generation + 1 < GENERATIONS {
        g.gens[generation + 1].count += 1;
    }
    for gen in g.gens.iter_mut().take(generation + 1) {
        gen.count = 0;
    }
    for i in 0..generation {
        list_merge(gen_head(i), gen_head(generation));
    }
    let young = gen_head(generation);
    let old = if generation + 1 < GENERATIONS {
        gen_head(generation + 1)
    } else {
        young
    };

    let mut unreachable = TempList::new();
    deduce_unreachable(young, unreachable.head());
    untrack_tuples(young);
    if young != old {
        if generation == GENERATIONS - 2 {
            state().long_lived_pending += list_len(young);
        }
        list_merge(young, old);
    } else {
        untrack_dicts(young);
        let g = state();
        g.long_lived_pending = 0;
        g.long_lived_total = list_len(young);
    }

    finalize_garbage(unreachable.head());

    // Finalizers may have made some of the garbage reachable again.
    let mut still = TempList::new();
    deduce_unreachable(unreachable.head(), still.head());
    list_merge(unreachable.head(), old);

    let found = list_len(still.head());
    delete_garbage(still.head(), old);
    found
}

/// Recomputes `gen0_limit` after a change of what it summarises.
fn update_limit() {
    let g = state();
    let threshold = g.gens[0].threshold;
    g.gen0_limit = if g.enabled && !g.collecting && threshold != 0 {
        threshold
    } else {
        isize::MAX
    };
}

/// Collects a generation unless a collection is already running; returns
/// the number of unreachable objects found.
fn collect_guarded(generation: usize) -> usize {
    if state().collecting {
        return 0;
    }
    state().collecting = true;
    update_limit();
    let saved = crate::state::ts().raised.take();
    let n = unsafe { collect_main(generation) };
    let ts = crate::state::ts();
    debug_assert!(ts.raised.is_none());
    ts.raised = saved;
    state().collecting = false;
    update_limit();
    n
}

/// Collects the oldest generation whose count exceeds its threshold
/// (`gc_collect_generations`).
fn collect_generations() {
    let g = state();
    for i in (0..GENERATIONS).rev() {
        if g.gens[i].count > g.gens[i].threshold {
            if i == GENERATIONS - 1 && g.long_lived_pending < g.long_lived_total / 4 {
                continue;
            }
            collect_guarded(i);
            break;
        }
    }
}

/// `gc.collect(generation)`: collects `generation` (0 to 2) and the
/// younger ones; returns the number of unreachable objects found (0 while
/// a collection is running).
pub fn collect(generation: usize) -> usize {
    collect_guarded(generation.min(GENERATIONS - 1))
}

/// `gc.enable()` / `gc.disable()`.
pub fn set_enabled(enabled: bool) {
    state().enabled = enabled;
    update_limit();
}

/// `gc.isenabled()`.
pub fn is_enabled() -> bool {
    state().enabled
}

/// `gc.get_threshold()`.
pub fn thresholds() -> [isize; GENERATIONS] {
    let g = state();
    [0, 1, 2].map(|i| g.gens[i].threshold)
}

/// `gc.set_threshold(...)`: sets the first `values.len()` thresholds.
pub fn set_thresholds(values: &[isize]) {
    let g = state();
    for (gen, &t) in g.gens.iter_mut().zip(values) {
        gen.threshold = t;
    }
    update_limit();
}

/// `gc.get_count()`.
pub fn counts() -> [isize; GENERATIONS] {
    let g = state();
    [0, 1, 2].map(|i| g.gens[i].count)
}

/// `gc.freeze()`: moves every tracked object to the permanent generation,
/// which collections ignore.
pub fn freeze() {
    let g = state();
    for i in 0..GENERATIONS {
        unsafe { list_merge(gen_head(i), &mut g.permanent) };
    }
    g.gens[0].count = 0;
}

/// `gc.unfreeze()`: moves the permanent generation back into the oldest.
pub fn unfreeze() {
    let g = state();
    unsafe { list_merge(&mut g.permanent, gen_head(GENERATIONS - 1)) };
}

/// `gc.get_freeze_count()`.
pub fn freeze_count() -> usize {
    unsafe { list_len(&mut state().permanent) }
}

/// The number of objects tracked in each generation.
pub fn tracked_counts() -> [usize; GENERATIONS] {
    [0, 1, 2].map(|i| unsafe { list_len(gen_head(i)) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::args::testing::*;
    use crate::list::{list_items, new_list};
    use crate::value::Owned;

    /// Collects everything earlier tests left behind.
    fn fresh() {
        collect(GENERATIONS - 1);
    }

    fn empty_list() -> Owned {
        new_list(Vec::new())
    }

    #[test]
    fn self_referencing_list() {
        let _g = setup();
        fresh();
        let a = empty_list();
        list_items(a.v()).push(a.clone());
        assert!(is_tracked(a.v()));
        drop(a);
        assert_eq!(collect(2), 1);
        assert_eq!(collect(2), 0);
    }

    #[test]
    fn mutual_lists_and_reachable_cycles() {
        let _g = setup();
        fresh();
        let a = empty_list();
        let b = list(&[&a]);
        list_items(a.v()).push(b.clone());
        drop(b);
        // Held from outside (this Rust frame): nothing to collect.
        assert_eq!(collect(0), 0);
        assert_eq!(show(Ok(a.clone())), "[[[...]]]");
        drop(a);
        assert_eq!(collect(2), 2);
    }

    #[test]
    fn survivors_age_and_young_collections_skip_old_objects() {
        let _g = setup();
        fresh();
        let a = empty_list();
        list_items(a.v()).push(a.clone());
        assert_eq!(collect(0), 0);
        assert_eq!(collect(1), 0);
        drop(a);
        // Now in the oldest generation: only a full collection finds it.
        assert_eq!(collect(0), 0);
        assert_eq!(collect(1), 0);
        assert_eq!(collect(2), 1);
    }

    #[test]
    fn garbage_keeps_outside_objects_alive() {
        let _g = setup();
        fresh();
        let kept = list(&[&i(1), &s("x")]);
        let a = list(&[&kept]);
        list_items(a.v()).push(a.clone());
        drop(a);
        assert_eq!(collect(2), 1);
        assert_eq!(show(Ok(kept.clone())), "[1, 'x']");
        assert_eq!(unsafe { (*kept.v().ptr()).rc }, 1);
    }

    #[test]
    fn dicts_are_tracked_once_they_hold_a_container() {
        let _g = setup();
        fresh();
        let d = crate::dict::new_dict();
        assert!(!is_tracked(d.v()));
        crate::dict::dict_set(d.v(), s("a"), i(1)).unwrap();
        assert!(!is_tracked(d.v()));
        crate::dict::dict_set(d.v(), s("me"), d.clone()).unwrap();
        assert!(is_tracked(d.v()));
        drop(d);
        assert_eq!(collect(2), 1);
    }

    #[test]
    fn atomic_tuples_and_dicts_are_untracked_by_collections() {
        let _g = setup();
        fresh();
        let t = tuple(&[&i(1), &s("a")]);
        let holder = tuple(&[&t]);
        let with_list = tuple(&[&empty_list()]);
        let empty = tuple(&[]);
        assert!(is_tracked(t.v()) && is_tracked(holder.v()) && !is_tracked(empty.v()));
        let d = crate::dict::new_dict();
        crate::dict::dict_set(d.v(), s("t"), t.clone()).unwrap();
        assert!(is_tracked(d.v()));
        assert_eq!(collect(0), 0);
        // `holder` is untracked too: its item was untracked first.
        assert!(!is_tracked(t.v()) && !is_tracked(holder.v()));
        assert!(is_tracked(with_list.v()));
        assert!(is_tracked(d.v()));
        collect(2);
        assert!(!is_tracked(d.v()));
    }

    #[test]
    fn cells_and_tuples_form_cycles() {
        let _g = setup();
        fresh();
        let c = crate::function::new_cell();
        let t = tuple(&[&c]);
        crate::function::cell_data(c.v()).value = t.into_raw();
        drop(c);
        assert_eq!(collect(2), 2);
    }

    #[test]
    fn sets_iterators_and_exceptions_are_traversed() {
        let _g = setup();
        fresh();
        // list -> iterator over it -> list
        let a = empty_list();
        let it = crate::iter::iter(a.v()).unwrap();
        list_items(a.v()).push(it);
        drop(a);
        assert_eq!(collect(2), 2);
        // set -> tuple -> list -> set
        let l = empty_list();
        let st = crate::set::new_set();
        crate::set::add_hashed(st.v(), tuple(&[&l]), 7).unwrap();
        list_items(l.v()).push(st.clone());
        drop((l, st));
        assert_eq!(collect(2), 3);
        // exception -> args tuple -> list -> exception
        let l = empty_list();
        let e = crate::exception::new_exception(
            crate::object::ty(crate::object::TypeId::ValueError),
            tuple(&[&l]),
        );
        list_items(l.v()).push(e);
        drop(l);
        assert_eq!(collect(2), 3);
    }

    #[test]
    fn automatic_collection_bounds_cycles() {
        let _g = setup();
        fresh();
        let before: usize = tracked_counts().iter().sum();
        for _ in 0..100_000 {
            let a = empty_list();
            list_items(a.v()).push(a.clone());
        }
        let after: usize = tracked_counts().iter().sum();
        assert!(after - before < 5_000, "{before} -> {after}");
        set_enabled(false);
        for _ in 0..2_000 {
            let a = empty_list();
            list_items(a.v()).push(a.clone());
        }
        set_enabled(true);
        assert!(collect(2) >= 2_000);
    }

    #[test]
    fn long_chains_and_rings_free_without_deep_recursion() {
        let _g = setup();
        fresh();
        let mut a = empty_list();
        for _ in 0..300_000 {
            a = list(&[&a]);
        }
        drop(a);
        let first = empty_list();
        let mut node = first.clone();
        for _ in 0..300_000 {
            let next = empty_list();
            list_items(node.v()).push(next.clone());
            node = next;
        }
        list_items(node.v()).push(first);
        drop(node);
        assert_eq!(collect(2), 300_001);
    }

    /// Random graphs of lists, some held from outside: the collector finds
    /// exactly the objects unreachable from the held ones, and the held
    /// ones keep their items.
    #[test]
    fn random_graphs_match_reachability() {
        let _g = setup();
        fresh();
        let mut seed: u64 = 12345;
        let mut rand = move |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((seed >> 33) as usize) % n
        };
        let total = || tracked_counts().iter().sum::<usize>();
        for round in 0..200 {
            let baseline = total();
            let n = 1 + rand(40);
            let nodes: Vec<Owned> = (0..n).map(|_| empty_list()).collect();
            let mut edges = vec![Vec::new(); n];
            for (a, out) in edges.iter_mut().enumerate() {
                for _ in 0..rand(4) {
                    let b = rand(n);
                    list_items(nodes[a].v()).push(nodes[b].clone());
                    out.push(b);
                }
            }
            let held: Vec<usize> = (0..n).filter(|_| rand(4) == 0).collect();
            let mut reachable = vec![false; n];
            let mut stack = held.clone();
            while let Some(x) = stack.pop() {
                if !std::mem::replace(&mut reachable[x], true) {
                    stack.extend(&edges[x]);
                }
            }
            let expected_alive = reachable.iter().filter(|&&r| r).count();
            let keep: Vec<Owned> = held.iter().map(|&x| nodes[x].clone()).collect();
            // Reference counting frees what is in no cycle; the collector
            // finds the rest of the unreachable lists.
            drop(nodes);
            let before = total();
            let found = collect(2);
            assert_eq!(total(), before - found, "round {round}");
            assert_eq!(total(), baseline + expected_alive, "round {round}");
            for (k, &x) in keep.iter().zip(&held) {
                assert_eq!(list_items(k.v()).len(), edges[x].len(), "round {round}");
            }
            drop(keep);
            collect(2);
            assert_eq!(total(), baseline, "round {round}");
        }
    }
}
