//! The algorithm of CPython's `list.sort`: timsort (natural runs, binary
//! insertion up to `minrun`, galloping merges) with powersort's merge order,
//! as described in CPython's `Objects/listsort.txt`.
//!
//! It sorts a permutation of indices with a fallible `lt(x, y)` ("x < y")
//! and makes exactly CPython's comparisons in CPython's order, so even
//! inconsistent orders (NaNs) and raising comparisons leave the same result.
//! On error the slice is still a permutation of its input, as in CPython.

use crate::exception::R;

const MIN_GALLOP: usize = 7;

struct Run {
    base: usize,
    len: usize,
    power: u32,
}

/// Sorts `a` stably under `lt`.
pub fn timsort<F>(a: &mut [usize], mut lt: F) -> R<()>
where
    F: FnMut(usize, usize) -> R<bool>,
{
    let n = a.len();
    if n < 2 {
        return Ok(());
    }
    let mut s = Sorter {
        a,
        lt: &mut lt,
        min_gallop: MIN_GALLOP,
        pending: Vec::new(),
        tmp: Vec::new(),
    };
    let minrun = compute_minrun(n);
    let mut lo = 0;
    let mut remaining = n;
    while remaining > 0 {
        let (mut run, descending) = s.count_run(lo, lo + remaining)?;
        if descending {
            s.a[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = remaining.min(minrun);
            s.binary_sort(lo, lo + force, lo + run)?;
            run = force;
        }
        s.found_new_run(run, n)?;
        s.pending.push(Run {
            base: lo,
            len: run,
            power: 0,
        });
        lo += run;
        remaining -= run;
    }
    while s.pending.len() > 1 {
        let mut i = s.pending.len() - 2;
        if i > 0 && s.pending[i - 1].len < s.pending[i + 1].len {
            i -= 1;
        }
        s.merge_at(i)?;
    }
    Ok(())
}

/// A `minrun` in `32..=64` such that `n / minrun` is a power of two or just below one.
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// Powersort's "power" of the boundary between the runs `[s1, s1 + n1)` and
/// `[s1 + n1, s1 + n1 + n2)` of a list of `n` items: the depth in the
/// implicit binary tree at which their midpoints first fall apart.
fn node_power(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

/// The leftmost position `k` in `a` with `a[k-1] < key <= a[k]`, searched
/// by galloping from `hint`.
fn gallop_left<F>(lt: &mut F, key: usize, a: &[usize], hint: usize) -> R<usize>
where
    F: FnMut(usize, usize) -> R<bool>,
{
    let n = a.len() as isize;
    let hint = hint as isize;
    let mut lastofs: isize = 0;
    let mut ofs: isize = 1;
    let (lo, hi);
    if lt(a[hint as usize], key)? {
        // a[hint] < key: gallop right until a[hint + lastofs] < key <= a[hint + ofs].
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(a[(hint + ofs) as usize], key)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        lo = lastofs + hint;
        hi = ofs + hint;
    } else {
        // key <= a[hint]: gallop left until a[hint - ofs] < key <= a[hint - lastofs].
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(a[(hint - ofs) as usize], key)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lo = hint - ofs;
        hi = hint - lastofs;
    }
    // a[lo] < key <= a[hi] (lo may be -1): binary search in between.
    let (mut l, mut h) = (lo + 1, hi);
    while l < h {
        let m = l + ((h - l) >> 1);
        if lt(a[m as usize], key)? {
            l = m + 1;
        } else {
            h = m;
        }
    }
    Ok(h as usize)
}

/// The rightmost position `k` in `a` with `a[k-1] <= key < a[k]`, searched
/// by galloping from `hint`.
fn gallop_right<F>(lt: &mut F, key: usize, a: &[usize], hint: usize) -> R<usize>
where
    F: FnMut(usize, usize) -> R<bool>,
{
    let n = a.len() as isize;
    let hint = hint as isize;
    let mut lastofs: isize = 0;
    let mut ofs: isize = 1;
    let (lo, hi);
    if lt(key, a[hint as usize])? {
        // key < a[hint]: gallop left until a[hint - ofs] <= key < a[hint - lastofs].
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(key, a[(hint - ofs) as usize])? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        lo = hint - ofs;
        hi = hint - lastofs;
    } else {
        // a[hint] <= key: gallop right until a[hint + lastofs] <= key < a[hint + ofs].
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(key, a[(hint + ofs) as usize])? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lo = lastofs + hint;
        hi = ofs + hint;
    }
    // a[lo] <= key < a[hi] (lo may be -1): binary search in between.
    let (mut l, mut h) = (lo + 1, hi);
    while l < h {
        let m = l + ((h - l) >> 1);
        if lt(key, a[m as usize])? {
            h = m;
        } else {
            l = m + 1;
        }
    }
    Ok(h as usize)
}

struct Sorter<'s, F> {
    a: &'s mut [usize],
    lt: &'s mut F,
    min_gallop: usize,
    pending: Vec<Run>,
    tmp: Vec<usize>,
}

/// How a merge loop ended.
enum Exit {
    Done,
    /// One item of the copied run is left; it goes after (merge_lo) or
    /// before (merge_hi) the rest of the other run.
    LastOne,
}

impl<F> Sorter<'_, F>
where
    F: FnMut(usize, usize) -> R<bool>,
{
    /// The length of the run at `lo` and whether it is strictly descending.
    fn count_run(&mut self, lo: usize, hi: usize) -> R<(usize, bool)> {
        if lo + 1 == hi {
            return Ok((1, false));
        }
        let a = &*self.a;
        let mut n = 2;
        if (self.lt)(a[lo + 1], a[lo])? {
            let mut i = lo + 2;
            while i < hi && (self.lt)(a[i], a[i - 1])? {
                i += 1;
                n += 1;
            }
            return Ok((n, true));
        }
        let mut i = lo + 2;
        while i < hi && !(self.lt)(a[i], a[i - 1])? {
            i += 1;
            n += 1;
        }
        Ok((n, false))
    }

    /// Sorts `a[lo..hi]` by binary insertion, `a[lo..start]` being sorted.
    fn binary_sort(&mut self, lo: usize, hi: usize, mut start: usize) -> R<()> {
        if start == lo {
            start += 1;
        }
        while start < hi {
            let pivot = self.a[start];
            let (mut l, mut r) = (lo, start);
            loop {
                let p = l + ((r - l) >> 1);
                if (self.lt)(pivot, self.a[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
                if l >= r {
                    break;
                }
            }
            self.a.copy_within(l..start, l + 1);
            self.a[l] = pivot;
            start += 1;
        }
        Ok(())
    }

    /// Merges pending runs whose boundary is deeper than the new run's.
    fn found_new_run(&mut self, n2: usize, total: usize) -> R<()> {
        let Some(last) = self.pending.last() else {
            return Ok(());
        };
        let power = node_power(last.base, last.len, n2, total);
        while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
            self.merge_at(self.pending.len() - 2)?;
        }
        let k = self.pending.len() - 1;
        self.pending[k].power = power;
        Ok(())
    }

    /// Merges pending runs `i` and `i + 1`.
    fn merge_at(&mut self, i: usize) -> R<()> {
        let (mut ssa, mut na) = (self.pending[i].base, self.pending[i].len);
        let (ssb, nb) = (self.pending[i + 1].base, self.pending[i + 1].len);
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);
        // Items of a before b[0] are already in place; so are items of b after a[-1].
        let k = gallop_right(self.lt, self.a[ssb], &self.a[ssa..ssa + na], 0)?;
        ssa += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        let nb = gallop_left(
            self.lt,
            self.a[ssa + na - 1],
            &self.a[ssb..ssb + nb],
            nb - 1,
        )?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(ssa, na, ssb, nb)
        } else {
            self.merge_hi(ssa, na, ssb, nb)
        }
    }

    /// Merges adjacent runs a, b (`na <= nb`) left to right, a copied aside.
    fn merge_lo(&mut self, ssa: usize, na: usize, ssb: usize, nb: usize) -> R<()> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.a[ssa..ssa + na]);
        let mut st = LoState {
            dest: ssa,
            pa: 0,
            pb: ssb,
            na,
            nb,
        };
        let r = self.merge_lo_loop(&mut st);
        let LoState {
            dest,
            pa,
            pb,
            na,
            nb,
        } = st;
        match r {
            Ok(Exit::LastOne) => {
                self.a.copy_within(pb..pb + nb, dest);
                self.a[dest + nb] = self.tmp[pa];
                Ok(())
            }
            other => {
                self.a[dest..dest + na].copy_from_slice(&self.tmp[pa..pa + na]);
                other.map(|_| ())
            }
        }
    }

    fn merge_lo_loop(&mut self, st: &mut LoState) -> R<Exit> {
        let a = &mut *self.a;
        let tmp = &self.tmp;
        let lt = &mut *self.lt;
        a[st.dest] = a[st.pb];
        st.dest += 1;
        st.pb += 1;
        st.nb -= 1;
        if st.nb == 0 {
            return Ok(Exit::Done);
        }
        if st.na == 1 {
            return Ok(Exit::LastOne);
        }
        let mut min_gallop = self.min_gallop;
        loop {
            let (mut acount, mut bcount) = (0, 0);
            loop {
                if lt(a[st.pb], tmp[st.pa])? {
                    a[st.dest] = a[st.pb];
                    st.dest += 1;
                    st.pb += 1;
                    bcount += 1;
                    acount = 0;
                    st.nb -= 1;
                    if st.nb == 0 {
                        return Ok(Exit::Done);
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                } else {
                    a[st.dest] = tmp[st.pa];
                    st.dest += 1;
                    st.pa += 1;
                    acount += 1;
                    bcount = 0;
                    st.na -= 1;
                    if st.na == 1 {
                        return Ok(Exit::LastOne);
                    }
                    if acount >= min_gallop {
                        break;
                    }
                }
            }
            min_gallop += 1;
            loop {
                min_gallop -= (min_gallop > 1) as usize;
                self.min_gallop = min_gallop;
                let k = gallop_right(lt, a[st.pb], &tmp[st.pa..st.pa + st.na], 0)?;
                acount = k;
                if k > 0 {
                    a[st.dest..st.dest + k].copy_from_slice(&tmp[st.pa..st.pa + k]);
                    st.dest += k;
                    st.pa += k;
                    st.na -= k;
                    if st.na == 1 {
                        return Ok(Exit::LastOne);
                    }
                    // Only an inconsistent order empties a here.
                    if st.na == 0 {
                        return Ok(Exit::Done);
                    }
                }
                a[st.dest] = a[st.pb];
                st.dest += 1;
                st.pb += 1;
                st.nb -= 1;
                if st.nb == 0 {
                    return Ok(Exit::Done);
                }
                let k = gallop_left(lt, tmp[st.pa], &a[st.pb..st.pb + st.nb], 0)?;
                bcount = k;
                if k > 0 {
                    a.copy_within(st.pb..st.pb + k, st.dest);
                    st.dest += k;
                    st.pb += k;
                    st.nb -= k;
                    if st.nb == 0 {
                        return Ok(Exit::Done);
                    }
                }
                a[st.dest] = tmp[st.pa];
                st.dest += 1;
                st.pa += 1;
                st.na -= 1;
                if st.na == 1 {
                    return Ok(Exit::LastOne);
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
            self.min_gallop = min_gallop;
        }
    }

    /// Merges adjacent runs a, b (`na >= nb`) right to left, b copied aside.
    fn merge_hi(&mut self, ssa: usize, na: usize, ssb: usize, nb: usize) -> R<()> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.a[ssb..ssb + nb]);
        let mut st = HiState {
            dest: (ssb + nb - 1) as isize,
            pa: (ssa + na - 1) as isize,
            pb: nb as isize - 1,
            na,
            nb,
            basea: ssa,
        };
        let r = self.merge_hi_loop(&mut st);
        let HiState {
            dest,
            pa,
            pb,
            na,
            nb,
            ..
        } = st;
        match r {
            Ok(Exit::LastOne) => {
                // a's remaining items shift right by one; b's last one goes first.
                let dest = dest - na as isize;
                let src = (pa - na as isize + 1) as usize;
                self.a.copy_within(src..src + na, (dest + 1) as usize);
                self.a[dest as usize] = self.tmp[pb as usize];
                Ok(())
            }
            other => {
                if nb > 0 {
                    let start = (dest - (nb as isize - 1)) as usize;
                    self.a[start..start + nb].copy_from_slice(&self.tmp[..nb]);
                }
                other.map(|_| ())
            }
        }
    }

    fn merge_hi_loop(&mut self, st: &mut HiState) -> R<Exit> {
        let a = &mut *self.a;
        let tmp = &self.tmp;
        let lt = &mut *self.lt;
        let at = |i: isize| i as usize;
        a[at(st.dest)] = a[at(st.pa)];
        st.dest -= 1;
        st.pa -= 1;
        st.na -= 1;
        if st.na == 0 {
            return Ok(Exit::Done);
        }
        if st.nb == 1 {
            return Ok(Exit::LastOne);
        }
        let mut min_gallop = self.min_gallop;
        loop {
            let (mut acount, mut bcount) = (0, 0);
            loop {
                if lt(tmp[at(st.pb)], a[at(st.pa)])? {
                    a[at(st.dest)] = a[at(st.pa)];
                    st.dest -= 1;
                    st.pa -= 1;
                    acount += 1;
                    bcount = 0;
                    st.na -= 1;
                    if st.na == 0 {
                        return Ok(Exit::Done);
                    }
                    if acount >= min_gallop {
                        break;
                    }
                } else {
                    a[at(st.dest)] = tmp[at(st.pb)];
                    st.dest -= 1;
                    st.pb -= 1;
                    bcount += 1;
                    acount = 0;
                    st.nb -= 1;
                    if st.nb == 1 {
                        return Ok(Exit::LastOne);
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                }
            }
            min_gallop += 1;
            loop {
                min_gallop -= (min_gallop > 1) as usize;
                self.min_gallop = min_gallop;
                let key = tmp[at(st.pb)];
                let k = gallop_right(lt, key, &a[st.basea..st.basea + st.na], st.na - 1)?;
                let k = st.na - k;
                acount = k;
                if k > 0 {
                    let ki = k as isize;
                    st.dest -= ki;
                    st.pa -= ki;
                    a.copy_within(at(st.pa + 1)..at(st.pa + 1) + k, at(st.dest + 1));
                    st.na -= k;
                    if st.na == 0 {
                        return Ok(Exit::Done);
                    }
                }
                a[at(st.dest)] = tmp[at(st.pb)];
                st.dest -= 1;
                st.pb -= 1;
                st.nb -= 1;
                if st.nb == 1 {
                    return Ok(Exit::LastOne);
                }
                let key = a[at(st.pa)];
                let k = gallop_left(lt, key, &tmp[..st.nb], st.nb - 1)?;
                let k = st.nb - k;
                bcount = k;
                if k > 0 {
                    let ki = k as isize;
                    st.dest -= ki;
                    st.pb -= ki;
                    let (d, p) = (at(st.dest + 1), at(st.pb + 1));
                    a[d..d + k].copy_from_slice(&tmp[p..p + k]);
                    st.nb -= k;
                    if st.nb == 1 {
                        return Ok(Exit::LastOne);
                    }
                    // Only an inconsistent order empties b here.
                    if st.nb == 0 {
                        return Ok(Exit::Done);
                    }
                }
                a[at(st.dest)] = a[at(st.pa)];
                st.dest -= 1;
                st.pa -= 1;
                st.na -= 1;
                if st.na == 0 {
                    return Ok(Exit::Done);
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
            self.min_gallop = min_gallop;
        }
    }
}

/// Positions during `merge_lo`: the next output slot, the next items of a
/// (in `tmp`) and b (in place), and how many of each remain.
struct LoState {
    dest: usize,
    pa: usize,
    pb: usize,
    na: usize,
    nb: usize,
}

/// Positions during `merge_hi`: the next output slot (moving left), the
/// last remaining items of a (in place) and b (in `tmp`), and the counts.
struct HiState {
    dest: isize,
    pa: isize,
    pb: isize,
    na: usize,
    nb: usize,
    basea: usize,
}

#[cfg(test)]
mod tests {
    use super::timsort;

    fn sort_f64(v: &[f64]) -> Vec<f64> {
        let mut perm: Vec<usize> = (0..v.len()).collect();
        timsort(&mut perm, |x, y| Ok(v[x] < v[y])).unwrap();
        perm.iter().map(|&i| v[i]).collect()
    }

    /// Deterministic pseudo-random numbers (an LCG), shared with the Python
    /// side of the expectations below.
    fn lcg(seed: u64, n: usize, modulo: u64) -> Vec<u64> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x = (x * 1103515245 + 12345) % 2147483648;
                x % modulo
            })
            .collect()
    }

    #[test]
    fn sorts_like_rust_on_total_orders() {
        for (seed, n, m) in [
            (1, 10, 5),
            (2, 100, 1000),
            (3, 1000, 50),
            (4, 5000, 100000),
            (5, 777, 3),
        ] {
            let v: Vec<u64> = lcg(seed, n, m);
            let mut perm: Vec<usize> = (0..n).collect();
            timsort(&mut perm, |x, y| Ok(v[x] < v[y])).unwrap();
            let mut expected: Vec<usize> = (0..n).collect();
            expected.sort_by_key(|&i| v[i]);
            assert_eq!(perm, expected, "seed {seed}");
        }
        // Runs: ascending, descending, sawtooth.
        let v: Vec<u64> = (0..3000)
            .map(|i| if i < 1500 { i } else { 4500 - i })
            .collect();
        let mut perm: Vec<usize> = (0..v.len()).collect();
        timsort(&mut perm, |x, y| Ok(v[x] < v[y])).unwrap();
        let mut expected: Vec<usize> = (0..v.len()).collect();
        expected.sort_by_key(|&i| v[i]);
        assert_eq!(perm, expected);
    }

    #[test]
    fn nan_orders_match_cpython() {
        let nan = f64::NAN;
        let show = |v: Vec<f64>| {
            v.iter()
                .map(|x| {
                    if x.is_nan() {
                        "nan".to_string()
                    } else {
                        format!("{x}")
                    }
                })
                .collect::<Vec<_>>()
                .join(",")
        };
        // sorted([3, nan, 1, 2]) == [3, nan, 1, 2]
        assert_eq!(show(sort_f64(&[3.0, nan, 1.0, 2.0])), "3,nan,1,2");
        // sorted([3, 1, nan, 2, 0]) == [0, 1, 2, 3, nan]
        assert_eq!(show(sort_f64(&[3.0, 1.0, nan, 2.0, 0.0])), "0,1,2,3,nan");
        // [(i * 7919) % 101 or nan for i in range(200)] with a nan every 13th
        let v: Vec<f64> = (0..200)
            .map(|i| {
                if i % 13 == 5 {
                    nan
                } else {
                    ((i * 7919) % 101) as f64
                }
            })
            .collect();
        let got = show(sort_f64(&v));
        assert_eq!(got, EXPECTED_200);
        // Longer lists exercise galloping merges; compare a checksum of the order.
        let checksum = |v: Vec<f64>| {
            v.iter().fold(0u128, |h, &x| {
                let k = if x.is_nan() { -1 } else { x as i128 };
                (h * 1000003 + (k + 7) as u128) % ((1u128 << 61) - 1)
            })
        };
        let v: Vec<f64> = (0..3000)
            .map(|i| {
                if i % 7 == 3 {
                    nan
                } else {
                    ((i * 7919) % 1009) as f64
                }
            })
            .collect();
        assert_eq!(checksum(sort_f64(&v)), 985357680138522680);
        let v: Vec<f64> = (0..20000)
            .map(|i| {
                if i % 97 == 3 {
                    nan
                } else {
                    ((i * 7919) % 10007) as f64
                }
            })
            .collect();
        assert_eq!(checksum(sort_f64(&v)), 382055701817425640);
    }

    /// python3.12: v = [float('nan') if i % 13 == 5 else float((i*7919) % 101) for i in range(200)];
    /// ','.join('nan' if x != x else str(int(x)) for x in sorted(v))
    const EXPECTED_200: &str = "0,2,5,6,8,9,12,15,18,21,22,24,25,27,28,34,37,40,41,43,44,46,49,50,53,56,62,63,65,82,nan,47,66,68,69,72,75,81,85,88,90,91,nan,78,94,97,nan,84,100,nan,1,4,7,10,11,13,16,17,19,20,23,26,29,30,32,33,35,36,38,39,45,48,51,52,54,55,57,58,61,64,67,71,73,74,76,77,79,80,83,93,nan,86,89,92,96,99,nan,nan,95,nan,0,2,3,5,6,9,12,15,18,21,22,24,27,28,31,34,37,40,41,43,44,46,47,49,50,56,59,60,62,63,65,66,68,69,72,75,78,82,85,nan,88,91,nan,84,87,94,97,100,nan,nan,1,4,7,10,11,13,14,16,17,20,23,26,29,30,32,33,35,38,39,42,45,48,51,52,54,55,57,58,61,67,70,71,73,74,76,77,79,80,83,90,93,95,96,nan,99,nan,86,89,nan,98";
}
