//! Substring search over slices of code points (or bytes): linear-time two-way
//! string matching (Crochemore–Perrin) with a cheap "last element not in needle"
//! skip, and a vector-friendly single-element scan for short needles.
//!
//! [`Finder`] / [`RFinder`] precompute the needle once so that repeated searches
//! (`count`, `replace`, `split`) do not redo the factorisation.

/// Position of the first `x` in `hay`.  Scans in blocks so the compiler can vectorise
/// the comparison.
#[inline]
pub fn find_elem<T: Copy + Eq>(hay: &[T], x: T) -> Option<usize> {
    const BLOCK: usize = 16;
    let mut base = 0;
    let mut chunks = hay.chunks_exact(BLOCK);
    for chunk in &mut chunks {
        if chunk.iter().fold(false, |acc, &v| acc | (v == x)) {
            return chunk.iter().position(|&v| v == x).map(|i| base + i);
        }
        base += BLOCK;
    }
    chunks
        .remainder()
        .iter()
        .position(|&v| v == x)
        .map(|i| base + i)
}

/// Position of the last `x` in `hay`.
#[inline]
pub fn rfind_elem<T: Copy + Eq>(hay: &[T], x: T) -> Option<usize> {
    const BLOCK: usize = 16;
    let mut chunks = hay.rchunks_exact(BLOCK);
    let mut end = hay.len();
    for chunk in &mut chunks {
        if chunk.iter().fold(false, |acc, &v| acc | (v == x)) {
            return chunk.iter().rposition(|&v| v == x).map(|i| end - BLOCK + i);
        }
        end -= BLOCK;
    }
    chunks.remainder().iter().rposition(|&v| v == x)
}

/// Needles up to this length are matched by scanning for their first element.
const SHORT: usize = 3;

/// Bloom-style mask of the needle's elements (low 6 bits of each).
#[inline]
fn mask_bit<T: Copy + Into<u32>>(x: T) -> u64 {
    1u64 << (x.into() & 63)
}

/// Precomputed forward searcher for one needle.
#[derive(Clone, Debug)]
pub struct Finder<T> {
    needle: Vec<T>,
    kind: Kind,
}

#[derive(Clone, Debug)]
enum Kind {
    Empty,
    Short,
    TwoWay(TwoWay),
}

#[derive(Clone, Copy, Debug)]
struct TwoWay {
    /// Critical position: the needle is split as `needle[..crit]`, `needle[crit..]`.
    crit: usize,
    /// Shift after a left-half mismatch.
    period: usize,
    /// Whether the needle is periodic (shift by the true period, remember the match).
    periodic: bool,
    mask: u64,
}

/// Maximal suffix of `needle` under the ordering (`reversed` flips it); returns the
/// start of the suffix and its period.
fn maximal_suffix<T: Copy + Ord>(needle: &[T], reversed: bool) -> (usize, usize) {
    let n = needle.len();
    let (mut start, mut cand, mut k, mut period) = (0usize, 1usize, 0usize, 1usize);
    while cand + k < n {
        let a = needle[cand + k];
        let b = needle[start + k];
        let smaller = if reversed { a > b } else { a < b };
        if smaller {
            // The candidate loses: everything up to here is one period.
            cand += k + 1;
            k = 0;
            period = cand - start;
        } else if a == b {
            if k + 1 == period {
                cand += period;
                k = 0;
            } else {
                k += 1;
            }
        } else {
            // The candidate beats the current suffix: restart from it.
            start = cand;
            cand += 1;
            k = 0;
            period = 1;
        }
    }
    (start, period)
}

impl TwoWay {
    fn new<T: Copy + Ord + Into<u32>>(needle: &[T]) -> TwoWay {
        let (s1, p1) = maximal_suffix(needle, false);
        let (s2, p2) = maximal_suffix(needle, true);
        let (crit, period) = if s1 > s2 { (s1, p1) } else { (s2, p2) };
        let mask = needle.iter().fold(0u64, |m, &x| m | mask_bit(x));
        let n = needle.len();
        if crit + period <= n && needle[..crit] == needle[period..period + crit] {
            TwoWay {
                crit,
                period,
                periodic: true,
                mask,
            }
        } else {
            TwoWay {
                crit,
                period: crit.max(n - crit) + 1,
                periodic: false,
                mask,
            }
        }
    }

    fn find<T: Copy + Eq + Into<u32>>(
        &self,
        needle: &[T],
        hay: &[T],
        mut pos: usize,
    ) -> Option<usize> {
        let n = needle.len();
        let crit = self.crit;
        let mut memory = 0usize;
        while pos + n <= hay.len() {
            if self.mask & mask_bit(hay[pos + n - 1]) == 0 {
                pos += n;
                memory = 0;
                continue;
            }
            // Right half, left to right.
            let mut i = crit.max(memory);
            while i < n && needle[i] == hay[pos + i] {
                i += 1;
            }
            if i < n {
                pos += i - crit + 1;
                memory = 0;
                continue;
            }
            // Left half, right to left.
            let mut j = crit;
            while j > memory && needle[j - 1] == hay[pos + j - 1] {
                j -= 1;
            }
            if j <= memory {
                return Some(pos);
            }
            pos += self.period;
            if self.periodic {
                memory = n - self.period;
            }
        }
        None
    }
}

impl<T: Copy + Ord + Into<u32>> Finder<T> {
    pub fn new(needle: &[T]) -> Finder<T> {
        let kind = match needle.len() {
            0 => Kind::Empty,
            n if n <= SHORT => Kind::Short,
            _ => Kind::TwoWay(TwoWay::new(needle)),
        };
        Finder {
            needle: needle.to_vec(),
            kind,
        }
    }

    pub fn needle(&self) -> &[T] {
        &self.needle
    }

    /// First match starting at or after `from`.
    pub fn find_from(&self, hay: &[T], from: usize) -> Option<usize> {
        let n = self.needle.len();
        if from > hay.len() || hay.len() - from < n {
            return None;
        }
        match &self.kind {
            Kind::Empty => Some(from),
            Kind::Short => {
                let first = self.needle[0];
                let last_start = hay.len() - n;
                let mut pos = from;
                while pos <= last_start {
                    let off = find_elem(&hay[pos..=last_start], first)?;
                    pos += off;
                    if hay[pos + 1..pos + n] == self.needle[1..] {
                        return Some(pos);
                    }
                    pos += 1;
                }
                None
            }
            Kind::TwoWay(tw) => tw.find(&self.needle, hay, from),
        }
    }

    /// First match in `hay`.
    pub fn find(&self, hay: &[T]) -> Option<usize> {
        self.find_from(hay, 0)
    }
}

/// Precomputed backward searcher (finds the last occurrence).
#[derive(Clone, Debug)]
pub struct RFinder<T> {
    /// The needle reversed, searched in the reversed haystack.
    rev: Vec<T>,
    kind: Kind,
}

/// Read-only reversed view used by the backward two-way search.
struct Rev<'a, T>(&'a [T]);

impl<T: Copy> Rev<'_, T> {
    #[inline]
    fn at(&self, i: usize) -> T {
        self.0[self.0.len() - 1 - i]
    }
}

impl<T: Copy + Ord + Into<u32>> RFinder<T> {
    pub fn new(needle: &[T]) -> RFinder<T> {
        let rev: Vec<T> = needle.iter().rev().copied().collect();
        let kind = match needle.len() {
            0 => Kind::Empty,
            n if n <= SHORT => Kind::Short,
            _ => Kind::TwoWay(TwoWay::new(&rev)),
        };
        RFinder { rev, kind }
    }

    /// Start of the last match lying entirely within `hay[..end]`.
    pub fn rfind_to(&self, hay: &[T], end: usize) -> Option<usize> {
        let n = self.rev.len();
        let end = end.min(hay.len());
        if end < n {
            return None;
        }
        let hay = &hay[..end];
        match &self.kind {
            Kind::Empty => Some(end),
            Kind::Short => {
                let last = self.rev[0];
                let mut stop = end; // candidate match ends at `stop`
                while stop >= n {
                    let off = rfind_elem(&hay[n - 1..stop], last)?;
                    let e = n - 1 + off; // index of the needle's last element
                    let s = e + 1 - n;
                    if hay[s..e].iter().rev().eq(self.rev[1..].iter()) {
                        return Some(s);
                    }
                    stop = e;
                }
                None
            }
            Kind::TwoWay(tw) => {
                let view = Rev(hay);
                let len = hay.len();
                let needle = &self.rev;
                let crit = tw.crit;
                let mut pos = 0usize;
                let mut memory = 0usize;
                while pos + n <= len {
                    if tw.mask & mask_bit(view.at(pos + n - 1)) == 0 {
                        pos += n;
                        memory = 0;
                        continue;
                    }
                    let mut i = crit.max(memory);
                    while i < n && needle[i] == view.at(pos + i) {
                        i += 1;
                    }
                    if i < n {
                        pos += i - crit + 1;
                        memory = 0;
                        continue;
                    }
                    let mut j = crit;
                    while j > memory && needle[j - 1] == view.at(pos + j - 1) {
                        j -= 1;
                    }
                    if j <= memory {
                        return Some(len - pos - n);
                    }
                    pos += tw.period;
                    if tw.periodic {
                        memory = n - tw.period;
                    }
                }
                None
            }
        }
    }

    /// Last match in `hay`.
    pub fn rfind(&self, hay: &[T]) -> Option<usize> {
        self.rfind_to(hay, hay.len())
    }
}

/// First occurrence of `needle` in `hay`.
pub fn find<T: Copy + Ord + Into<u32>>(hay: &[T], needle: &[T]) -> Option<usize> {
    match needle.len() {
        0 => Some(0),
        1 => find_elem(hay, needle[0]),
        n if n > hay.len() => None,
        _ => Finder::new(needle).find(hay),
    }
}

/// Last occurrence of `needle` in `hay`.
pub fn rfind<T: Copy + Ord + Into<u32>>(hay: &[T], needle: &[T]) -> Option<usize> {
    match needle.len() {
        0 => Some(hay.len()),
        1 => rfind_elem(hay, needle[0]),
        n if n > hay.len() => None,
        _ => RFinder::new(needle).rfind(hay),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive_find(hay: &[u32], needle: &[u32]) -> Option<usize> {
        if needle.len() > hay.len() {
            return None;
        }
        (0..=hay.len() - needle.len()).find(|&i| hay[i..i + needle.len()] == *needle)
    }

    fn naive_rfind(hay: &[u32], needle: &[u32]) -> Option<usize> {
        if needle.len() > hay.len() {
            return None;
        }
        (0..=hay.len() - needle.len())
            .rev()
            .find(|&i| hay[i..i + needle.len()] == *needle)
    }

    /// Small deterministic PRNG (xorshift) for randomized comparisons.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
    }

    #[test]
    fn matches_naive_search_on_random_inputs() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for round in 0..4000 {
            let alphabet = 1 + (round % 4) as u64;
            let hay_len = (rng.next() % 60) as usize;
            let needle_len = (rng.next() % 12) as usize;
            // Mix in a large code point so the mask's high bits are exercised.
            let pick = |r: u64| {
                if r % alphabet == 3 {
                    0x1D518
                } else {
                    0x61 + (r % alphabet) as u32
                }
            };
            let hay: Vec<u32> = (0..hay_len).map(|_| pick(rng.next())).collect();
            let needle: Vec<u32> = if round % 3 == 0 && hay_len > 0 {
                let s = (rng.next() as usize) % hay_len;
                let e = (s + needle_len).min(hay_len);
                hay[s..e].to_vec()
            } else {
                (0..needle_len).map(|_| pick(rng.next())).collect()
            };
            assert_eq!(
                find(&hay, &needle),
                naive_find(&hay, &needle),
                "{hay:?} {needle:?}"
            );
            assert_eq!(
                rfind(&hay, &needle),
                naive_rfind(&hay, &needle),
                "{hay:?} {needle:?}"
            );
            let f = Finder::new(&needle);
            let rf = RFinder::new(&needle);
            for from in 0..=hay.len() + 1 {
                let want = if from > hay.len() {
                    None
                } else {
                    naive_find(&hay[from..], &needle).map(|i| i + from)
                };
                assert_eq!(f.find_from(&hay, from), want);
                let want = naive_rfind(&hay[..from.min(hay.len())], &needle);
                assert_eq!(rf.rfind_to(&hay, from), want);
            }
        }
    }

    #[test]
    fn periodic_and_long_needles() {
        let hay: Vec<u32> = "abaabaabaababaabaabaabab".chars().map(u32::from).collect();
        for needle in [
            "abaabaab",
            "aabaab",
            "abab",
            "baabaabaab",
            "abaabaabaababaabaabaabab",
        ] {
            let n: Vec<u32> = needle.chars().map(u32::from).collect();
            assert_eq!(find(&hay, &n), naive_find(&hay, &n), "{needle}");
            assert_eq!(rfind(&hay, &n), naive_rfind(&hay, &n), "{needle}");
        }
        let big: Vec<u32> = std::iter::repeat_n(0x61, 100_000).chain([0x62]).collect();
        let n: Vec<u32> = std::iter::repeat_n(0x61, 50).chain([0x62]).collect();
        assert_eq!(find(&big, &n), Some(100_000 - 50));
        assert_eq!(rfind(&big, &n), Some(100_000 - 50));
        let bytes = b"hello world, hello bytes";
        assert_eq!(find(&bytes[..], b"hello b"), Some(13));
        assert_eq!(rfind(&bytes[..], b"hello"), Some(13));
    }
}
