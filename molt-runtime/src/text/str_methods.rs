//! `str` methods with CPython 3.12 semantics, as pure functions over code points.
//! The methods that only move text around are generic over [`Unit`], so `bytes`
//! shares them (`text::bytes` holds the ASCII-only rest).
//!
//! Conventions:
//! * strings are `&[u32]` (one code point per element, lone surrogates allowed);
//! * `start` / `end` arguments are already-converted Python indices (`None` when the
//!   caller passed `None` or omitted them) and follow slice semantics;
//! * `maxsplit` / `count` are Python integers clamped to `i64` by the caller; any
//!   negative value means "no limit";
//! * `ValueError`s are returned as their message (`Err("empty separator")`); size
//!   failures as [`MemoryError`] / [`ExpandTabsError`] instead of aborting;
//! * results that are pieces of the input are returned as sub-slices of it.

use super::search::{self, Finder, RFinder};
use super::unicode as u;
use super::Unit;

/// `ValueError` message for an empty separator in split/rsplit/partition/rpartition.
pub const EMPTY_SEPARATOR: &str = "empty separator";
/// `ValueError` message of `str.index` / `str.rindex`.
pub const SUBSTRING_NOT_FOUND: &str = "substring not found";
/// `OverflowError` message of `str.expandtabs` ([`ExpandTabsError::TooLong`]).
pub const NEW_STRING_TOO_LONG: &str = "new string is too long";

/// The result is too large to allocate (CPython raises `MemoryError`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MemoryError;

const SIGMA: u32 = 0x3A3;
const SMALL_SIGMA: u32 = 0x3C3;
const FINAL_SIGMA: u32 = 0x3C2;

// ---------------------------------------------------------------------------
// Case conversion
// ---------------------------------------------------------------------------

/// Lowercase of capital sigma at `s[i]`: final form when preceded by a cased letter
/// and not followed by one (case-ignorable code points are skipped both ways).
fn sigma_at(s: &[u32], i: usize) -> u32 {
    let before = s[..i].iter().rev().find(|&&c| !u::is_case_ignorable(c));
    if !before.is_some_and(|&c| u::is_cased(c)) {
        return SMALL_SIGMA;
    }
    match s[i + 1..].iter().find(|&&c| !u::is_case_ignorable(c)) {
        Some(&c) if u::is_cased(c) => SMALL_SIGMA,
        _ => FINAL_SIGMA,
    }
}

/// Full lowercase of `s[i]` in context (final sigma rule).
#[inline]
fn lower_at(s: &[u32], i: usize, out: &mut Vec<u32>) {
    let c = s[i];
    if c == SIGMA {
        out.push(sigma_at(s, i));
    } else {
        u::to_lower(c, out);
    }
}

/// `str.upper()`.
pub fn upper(s: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(s.len());
    for &c in s {
        u::to_upper(c, &mut out);
    }
    out
}

/// `str.lower()` (including the final sigma rule).
pub fn lower(s: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(s.len());
    for i in 0..s.len() {
        lower_at(s, i, &mut out);
    }
    out
}

/// `str.casefold()`.
pub fn casefold(s: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(s.len());
    for &c in s {
        u::to_casefold(c, &mut out);
    }
    out
}

/// `str.swapcase()`.
pub fn swapcase(s: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(s.len());
    for (i, &c) in s.iter().enumerate() {
        if u::is_upper(c) {
            lower_at(s, i, &mut out);
        } else if u::is_lower(c) {
            u::to_upper(c, &mut out);
        } else {
            out.push(c);
        }
    }
    out
}

/// `str.title()`: titlecase after an uncased code point, lowercase after a cased one.
pub fn title(s: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in s.iter().enumerate() {
        if prev_cased {
            lower_at(s, i, &mut out);
        } else {
            u::to_title(c, &mut out);
        }
        prev_cased = u::is_cased(c);
    }
    out
}

/// `str.capitalize()`: first code point titlecased, the rest lowercased.
pub fn capitalize(s: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(s.len());
    if let Some(&first) = s.first() {
        u::to_title(first, &mut out);
        for i in 1..s.len() {
            lower_at(s, i, &mut out);
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Stripping
// ---------------------------------------------------------------------------

/// Membership test for a `chars` argument (small sets linear, larger ones sorted).
enum CharSet<'a, T> {
    Whitespace,
    Few(&'a [T]),
    Sorted(Vec<T>),
}

impl<T: Unit> CharSet<'_, T> {
    fn new(chars: Option<&[T]>) -> CharSet<'_, T> {
        match chars {
            None => CharSet::Whitespace,
            Some(c) if c.len() <= 8 => CharSet::Few(c),
            Some(c) => {
                let mut v = c.to_vec();
                v.sort_unstable();
                v.dedup();
                CharSet::Sorted(v)
            }
        }
    }

    #[inline]
    fn contains(&self, c: T) -> bool {
        match self {
            CharSet::Whitespace => c.is_space(),
            CharSet::Few(v) => v.contains(&c),
            CharSet::Sorted(v) => v.binary_search(&c).is_ok(),
        }
    }
}

fn strip_impl<'a, T: Unit>(s: &'a [T], chars: Option<&[T]>, left: bool, right: bool) -> &'a [T] {
    let set = CharSet::new(chars);
    let mut i = 0;
    let mut j = s.len();
    if left {
        while i < j && set.contains(s[i]) {
            i += 1;
        }
    }
    if right {
        while j > i && set.contains(s[j - 1]) {
            j -= 1;
        }
    }
    &s[i..j]
}

/// `str.strip(chars)`; `None` strips whitespace.
pub fn strip<'a, T: Unit>(s: &'a [T], chars: Option<&[T]>) -> &'a [T] {
    strip_impl(s, chars, true, true)
}

/// `str.lstrip(chars)`.
pub fn lstrip<'a, T: Unit>(s: &'a [T], chars: Option<&[T]>) -> &'a [T] {
    strip_impl(s, chars, true, false)
}

/// `str.rstrip(chars)`.
pub fn rstrip<'a, T: Unit>(s: &'a [T], chars: Option<&[T]>) -> &'a [T] {
    strip_impl(s, chars, false, true)
}

// ---------------------------------------------------------------------------
// Splitting and joining
// ---------------------------------------------------------------------------

fn limit(maxsplit: i64) -> usize {
    usize::try_from(maxsplit).unwrap_or(usize::MAX)
}

/// `str.split(sep, maxsplit)`.  `sep = None` splits on runs of whitespace and drops
/// empty pieces; an empty `sep` is an error.
pub fn split<'a, T: Unit>(
    s: &'a [T],
    sep: Option<&[T]>,
    maxsplit: i64,
) -> Result<Vec<&'a [T]>, &'static str> {
    let mut left = limit(maxsplit);
    let mut out = Vec::new();
    let Some(sep) = sep else {
        let n = s.len();
        let mut i = 0;
        while left > 0 {
            while i < n && s[i].is_space() {
                i += 1;
            }
            if i == n {
                return Ok(out);
            }
            let j = i;
            while i < n && !s[i].is_space() {
                i += 1;
            }
            out.push(&s[j..i]);
            left -= 1;
        }
        while i < n && s[i].is_space() {
            i += 1;
        }
        if i < n {
            out.push(&s[i..]);
        }
        return Ok(out);
    };
    if sep.is_empty() {
        return Err(EMPTY_SEPARATOR);
    }
    let finder = Finder::new(sep);
    let mut pos = 0;
    while left > 0 {
        let Some(k) = finder.find_from(s, pos) else {
            break;
        };
        out.push(&s[pos..k]);
        pos = k + sep.len();
        left -= 1;
    }
    out.push(&s[pos..]);
    Ok(out)
}

/// `str.rsplit(sep, maxsplit)`; pieces are returned in left-to-right order.
pub fn rsplit<'a, T: Unit>(
    s: &'a [T],
    sep: Option<&[T]>,
    maxsplit: i64,
) -> Result<Vec<&'a [T]>, &'static str> {
    let mut left = limit(maxsplit);
    let mut out = Vec::new();
    let Some(sep) = sep else {
        let mut i = s.len(); // exclusive end of the unscanned prefix
        while left > 0 {
            while i > 0 && s[i - 1].is_space() {
                i -= 1;
            }
            if i == 0 {
                break;
            }
            let j = i;
            while i > 0 && !s[i - 1].is_space() {
                i -= 1;
            }
            out.push(&s[i..j]);
            left -= 1;
        }
        while i > 0 && s[i - 1].is_space() {
            i -= 1;
        }
        if i > 0 {
            out.push(&s[..i]);
        }
        out.reverse();
        return Ok(out);
    };
    if sep.is_empty() {
        return Err(EMPTY_SEPARATOR);
    }
    let finder = RFinder::new(sep);
    let mut end = s.len();
    while left > 0 {
        let Some(k) = finder.rfind_to(s, end) else {
            break;
        };
        out.push(&s[k + sep.len()..end]);
        end = k;
        left -= 1;
    }
    out.push(&s[..end]);
    out.reverse();
    Ok(out)
}

/// `str.splitlines(keepends)`: splits at `\n \r \r\n \v \f \x1c \x1d \x1e \x85
/// \u2028 \u2029`.
pub fn splitlines<T: Unit>(s: &[T], keepends: bool) -> Vec<&[T]> {
    let n = s.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let start = i;
        while i < n && !s[i].is_linebreak() {
            i += 1;
        }
        let mut eol = i;
        if i < n {
            i += if s[i] == T::ascii(b'\r') && i + 1 < n && s[i + 1] == T::ascii(b'\n') {
                2
            } else {
                1
            };
            if keepends {
                eol = i;
            }
        }
        out.push(&s[start..eol]);
    }
    out
}

/// `sep.join(parts)`.
pub fn join<T: Unit>(sep: &[T], parts: &[&[T]]) -> Vec<T> {
    let total =
        parts.iter().map(|p| p.len()).sum::<usize>() + sep.len() * parts.len().saturating_sub(1);
    let mut out = Vec::with_capacity(total);
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(p);
    }
    out
}

/// Appends `sep.join(parts)` to `out` for any iterator of pieces.
pub fn join_into<'p, T: Unit + 'p, I>(out: &mut Vec<T>, sep: &[T], parts: I)
where
    I: IntoIterator<Item = &'p [T]>,
{
    for (i, p) in parts.into_iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(p);
    }
}

// ---------------------------------------------------------------------------
// Searching
// ---------------------------------------------------------------------------

/// CPython's slice-index adjustment for `find`/`count`/`startswith`...: returns
/// `(start, end)` with `end` clamped to `0..=len` and `start >= 0` (possibly `> len`).
pub fn adjust_indices(len: usize, start: Option<i64>, end: Option<i64>) -> (usize, usize) {
    let len_i = len as i64;
    let end = match end {
        None => len_i,
        Some(e) if e > len_i => len_i,
        Some(e) if e < 0 => (e + len_i).max(0),
        Some(e) => e,
    };
    let start = match start {
        None => 0,
        Some(s) if s < 0 => (s + len_i).max(0),
        Some(s) => s,
    };
    (start as usize, end as usize)
}

/// The window `s[start..end]` if it can hold `m` code points.
fn window(len: usize, start: Option<i64>, end: Option<i64>, m: usize) -> Option<(usize, usize)> {
    let (start, end) = adjust_indices(len, start, end);
    (end >= start && end - start >= m).then_some((start, end))
}

/// `str.find(sub, start, end)`; -1 when absent.
pub fn find<T: Unit>(s: &[T], sub: &[T], start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((start, end)) = window(s.len(), start, end, sub.len()) else {
        return -1;
    };
    search::find(&s[start..end], sub).map_or(-1, |i| (i + start) as i64)
}

/// `str.rfind(sub, start, end)`; -1 when absent.
pub fn rfind<T: Unit>(s: &[T], sub: &[T], start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((start, end)) = window(s.len(), start, end, sub.len()) else {
        return -1;
    };
    search::rfind(&s[start..end], sub).map_or(-1, |i| (i + start) as i64)
}

/// `str.index(sub, start, end)`.
pub fn index<T: Unit>(
    s: &[T],
    sub: &[T],
    start: Option<i64>,
    end: Option<i64>,
) -> Result<usize, &'static str> {
    usize::try_from(find(s, sub, start, end)).map_err(|_| SUBSTRING_NOT_FOUND)
}

/// `str.rindex(sub, start, end)`.
pub fn rindex<T: Unit>(
    s: &[T],
    sub: &[T],
    start: Option<i64>,
    end: Option<i64>,
) -> Result<usize, &'static str> {
    usize::try_from(rfind(s, sub, start, end)).map_err(|_| SUBSTRING_NOT_FOUND)
}

/// `sub in s`.
pub fn contains<T: Unit>(s: &[T], sub: &[T]) -> bool {
    search::find(s, sub).is_some()
}

/// `str.count(sub, start, end)`: non-overlapping occurrences.
pub fn count<T: Unit>(s: &[T], sub: &[T], start: Option<i64>, end: Option<i64>) -> usize {
    let Some((start, end)) = window(s.len(), start, end, sub.len()) else {
        return 0;
    };
    let hay = &s[start..end];
    match sub.len() {
        0 => hay.len() + 1,
        1 => hay.iter().filter(|&&c| c == sub[0]).count(),
        m => {
            let finder = Finder::new(sub);
            let mut n = 0;
            let mut pos = 0;
            while let Some(k) = finder.find_from(hay, pos) {
                n += 1;
                pos = k + m;
            }
            n
        }
    }
}

/// `str.startswith(prefix, start, end)` for one prefix (the caller loops over tuples).
pub fn startswith<T: Unit>(s: &[T], prefix: &[T], start: Option<i64>, end: Option<i64>) -> bool {
    match window(s.len(), start, end, prefix.len()) {
        Some((start, _)) => s[start..start + prefix.len()] == *prefix,
        None => false,
    }
}

/// `str.endswith(suffix, start, end)` for one suffix.
pub fn endswith<T: Unit>(s: &[T], suffix: &[T], start: Option<i64>, end: Option<i64>) -> bool {
    match window(s.len(), start, end, suffix.len()) {
        Some((_, end)) => s[end - suffix.len()..end] == *suffix,
        None => false,
    }
}

/// `str.partition(sep)` as `[before, sep, after]`.
pub fn partition<'a, T: Unit>(s: &'a [T], sep: &[T]) -> Result<[&'a [T]; 3], &'static str> {
    if sep.is_empty() {
        return Err(EMPTY_SEPARATOR);
    }
    Ok(match search::find(s, sep) {
        Some(k) => [&s[..k], &s[k..k + sep.len()], &s[k + sep.len()..]],
        None => [s, &s[s.len()..], &s[s.len()..]],
    })
}

/// `str.rpartition(sep)` as `[before, sep, after]`.
pub fn rpartition<'a, T: Unit>(s: &'a [T], sep: &[T]) -> Result<[&'a [T]; 3], &'static str> {
    if sep.is_empty() {
        return Err(EMPTY_SEPARATOR);
    }
    Ok(match search::rfind(s, sep) {
        Some(k) => [&s[..k], &s[k..k + sep.len()], &s[k + sep.len()..]],
        None => [&s[..0], &s[..0], s],
    })
}

/// `str.replace(old, new, count)`; negative `count` replaces all.
pub fn replace<T: Unit>(s: &[T], old: &[T], new: &[T], count: i64) -> Vec<T> {
    let mut left = limit(count);
    if left == 0 || old.len() > s.len() {
        return s.to_vec();
    }
    if old.is_empty() {
        // Insert `new` before every code point and at the end, `count` times at most.
        let inserts = left.min(s.len() + 1);
        let mut out = Vec::with_capacity(s.len() + inserts * new.len());
        for (i, &c) in s.iter().enumerate() {
            if i < inserts {
                out.extend_from_slice(new);
            }
            out.push(c);
        }
        if inserts > s.len() {
            out.extend_from_slice(new);
        }
        return out;
    }
    let finder = Finder::new(old);
    let mut out = Vec::with_capacity(s.len());
    let mut pos = 0;
    while left > 0 {
        let Some(k) = finder.find_from(s, pos) else {
            break;
        };
        out.extend_from_slice(&s[pos..k]);
        out.extend_from_slice(new);
        pos = k + old.len();
        left -= 1;
    }
    out.extend_from_slice(&s[pos..]);
    out
}

/// `str.removeprefix(prefix)`.
pub fn removeprefix<'a, T: Unit>(s: &'a [T], prefix: &[T]) -> &'a [T] {
    s.strip_prefix(prefix).unwrap_or(s)
}

/// `str.removesuffix(suffix)`.
pub fn removesuffix<'a, T: Unit>(s: &'a [T], suffix: &[T]) -> &'a [T] {
    s.strip_suffix(suffix).unwrap_or(s)
}

// ---------------------------------------------------------------------------
// Padding
// ---------------------------------------------------------------------------

/// Builds `fill * left + s + fill * right`, failing instead of aborting when the
/// result cannot be allocated.
fn pad<T: Unit>(s: &[T], left: usize, right: usize, fill: T) -> Result<Vec<T>, MemoryError> {
    let total = left
        .checked_add(s.len())
        .and_then(|t| t.checked_add(right))
        .ok_or(MemoryError)?;
    let mut out = Vec::new();
    out.try_reserve_exact(total).map_err(|_| MemoryError)?;
    out.resize(left, fill);
    out.extend_from_slice(s);
    out.resize(total, fill);
    Ok(out)
}

/// Padding needed to reach `width`, or `None` when `s` is already that long.
fn margin<T: Unit>(s: &[T], width: i64) -> Option<usize> {
    let width = usize::try_from(width).ok()?;
    width.checked_sub(s.len()).filter(|&m| m > 0)
}

/// `str.zfill(width)`: zero-pad on the left, keeping a leading sign in front.
pub fn zfill<T: Unit>(s: &[T], width: i64) -> Result<Vec<T>, MemoryError> {
    let Some(fill) = margin(s, width) else {
        return Ok(s.to_vec());
    };
    let zero = T::ascii(b'0');
    let mut out = pad(s, fill, 0, zero)?;
    if s.first()
        .is_some_and(|&c| c == T::ascii(b'+') || c == T::ascii(b'-'))
    {
        out[0] = s[0];
        out[fill] = zero;
    }
    Ok(out)
}

/// `str.center(width, fillchar)`.  As in CPython the extra odd pad goes to the left
/// exactly when both the margin and `width` are odd.
pub fn center<T: Unit>(s: &[T], width: i64, fill: T) -> Result<Vec<T>, MemoryError> {
    let Some(marg) = margin(s, width) else {
        return Ok(s.to_vec());
    };
    let left = marg / 2 + (marg & (width as usize) & 1);
    pad(s, left, marg - left, fill)
}

/// `str.ljust(width, fillchar)`.
pub fn ljust<T: Unit>(s: &[T], width: i64, fill: T) -> Result<Vec<T>, MemoryError> {
    match margin(s, width) {
        Some(m) => pad(s, 0, m, fill),
        None => Ok(s.to_vec()),
    }
}

/// `str.rjust(width, fillchar)`.
pub fn rjust<T: Unit>(s: &[T], width: i64, fill: T) -> Result<Vec<T>, MemoryError> {
    match margin(s, width) {
        Some(m) => pad(s, m, 0, fill),
        None => Ok(s.to_vec()),
    }
}

/// Failure of [`expandtabs`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExpandTabsError {
    /// `OverflowError(NEW_STRING_TOO_LONG)`: the length does not fit a `Py_ssize_t`.
    TooLong,
    /// `MemoryError`.
    Memory,
}

/// `str.expandtabs(tabsize)`: columns restart after `\n` and `\r`; a tab size `<= 0`
/// deletes tabs.  `tabsize` is a C `int` as in CPython: the caller raises
/// `OverflowError("Python int too large to convert to C int")` for larger values.
pub fn expandtabs<T: Unit>(s: &[T], tabsize: i32) -> Result<Vec<T>, ExpandTabsError> {
    // First pass: exact result length, with CPython's overflow check.
    let tab = i64::from(tabsize.max(0));
    let mut total: i64 = 0;
    let mut col: i64 = 0;
    for &c in s {
        if c == T::ascii(b'\t') {
            if tab > 0 {
                let incr = tab - col % tab;
                total = total.checked_add(incr).ok_or(ExpandTabsError::TooLong)?;
                col += incr;
            }
        } else {
            total = total.checked_add(1).ok_or(ExpandTabsError::TooLong)?;
            col = if c == T::ascii(b'\n') || c == T::ascii(b'\r') {
                0
            } else {
                col + 1
            };
        }
    }
    let total = usize::try_from(total).map_err(|_| ExpandTabsError::TooLong)?;
    let mut out = Vec::new();
    out.try_reserve_exact(total)
        .map_err(|_| ExpandTabsError::Memory)?;
    let mut col: i64 = 0;
    for &c in s {
        if c == T::ascii(b'\t') {
            if tab > 0 {
                let incr = tab - col % tab;
                col += incr;
                out.resize(out.len() + incr as usize, T::ascii(b' '));
            }
        } else {
            out.push(c);
            col = if c == T::ascii(b'\n') || c == T::ascii(b'\r') {
                0
            } else {
                col + 1
            };
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------
// Predicates
// ---------------------------------------------------------------------------

fn all_nonempty(s: &[u32], pred: impl Fn(u32) -> bool) -> bool {
    !s.is_empty() && s.iter().all(|&c| pred(c))
}

/// `str.isdigit()`.
pub fn isdigit(s: &[u32]) -> bool {
    all_nonempty(s, u::is_digit)
}

/// `str.isdecimal()`.
pub fn isdecimal(s: &[u32]) -> bool {
    all_nonempty(s, u::is_decimal)
}

/// `str.isnumeric()`.
pub fn isnumeric(s: &[u32]) -> bool {
    all_nonempty(s, u::is_numeric)
}

/// `str.isalpha()`.
pub fn isalpha(s: &[u32]) -> bool {
    all_nonempty(s, u::is_alpha)
}

/// `str.isalnum()`.
pub fn isalnum(s: &[u32]) -> bool {
    all_nonempty(s, u::is_alnum)
}

/// `str.isspace()`.
pub fn isspace(s: &[u32]) -> bool {
    all_nonempty(s, u::is_space)
}

/// `str.isupper()`: no lowercase or titlecase code points, at least one uppercase.
pub fn isupper(s: &[u32]) -> bool {
    let mut cased = false;
    for &c in s {
        if u::is_lower(c) || u::is_title(c) {
            return false;
        }
        cased = cased || u::is_upper(c);
    }
    cased
}

/// `str.islower()`: no uppercase or titlecase code points, at least one lowercase.
pub fn islower(s: &[u32]) -> bool {
    let mut cased = false;
    for &c in s {
        if u::is_upper(c) || u::is_title(c) {
            return false;
        }
        cased = cased || u::is_lower(c);
    }
    cased
}

/// `str.istitle()`: uppercase/titlecase only after uncased code points, lowercase only
/// after cased ones, and at least one cased code point.
pub fn istitle(s: &[u32]) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for &c in s {
        if u::is_upper(c) || u::is_title(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if u::is_lower(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// `str.isidentifier()`.
pub fn isidentifier(s: &[u32]) -> bool {
    match s.split_first() {
        Some((&first, rest)) => u::is_id_start(first) && rest.iter().all(|&c| u::is_id_continue(c)),
        None => false,
    }
}

/// `str.isprintable()` (true for the empty string).
pub fn isprintable(s: &[u32]) -> bool {
    s.iter().all(|&c| u::is_printable(c))
}

/// `str.isascii()` (true for the empty string).
pub fn isascii(s: &[u32]) -> bool {
    s.iter().all(|&c| c < 0x80)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Code points of a test literal; `\u{10FFFD}` followed by four hex digits stands for
    /// that (lone surrogate) code point, which a Rust `&str` cannot hold.
    fn w(s: &str) -> Vec<u32> {
        let mut out = Vec::new();
        let mut it = s.chars();
        while let Some(ch) = it.next() {
            if ch == '\u{10FFFD}' {
                let hex: String = it.by_ref().take(4).collect();
                out.push(u32::from_str_radix(&hex, 16).unwrap());
            } else {
                out.push(ch as u32);
            }
        }
        out
    }

    fn wl(v: &[&str]) -> Vec<Vec<u32>> {
        v.iter().map(|s| w(s)).collect()
    }

    fn owned(v: Vec<&[u32]>) -> Vec<Vec<u32>> {
        v.into_iter().map(|s| s.to_vec()).collect()
    }

    fn bits(s: &[u32]) -> String {
        [
            isdigit(s),
            isdecimal(s),
            isnumeric(s),
            isalpha(s),
            isalnum(s),
            isspace(s),
            isupper(s),
            islower(s),
            istitle(s),
            isidentifier(s),
            isprintable(s),
            isascii(s),
        ]
        .iter()
        .map(|&b| if b { '1' } else { '0' })
        .collect()
    }

    type CaseRow = (
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
    );
    /// (s, upper, lower, casefold, swapcase, title, capitalize) from python3.12.
    const CASES: &[CaseRow] = &[
        ("", "", "", "", "", "", ""),
        (
            "hello world",
            "HELLO WORLD",
            "hello world",
            "hello world",
            "HELLO WORLD",
            "Hello World",
            "Hello world",
        ),
        (
            "Hello World",
            "HELLO WORLD",
            "hello world",
            "hello world",
            "hELLO wORLD",
            "Hello World",
            "Hello world",
        ),
        (
            "HELLO", "HELLO", "hello", "hello", "hello", "Hello", "Hello",
        ),
        ("ß", "SS", "ß", "ss", "SS", "Ss", "Ss"),
        (
            "straße", "STRASSE", "straße", "strasse", "STRASSE", "Straße", "Straße",
        ),
        ("ŉ", "ʼN", "ŉ", "ʼn", "ʼN", "ʼN", "ʼN"),
        (
            "ǆemal ǅ Ǆ",
            "ǄEMAL Ǆ Ǆ",
            "ǆemal ǆ ǆ",
            "ǆemal ǆ ǆ",
            "ǄEMAL ǅ ǆ",
            "ǅemal ǅ ǅ",
            "ǅemal ǆ ǆ",
        ),
        (
            "ﬁne ﬃ",
            "FINE FFI",
            "ﬁne ﬃ",
            "fine ffi",
            "FINE FFI",
            "Fine Ffi",
            "Fine ﬃ",
        ),
        ("ΣΑΣ", "ΣΑΣ", "σας", "σασ", "σας", "Σας", "Σας"),
        (
            "ΌΣΟΣ ΣΑΣ.",
            "ΌΣΟΣ ΣΑΣ.",
            "όσος σας.",
            "όσοσ σασ.",
            "όσος σας.",
            "Όσος Σας.",
            "Όσος σας.",
        ),
        ("aΣ", "AΣ", "aς", "aσ", "Aς", "Aς", "Aς"),
        ("Σ", "Σ", "σ", "σ", "σ", "Σ", "Σ"),
        ("AΣb", "AΣB", "aσb", "aσb", "aσB", "Aσb", "Aσb"),
        ("A'Σ", "A'Σ", "a'ς", "a'σ", "a'ς", "A'Σ", "A'ς"),
        ("A'Σ'", "A'Σ'", "a'ς'", "a'σ'", "a'ς'", "A'Σ'", "A'ς'"),
        ("Σ'a", "Σ'A", "σ'a", "σ'a", "σ'A", "Σ'A", "Σ'a"),
        (
            "A\u{345}Σ",
            "AΙΣ",
            "a\u{345}ς",
            "aισ",
            "aΙς",
            "A\u{345}ς",
            "A\u{345}ς",
        ),
        (
            "İstanbul",
            "İSTANBUL",
            "i\u{307}stanbul",
            "i\u{307}stanbul",
            "i\u{307}STANBUL",
            "İstanbul",
            "İstanbul",
        ),
        ("ıi", "II", "ıi", "ıi", "II", "Ii", "Ii"),
        (
            "ᾳ ᾼ ᾀ",
            "ΑΙ ΑΙ ἈΙ",
            "ᾳ ᾳ ᾀ",
            "αι αι ἀι",
            "ΑΙ ᾼ ἈΙ",
            "ᾼ ᾼ ᾈ",
            "ᾼ ᾳ ᾀ",
        ),
        ("Ꭰꭰ", "ᎠᎠ", "ꭰꭰ", "ᎠᎠ", "ꭰᎠ", "Ꭰꭰ", "Ꭰꭰ"),
        (
            "𝔘nicode 𐐀𐐨",
            "𝔘NICODE 𐐀𐐀",
            "𝔘nicode 𐐨𐐨",
            "𝔘nicode 𐐨𐐨",
            "𝔘NICODE 𐐨𐐀",
            "𝔘nicode 𐐀𐐨",
            "𝔘nicode 𐐨𐐨",
        ),
        (
            "a\u{10FFFD}D800b",
            "A\u{10FFFD}D800B",
            "a\u{10FFFD}D800b",
            "a\u{10FFFD}D800b",
            "A\u{10FFFD}D800B",
            "A\u{10FFFD}D800B",
            "A\u{10FFFD}D800b",
        ),
        (
            "\u{10FFFD}D800Σ",
            "\u{10FFFD}D800Σ",
            "\u{10FFFD}D800σ",
            "\u{10FFFD}D800σ",
            "\u{10FFFD}D800σ",
            "\u{10FFFD}D800Σ",
            "\u{10FFFD}D800σ",
        ),
        (
            "they're bill's friends",
            "THEY'RE BILL'S FRIENDS",
            "they're bill's friends",
            "they're bill's friends",
            "THEY'RE BILL'S FRIENDS",
            "They'Re Bill'S Friends",
            "They're bill's friends",
        ),
        (
            "ǉubljana",
            "ǇUBLJANA",
            "ǉubljana",
            "ǉubljana",
            "ǇUBLJANA",
            "ǈubljana",
            "ǈubljana",
        ),
        (
            "123abc DEF",
            "123ABC DEF",
            "123abc def",
            "123abc def",
            "123ABC def",
            "123Abc Def",
            "123abc def",
        ),
        (
            "ǰ", "J\u{30C}", "ǰ", "j\u{30C}", "J\u{30C}", "J\u{30C}", "J\u{30C}",
        ),
        (
            "ΐ",
            "Ι\u{308}\u{301}",
            "ΐ",
            "ι\u{308}\u{301}",
            "Ι\u{308}\u{301}",
            "Ι\u{308}\u{301}",
            "Ι\u{308}\u{301}",
        ),
        ("ſ", "S", "ſ", "s", "S", "S", "S"),
        ("µ", "Μ", "µ", "μ", "Μ", "Μ", "Μ"),
        (
            "ǅungla", "ǄUNGLA", "ǆungla", "ǆungla", "ǅUNGLA", "ǅungla", "ǅungla",
        ),
        (
            "aBcİ",
            "ABCİ",
            "abci\u{307}",
            "abci\u{307}",
            "AbCi\u{307}",
            "Abci\u{307}",
            "Abci\u{307}",
        ),
        ("Ⓐⓑ", "ⒶⒷ", "ⓐⓑ", "ⓐⓑ", "ⓐⒷ", "Ⓐⓑ", "Ⓐⓑ"),
        ("ⅷ Ⅷ", "Ⅷ Ⅷ", "ⅷ ⅷ", "ⅷ ⅷ", "Ⅷ ⅷ", "Ⅷ Ⅷ", "Ⅷ ⅷ"),
        ("ʰa", "ʰA", "ʰa", "ʰa", "ʰA", "ʰa", "ʰa"),
        (
            "x\u{301}y Σ\u{301} Σ\u{301}a",
            "X\u{301}Y Σ\u{301} Σ\u{301}A",
            "x\u{301}y σ\u{301} σ\u{301}a",
            "x\u{301}y σ\u{301} σ\u{301}a",
            "X\u{301}Y σ\u{301} σ\u{301}A",
            "X\u{301}Y Σ\u{301} Σ\u{301}A",
            "X\u{301}y σ\u{301} σ\u{301}a",
        ),
    ];
    /// (s, chars, strip, lstrip, rstrip) from python3.12.
    const STRIPS: &[(&str, Option<&str>, &str, &str, &str)] = &[
        ("", None, "", "", ""),
        ("  a b  ", None, "a b", "a b  ", "  a b"),
        ("\t\n\u{B}\u{C}\r\u{1C}\u{1D}\u{1E}\u{1F} \u{85}\u{A0}\u{1680}\u{2000}\u{3000}xy\u{2028}\u{2029}", None, "xy", "xy\u{2028}\u{2029}", "\t\n\u{B}\u{C}\r\u{1C}\u{1D}\u{1E}\u{1F} \u{85}\u{A0}\u{1680}\u{2000}\u{3000}xy"),
        ("\u{200B}x\u{200B}", None, "\u{200B}x\u{200B}", "\u{200B}x\u{200B}", "\u{200B}x\u{200B}"),
        ("xxhixx", Some("x"), "hi", "hixx", "xxhi"),
        ("abcxyzcba", Some("abc"), "xyz", "xyzcba", "abcxyz"),
        ("", Some("a"), "", "", ""),
        ("aaa", Some("a"), "", "", ""),
        ("𝔘a𝔘", Some("𝔘"), "a", "a𝔘", "𝔘a"),
        ("\u{10FFFD}D800a\u{10FFFD}D800", Some("\u{10FFFD}D800"), "a", "a\u{10FFFD}D800", "\u{10FFFD}D800a"),
        ("hello", Some(""), "hello", "hello", "hello"),
        ("  hi  ", Some(" "), "hi", "hi  ", "  hi"),
        ("0123456789abcdef9876543210", Some("0123456789"), "abcdef", "abcdef9876543210", "0123456789abcdef"),
        ("mississippi", Some("ipsm"), "", "", ""),
    ];
    /// (s, sep, maxsplit, split, rsplit); None = "empty separator" error; from python3.12.
    type SplitRow = (
        &'static str,
        Option<&'static str>,
        i64,
        Option<&'static [&'static str]>,
        Option<&'static [&'static str]>,
    );
    const SPLITS: &[SplitRow] = &[
        ("", None, -1, Some(&[]), Some(&[])),
        ("", None, 0, Some(&[]), Some(&[])),
        ("", None, 1, Some(&[]), Some(&[])),
        ("", None, 2, Some(&[]), Some(&[])),
        ("", None, 5, Some(&[]), Some(&[])),
        ("", Some(","), -1, Some(&[""]), Some(&[""])),
        ("", Some(","), 0, Some(&[""]), Some(&[""])),
        ("", Some(","), 1, Some(&[""]), Some(&[""])),
        ("", Some(","), 2, Some(&[""]), Some(&[""])),
        ("", Some(","), 5, Some(&[""]), Some(&[""])),
        ("", Some("a"), -1, Some(&[""]), Some(&[""])),
        ("", Some("a"), 0, Some(&[""]), Some(&[""])),
        ("", Some("a"), 1, Some(&[""]), Some(&[""])),
        ("", Some("a"), 2, Some(&[""]), Some(&[""])),
        ("", Some("a"), 5, Some(&[""]), Some(&[""])),
        ("", Some("ab"), -1, Some(&[""]), Some(&[""])),
        ("", Some("ab"), 0, Some(&[""]), Some(&[""])),
        ("", Some("ab"), 1, Some(&[""]), Some(&[""])),
        ("", Some("ab"), 2, Some(&[""]), Some(&[""])),
        ("", Some("ab"), 5, Some(&[""]), Some(&[""])),
        ("", Some("bca"), -1, Some(&[""]), Some(&[""])),
        ("", Some("bca"), 0, Some(&[""]), Some(&[""])),
        ("", Some("bca"), 1, Some(&[""]), Some(&[""])),
        ("", Some("bca"), 2, Some(&[""]), Some(&[""])),
        ("", Some("bca"), 5, Some(&[""]), Some(&[""])),
        ("", Some("𝔘"), -1, Some(&[""]), Some(&[""])),
        ("", Some("𝔘"), 0, Some(&[""]), Some(&[""])),
        ("", Some("𝔘"), 1, Some(&[""]), Some(&[""])),
        ("", Some("𝔘"), 2, Some(&[""]), Some(&[""])),
        ("", Some("𝔘"), 5, Some(&[""]), Some(&[""])),
        ("", Some("\u{10FFFD}D800"), -1, Some(&[""]), Some(&[""])),
        ("", Some("\u{10FFFD}D800"), 0, Some(&[""]), Some(&[""])),
        ("", Some("\u{10FFFD}D800"), 1, Some(&[""]), Some(&[""])),
        ("", Some("\u{10FFFD}D800"), 2, Some(&[""]), Some(&[""])),
        ("", Some("\u{10FFFD}D800"), 5, Some(&[""]), Some(&[""])),
        ("", Some(" "), -1, Some(&[""]), Some(&[""])),
        ("", Some(" "), 0, Some(&[""]), Some(&[""])),
        ("", Some(" "), 1, Some(&[""]), Some(&[""])),
        ("", Some(" "), 2, Some(&[""]), Some(&[""])),
        ("", Some(" "), 5, Some(&[""]), Some(&[""])),
        ("", Some("  "), -1, Some(&[""]), Some(&[""])),
        ("", Some("  "), 0, Some(&[""]), Some(&[""])),
        ("", Some("  "), 1, Some(&[""]), Some(&[""])),
        ("", Some("  "), 2, Some(&[""]), Some(&[""])),
        ("", Some("  "), 5, Some(&[""]), Some(&[""])),
        ("", Some(""), -1, None, None),
        ("", Some(""), 0, None, None),
        ("", Some(""), 1, None, None),
        ("", Some(""), 2, None, None),
        ("", Some(""), 5, None, None),
        (" ", None, -1, Some(&[]), Some(&[])),
        (" ", None, 0, Some(&[]), Some(&[])),
        (" ", None, 1, Some(&[]), Some(&[])),
        (" ", None, 2, Some(&[]), Some(&[])),
        (" ", None, 5, Some(&[]), Some(&[])),
        (" ", Some(","), -1, Some(&[" "]), Some(&[" "])),
        (" ", Some(","), 0, Some(&[" "]), Some(&[" "])),
        (" ", Some(","), 1, Some(&[" "]), Some(&[" "])),
        (" ", Some(","), 2, Some(&[" "]), Some(&[" "])),
        (" ", Some(","), 5, Some(&[" "]), Some(&[" "])),
        (" ", Some("a"), -1, Some(&[" "]), Some(&[" "])),
        (" ", Some("a"), 0, Some(&[" "]), Some(&[" "])),
        (" ", Some("a"), 1, Some(&[" "]), Some(&[" "])),
        (" ", Some("a"), 2, Some(&[" "]), Some(&[" "])),
        (" ", Some("a"), 5, Some(&[" "]), Some(&[" "])),
        (" ", Some("ab"), -1, Some(&[" "]), Some(&[" "])),
        (" ", Some("ab"), 0, Some(&[" "]), Some(&[" "])),
        (" ", Some("ab"), 1, Some(&[" "]), Some(&[" "])),
        (" ", Some("ab"), 2, Some(&[" "]), Some(&[" "])),
        (" ", Some("ab"), 5, Some(&[" "]), Some(&[" "])),
        (" ", Some("bca"), -1, Some(&[" "]), Some(&[" "])),
        (" ", Some("bca"), 0, Some(&[" "]), Some(&[" "])),
        (" ", Some("bca"), 1, Some(&[" "]), Some(&[" "])),
        (" ", Some("bca"), 2, Some(&[" "]), Some(&[" "])),
        (" ", Some("bca"), 5, Some(&[" "]), Some(&[" "])),
        (" ", Some("𝔘"), -1, Some(&[" "]), Some(&[" "])),
        (" ", Some("𝔘"), 0, Some(&[" "]), Some(&[" "])),
        (" ", Some("𝔘"), 1, Some(&[" "]), Some(&[" "])),
        (" ", Some("𝔘"), 2, Some(&[" "]), Some(&[" "])),
        (" ", Some("𝔘"), 5, Some(&[" "]), Some(&[" "])),
        (" ", Some("\u{10FFFD}D800"), -1, Some(&[" "]), Some(&[" "])),
        (" ", Some("\u{10FFFD}D800"), 0, Some(&[" "]), Some(&[" "])),
        (" ", Some("\u{10FFFD}D800"), 1, Some(&[" "]), Some(&[" "])),
        (" ", Some("\u{10FFFD}D800"), 2, Some(&[" "]), Some(&[" "])),
        (" ", Some("\u{10FFFD}D800"), 5, Some(&[" "]), Some(&[" "])),
        (" ", Some(" "), -1, Some(&["", ""]), Some(&["", ""])),
        (" ", Some(" "), 0, Some(&[" "]), Some(&[" "])),
        (" ", Some(" "), 1, Some(&["", ""]), Some(&["", ""])),
        (" ", Some(" "), 2, Some(&["", ""]), Some(&["", ""])),
        (" ", Some(" "), 5, Some(&["", ""]), Some(&["", ""])),
        (" ", Some("  "), -1, Some(&[" "]), Some(&[" "])),
        (" ", Some("  "), 0, Some(&[" "]), Some(&[" "])),
        (" ", Some("  "), 1, Some(&[" "]), Some(&[" "])),
        (" ", Some("  "), 2, Some(&[" "]), Some(&[" "])),
        (" ", Some("  "), 5, Some(&[" "]), Some(&[" "])),
        (" ", Some(""), -1, None, None),
        (" ", Some(""), 0, None, None),
        (" ", Some(""), 1, None, None),
        (" ", Some(""), 2, None, None),
        (" ", Some(""), 5, None, None),
        (
            "  a  b   c  ",
            None,
            -1,
            Some(&["a", "b", "c"]),
            Some(&["a", "b", "c"]),
        ),
        (
            "  a  b   c  ",
            None,
            0,
            Some(&["a  b   c  "]),
            Some(&["  a  b   c"]),
        ),
        (
            "  a  b   c  ",
            None,
            1,
            Some(&["a", "b   c  "]),
            Some(&["  a  b", "c"]),
        ),
        (
            "  a  b   c  ",
            None,
            2,
            Some(&["a", "b", "c  "]),
            Some(&["  a", "b", "c"]),
        ),
        (
            "  a  b   c  ",
            None,
            5,
            Some(&["a", "b", "c"]),
            Some(&["a", "b", "c"]),
        ),
        (
            "  a  b   c  ",
            Some(","),
            -1,
            Some(&["  a  b   c  "]),
            Some(&["  a  b   c  "]),
        ),
        (
            "  a  b   c  ",
            Some(","),
            0,
            Some(&["  a  b   c  "]),
            Some(&["  a  b   c  "]),
        ),
        (
            "  a  b   c  ",
            Some(","),
            1,
            Some(&["  a  b   c  "]),
            Some(&["  a  b   c  "]),
        ),
        (
            "  a  b   c  ",
            Some(","),
            2,
            Some(&["  a  b   c  "]),
            Some(&["  a  b   c  "]),
        ),
        (
            "  a  b   c  ",
            Some(","),
            5,
            Some(&["  a  b   c  "]),
            Some(&["  a  b   c  "]),
        ),
        (
            "  a  b   c  ",
            Some("a"),
            -1,
            Some(&["  ", "  b   c  "]),
            Some(&["  ", "  b   c  "]),
        ),
        (
            "  a  b   c  ",
            Some("a"),
            0,
            Some(&["  a  b   c  "]),
            Some(&["  a  b   c  "]),
        ),
        (
            "  a  b   c  ",
            Some("a"),
            1,
            Some(&["  ", "  b   c  "]),
            Some(&["  ", "  b   c  "]),
        ),
        (
            "  a  b   c  ",
            Some("a"),
            2,
            Some(&["  ", "  b   c  "]),
            Some(&["  ", "  b   c  "]),
        ),
        (
            "  a  b   c  ",
            Some("a"),
            5,
            Some(&["  ", "  b   c  "]),
            Some(&["  ", "  b   c  "]),
        ),
        (
            "  a  b   c  ",
            Some("ab"),
            -1,
            Some(&["  a  b   c  "]),
            Some(&["  a  b   c  "]),
        ),
        (
            "  a  b   c  ",
            Some("ab"),
            0,
            Some(&["  a  b   c  "]),
            Some(&["  a  b   c  "]),
        ),
        (
            "  a  b   c  ",
            Some("ab"),
            1,
            Some(&["  a  b   c  "]),
            Some(&["  a  b   c  "]),
        ),
        (
            "  a  b   c  ",
            Some("ab"),
            2,
            Some(&["  a  b   c  "]),
            Some(&["  a  b   c  "]),
        ),
        (
            "  a  b   c  ",
            Some("ab"),
            5,
            Some(&["  a  b   c  "]),
            Some(&["  a  b   c  "]),
        ),
        (
            "  a  b   c  ",
            Some("bca"),
            -1,
            Some(&["  a  b   c  "]),
            Some(&["  a  b   c  "]),
        ),
        (
            "  a  b   c  ",
            Some("bca"),
            0,
            Some(&["  a  b   c  "]),
            Some(&["  a  b   c  "]),
        ),
        (
            "  a  b   c  ",
            Some("bca"),
            1,
            Some(&["  a  b   c  "]),
            Some(&["  a  b   c  "]),
        ),
        (
            "  a  b   c  ",
            Some("bca"),
            2,
            Some(&["  a  b   c  "]),
            Some(&["  a  b   c  "]),
        ),
        (
            "  a  b   c  ",
            Some("bca"),
            5,
            Some(&["  a  b   c  "]),
            Some(&["  a  b   c  "]),
        ),
        (
            "  a  b   c  ",
            Some("𝔘"),
            -1,
            Some(&["  a  b   c  "]),
            Some(&["  a  b   c  "]),
        ),
        (
            "  a  b   c  ",
            Some("𝔘"),
            0,
            Some(&["  a  b   c  "]),
            Some(&["  a  b   c  "]),
        ),
        (
            "  a  b   c  ",
            Some("𝔘"),
            1,
            Some(&["  a  b   c  "]),
            Some(&["  a  b   c  "]),
        ),
        (
            "  a  b   c  ",
            Some("𝔘"),
            2,
            Some(&["  a  b   c  "]),
            Some(&["  a  b   c  "]),
        ),
        (
            "  a  b   c  ",
            Some("𝔘"),
            5,
            Some(&["  a  b   c  "]),
            Some(&["  a  b   c  "]),
        ),
        (
            "  a  b   c  ",
            Some("\u{10FFFD}D800"),
            -1,
            Some(&["  a  b   c  "]),
            Some(&["  a  b   c  "]),
        ),
        (
            "  a  b   c  ",
            Some("\u{10FFFD}D800"),
            0,
            Some(&["  a  b   c  "]),
            Some(&["  a  b   c  "]),
        ),
        (
            "  a  b   c  ",
            Some("\u{10FFFD}D800"),
            1,
            Some(&["  a  b   c  "]),
            Some(&["  a  b   c  "]),
        ),
        (
            "  a  b   c  ",
            Some("\u{10FFFD}D800"),
            2,
            Some(&["  a  b   c  "]),
            Some(&["  a  b   c  "]),
        ),
        (
            "  a  b   c  ",
            Some("\u{10FFFD}D800"),
            5,
            Some(&["  a  b   c  "]),
            Some(&["  a  b   c  "]),
        ),
        (
            "  a  b   c  ",
            Some(" "),
            -1,
            Some(&["", "", "a", "", "b", "", "", "c", "", ""]),
            Some(&["", "", "a", "", "b", "", "", "c", "", ""]),
        ),
        (
            "  a  b   c  ",
            Some(" "),
            0,
            Some(&["  a  b   c  "]),
            Some(&["  a  b   c  "]),
        ),
        (
            "  a  b   c  ",
            Some(" "),
            1,
            Some(&["", " a  b   c  "]),
            Some(&["  a  b   c ", ""]),
        ),
        (
            "  a  b   c  ",
            Some(" "),
            2,
            Some(&["", "", "a  b   c  "]),
            Some(&["  a  b   c", "", ""]),
        ),
        (
            "  a  b   c  ",
            Some(" "),
            5,
            Some(&["", "", "a", "", "b", "  c  "]),
            Some(&["  a  b", "", "", "c", "", ""]),
        ),
        (
            "  a  b   c  ",
            Some("  "),
            -1,
            Some(&["", "a", "b", " c", ""]),
            Some(&["", "a", "b ", "c", ""]),
        ),
        (
            "  a  b   c  ",
            Some("  "),
            0,
            Some(&["  a  b   c  "]),
            Some(&["  a  b   c  "]),
        ),
        (
            "  a  b   c  ",
            Some("  "),
            1,
            Some(&["", "a  b   c  "]),
            Some(&["  a  b   c", ""]),
        ),
        (
            "  a  b   c  ",
            Some("  "),
            2,
            Some(&["", "a", "b   c  "]),
            Some(&["  a  b ", "c", ""]),
        ),
        (
            "  a  b   c  ",
            Some("  "),
            5,
            Some(&["", "a", "b", " c", ""]),
            Some(&["", "a", "b ", "c", ""]),
        ),
        ("  a  b   c  ", Some(""), -1, None, None),
        ("  a  b   c  ", Some(""), 0, None, None),
        ("  a  b   c  ", Some(""), 1, None, None),
        ("  a  b   c  ", Some(""), 2, None, None),
        ("  a  b   c  ", Some(""), 5, None, None),
        (
            "a b c",
            None,
            -1,
            Some(&["a", "b", "c"]),
            Some(&["a", "b", "c"]),
        ),
        ("a b c", None, 0, Some(&["a b c"]), Some(&["a b c"])),
        ("a b c", None, 1, Some(&["a", "b c"]), Some(&["a b", "c"])),
        (
            "a b c",
            None,
            2,
            Some(&["a", "b", "c"]),
            Some(&["a", "b", "c"]),
        ),
        (
            "a b c",
            None,
            5,
            Some(&["a", "b", "c"]),
            Some(&["a", "b", "c"]),
        ),
        ("a b c", Some(","), -1, Some(&["a b c"]), Some(&["a b c"])),
        ("a b c", Some(","), 0, Some(&["a b c"]), Some(&["a b c"])),
        ("a b c", Some(","), 1, Some(&["a b c"]), Some(&["a b c"])),
        ("a b c", Some(","), 2, Some(&["a b c"]), Some(&["a b c"])),
        ("a b c", Some(","), 5, Some(&["a b c"]), Some(&["a b c"])),
        (
            "a b c",
            Some("a"),
            -1,
            Some(&["", " b c"]),
            Some(&["", " b c"]),
        ),
        ("a b c", Some("a"), 0, Some(&["a b c"]), Some(&["a b c"])),
        (
            "a b c",
            Some("a"),
            1,
            Some(&["", " b c"]),
            Some(&["", " b c"]),
        ),
        (
            "a b c",
            Some("a"),
            2,
            Some(&["", " b c"]),
            Some(&["", " b c"]),
        ),
        (
            "a b c",
            Some("a"),
            5,
            Some(&["", " b c"]),
            Some(&["", " b c"]),
        ),
        ("a b c", Some("ab"), -1, Some(&["a b c"]), Some(&["a b c"])),
        ("a b c", Some("ab"), 0, Some(&["a b c"]), Some(&["a b c"])),
        ("a b c", Some("ab"), 1, Some(&["a b c"]), Some(&["a b c"])),
        ("a b c", Some("ab"), 2, Some(&["a b c"]), Some(&["a b c"])),
        ("a b c", Some("ab"), 5, Some(&["a b c"]), Some(&["a b c"])),
        ("a b c", Some("bca"), -1, Some(&["a b c"]), Some(&["a b c"])),
        ("a b c", Some("bca"), 0, Some(&["a b c"]), Some(&["a b c"])),
        ("a b c", Some("bca"), 1, Some(&["a b c"]), Some(&["a b c"])),
        ("a b c", Some("bca"), 2, Some(&["a b c"]), Some(&["a b c"])),
        ("a b c", Some("bca"), 5, Some(&["a b c"]), Some(&["a b c"])),
        ("a b c", Some("𝔘"), -1, Some(&["a b c"]), Some(&["a b c"])),
        ("a b c", Some("𝔘"), 0, Some(&["a b c"]), Some(&["a b c"])),
        ("a b c", Some("𝔘"), 1, Some(&["a b c"]), Some(&["a b c"])),
        ("a b c", Some("𝔘"), 2, Some(&["a b c"]), Some(&["a b c"])),
        ("a b c", Some("𝔘"), 5, Some(&["a b c"]), Some(&["a b c"])),
        (
            "a b c",
            Some("\u{10FFFD}D800"),
            -1,
            Some(&["a b c"]),
            Some(&["a b c"]),
        ),
        (
            "a b c",
            Some("\u{10FFFD}D800"),
            0,
            Some(&["a b c"]),
            Some(&["a b c"]),
        ),
        (
            "a b c",
            Some("\u{10FFFD}D800"),
            1,
            Some(&["a b c"]),
            Some(&["a b c"]),
        ),
        (
            "a b c",
            Some("\u{10FFFD}D800"),
            2,
            Some(&["a b c"]),
            Some(&["a b c"]),
        ),
        (
            "a b c",
            Some("\u{10FFFD}D800"),
            5,
            Some(&["a b c"]),
            Some(&["a b c"]),
        ),
        (
            "a b c",
            Some(" "),
            -1,
            Some(&["a", "b", "c"]),
            Some(&["a", "b", "c"]),
        ),
        ("a b c", Some(" "), 0, Some(&["a b c"]), Some(&["a b c"])),
        (
            "a b c",
            Some(" "),
            1,
            Some(&["a", "b c"]),
            Some(&["a b", "c"]),
        ),
        (
            "a b c",
            Some(" "),
            2,
            Some(&["a", "b", "c"]),
            Some(&["a", "b", "c"]),
        ),
        (
            "a b c",
            Some(" "),
            5,
            Some(&["a", "b", "c"]),
            Some(&["a", "b", "c"]),
        ),
        ("a b c", Some("  "), -1, Some(&["a b c"]), Some(&["a b c"])),
        ("a b c", Some("  "), 0, Some(&["a b c"]), Some(&["a b c"])),
        ("a b c", Some("  "), 1, Some(&["a b c"]), Some(&["a b c"])),
        ("a b c", Some("  "), 2, Some(&["a b c"]), Some(&["a b c"])),
        ("a b c", Some("  "), 5, Some(&["a b c"]), Some(&["a b c"])),
        ("a b c", Some(""), -1, None, None),
        ("a b c", Some(""), 0, None, None),
        ("a b c", Some(""), 1, None, None),
        ("a b c", Some(""), 2, None, None),
        ("a b c", Some(""), 5, None, None),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            None,
            -1,
            Some(&["a", "b", "c", "d", "e", "f", "g"]),
            Some(&["a", "b", "c", "d", "e", "f", "g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            None,
            0,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            None,
            1,
            Some(&["a", "b\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f", "g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            None,
            2,
            Some(&["a", "b", "c\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e", "f", "g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            None,
            5,
            Some(&["a", "b", "c", "d", "e", "f\u{2028}g"]),
            Some(&["a\tb", "c", "d", "e", "f", "g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some(","),
            -1,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some(","),
            0,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some(","),
            1,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some(","),
            2,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some(","),
            5,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some("a"),
            -1,
            Some(&["", "\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["", "\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some("a"),
            0,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some("a"),
            1,
            Some(&["", "\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["", "\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some("a"),
            2,
            Some(&["", "\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["", "\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some("a"),
            5,
            Some(&["", "\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["", "\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some("ab"),
            -1,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some("ab"),
            0,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some("ab"),
            1,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some("ab"),
            2,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some("ab"),
            5,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some("bca"),
            -1,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some("bca"),
            0,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some("bca"),
            1,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some("bca"),
            2,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some("bca"),
            5,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some("𝔘"),
            -1,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some("𝔘"),
            0,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some("𝔘"),
            1,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some("𝔘"),
            2,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some("𝔘"),
            5,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some("\u{10FFFD}D800"),
            -1,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some("\u{10FFFD}D800"),
            0,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some("\u{10FFFD}D800"),
            1,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some("\u{10FFFD}D800"),
            2,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some("\u{10FFFD}D800"),
            5,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some(" "),
            -1,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some(" "),
            0,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some(" "),
            1,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some(" "),
            2,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some(" "),
            5,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some("  "),
            -1,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some("  "),
            0,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some("  "),
            1,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some("  "),
            2,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some("  "),
            5,
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
            Some(&["a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g"]),
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some(""),
            -1,
            None,
            None,
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some(""),
            0,
            None,
            None,
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some(""),
            1,
            None,
            None,
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some(""),
            2,
            None,
            None,
        ),
        (
            "a\tb\nc\u{1C}d\u{85}e\u{3000}f\u{2028}g",
            Some(""),
            5,
            None,
            None,
        ),
        ("a,b,,c,", None, -1, Some(&["a,b,,c,"]), Some(&["a,b,,c,"])),
        ("a,b,,c,", None, 0, Some(&["a,b,,c,"]), Some(&["a,b,,c,"])),
        ("a,b,,c,", None, 1, Some(&["a,b,,c,"]), Some(&["a,b,,c,"])),
        ("a,b,,c,", None, 2, Some(&["a,b,,c,"]), Some(&["a,b,,c,"])),
        ("a,b,,c,", None, 5, Some(&["a,b,,c,"]), Some(&["a,b,,c,"])),
        (
            "a,b,,c,",
            Some(","),
            -1,
            Some(&["a", "b", "", "c", ""]),
            Some(&["a", "b", "", "c", ""]),
        ),
        (
            "a,b,,c,",
            Some(","),
            0,
            Some(&["a,b,,c,"]),
            Some(&["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some(","),
            1,
            Some(&["a", "b,,c,"]),
            Some(&["a,b,,c", ""]),
        ),
        (
            "a,b,,c,",
            Some(","),
            2,
            Some(&["a", "b", ",c,"]),
            Some(&["a,b,", "c", ""]),
        ),
        (
            "a,b,,c,",
            Some(","),
            5,
            Some(&["a", "b", "", "c", ""]),
            Some(&["a", "b", "", "c", ""]),
        ),
        (
            "a,b,,c,",
            Some("a"),
            -1,
            Some(&["", ",b,,c,"]),
            Some(&["", ",b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("a"),
            0,
            Some(&["a,b,,c,"]),
            Some(&["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("a"),
            1,
            Some(&["", ",b,,c,"]),
            Some(&["", ",b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("a"),
            2,
            Some(&["", ",b,,c,"]),
            Some(&["", ",b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("a"),
            5,
            Some(&["", ",b,,c,"]),
            Some(&["", ",b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("ab"),
            -1,
            Some(&["a,b,,c,"]),
            Some(&["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("ab"),
            0,
            Some(&["a,b,,c,"]),
            Some(&["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("ab"),
            1,
            Some(&["a,b,,c,"]),
            Some(&["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("ab"),
            2,
            Some(&["a,b,,c,"]),
            Some(&["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("ab"),
            5,
            Some(&["a,b,,c,"]),
            Some(&["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("bca"),
            -1,
            Some(&["a,b,,c,"]),
            Some(&["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("bca"),
            0,
            Some(&["a,b,,c,"]),
            Some(&["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("bca"),
            1,
            Some(&["a,b,,c,"]),
            Some(&["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("bca"),
            2,
            Some(&["a,b,,c,"]),
            Some(&["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("bca"),
            5,
            Some(&["a,b,,c,"]),
            Some(&["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("𝔘"),
            -1,
            Some(&["a,b,,c,"]),
            Some(&["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("𝔘"),
            0,
            Some(&["a,b,,c,"]),
            Some(&["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("𝔘"),
            1,
            Some(&["a,b,,c,"]),
            Some(&["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("𝔘"),
            2,
            Some(&["a,b,,c,"]),
            Some(&["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("𝔘"),
            5,
            Some(&["a,b,,c,"]),
            Some(&["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("\u{10FFFD}D800"),
            -1,
            Some(&["a,b,,c,"]),
            Some(&["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("\u{10FFFD}D800"),
            0,
            Some(&["a,b,,c,"]),
            Some(&["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("\u{10FFFD}D800"),
            1,
            Some(&["a,b,,c,"]),
            Some(&["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("\u{10FFFD}D800"),
            2,
            Some(&["a,b,,c,"]),
            Some(&["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("\u{10FFFD}D800"),
            5,
            Some(&["a,b,,c,"]),
            Some(&["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some(" "),
            -1,
            Some(&["a,b,,c,"]),
            Some(&["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some(" "),
            0,
            Some(&["a,b,,c,"]),
            Some(&["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some(" "),
            1,
            Some(&["a,b,,c,"]),
            Some(&["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some(" "),
            2,
            Some(&["a,b,,c,"]),
            Some(&["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some(" "),
            5,
            Some(&["a,b,,c,"]),
            Some(&["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("  "),
            -1,
            Some(&["a,b,,c,"]),
            Some(&["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("  "),
            0,
            Some(&["a,b,,c,"]),
            Some(&["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("  "),
            1,
            Some(&["a,b,,c,"]),
            Some(&["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("  "),
            2,
            Some(&["a,b,,c,"]),
            Some(&["a,b,,c,"]),
        ),
        (
            "a,b,,c,",
            Some("  "),
            5,
            Some(&["a,b,,c,"]),
            Some(&["a,b,,c,"]),
        ),
        ("a,b,,c,", Some(""), -1, None, None),
        ("a,b,,c,", Some(""), 0, None, None),
        ("a,b,,c,", Some(""), 1, None, None),
        ("a,b,,c,", Some(""), 2, None, None),
        ("a,b,,c,", Some(""), 5, None, None),
        (",", None, -1, Some(&[","]), Some(&[","])),
        (",", None, 0, Some(&[","]), Some(&[","])),
        (",", None, 1, Some(&[","]), Some(&[","])),
        (",", None, 2, Some(&[","]), Some(&[","])),
        (",", None, 5, Some(&[","]), Some(&[","])),
        (",", Some(","), -1, Some(&["", ""]), Some(&["", ""])),
        (",", Some(","), 0, Some(&[","]), Some(&[","])),
        (",", Some(","), 1, Some(&["", ""]), Some(&["", ""])),
        (",", Some(","), 2, Some(&["", ""]), Some(&["", ""])),
        (",", Some(","), 5, Some(&["", ""]), Some(&["", ""])),
        (",", Some("a"), -1, Some(&[","]), Some(&[","])),
        (",", Some("a"), 0, Some(&[","]), Some(&[","])),
        (",", Some("a"), 1, Some(&[","]), Some(&[","])),
        (",", Some("a"), 2, Some(&[","]), Some(&[","])),
        (",", Some("a"), 5, Some(&[","]), Some(&[","])),
        (",", Some("ab"), -1, Some(&[","]), Some(&[","])),
        (",", Some("ab"), 0, Some(&[","]), Some(&[","])),
        (",", Some("ab"), 1, Some(&[","]), Some(&[","])),
        (",", Some("ab"), 2, Some(&[","]), Some(&[","])),
        (",", Some("ab"), 5, Some(&[","]), Some(&[","])),
        (",", Some("bca"), -1, Some(&[","]), Some(&[","])),
        (",", Some("bca"), 0, Some(&[","]), Some(&[","])),
        (",", Some("bca"), 1, Some(&[","]), Some(&[","])),
        (",", Some("bca"), 2, Some(&[","]), Some(&[","])),
        (",", Some("bca"), 5, Some(&[","]), Some(&[","])),
        (",", Some("𝔘"), -1, Some(&[","]), Some(&[","])),
        (",", Some("𝔘"), 0, Some(&[","]), Some(&[","])),
        (",", Some("𝔘"), 1, Some(&[","]), Some(&[","])),
        (",", Some("𝔘"), 2, Some(&[","]), Some(&[","])),
        (",", Some("𝔘"), 5, Some(&[","]), Some(&[","])),
        (",", Some("\u{10FFFD}D800"), -1, Some(&[","]), Some(&[","])),
        (",", Some("\u{10FFFD}D800"), 0, Some(&[","]), Some(&[","])),
        (",", Some("\u{10FFFD}D800"), 1, Some(&[","]), Some(&[","])),
        (",", Some("\u{10FFFD}D800"), 2, Some(&[","]), Some(&[","])),
        (",", Some("\u{10FFFD}D800"), 5, Some(&[","]), Some(&[","])),
        (",", Some(" "), -1, Some(&[","]), Some(&[","])),
        (",", Some(" "), 0, Some(&[","]), Some(&[","])),
        (",", Some(" "), 1, Some(&[","]), Some(&[","])),
        (",", Some(" "), 2, Some(&[","]), Some(&[","])),
        (",", Some(" "), 5, Some(&[","]), Some(&[","])),
        (",", Some("  "), -1, Some(&[","]), Some(&[","])),
        (",", Some("  "), 0, Some(&[","]), Some(&[","])),
        (",", Some("  "), 1, Some(&[","]), Some(&[","])),
        (",", Some("  "), 2, Some(&[","]), Some(&[","])),
        (",", Some("  "), 5, Some(&[","]), Some(&[","])),
        (",", Some(""), -1, None, None),
        (",", Some(""), 0, None, None),
        (",", Some(""), 1, None, None),
        (",", Some(""), 2, None, None),
        (",", Some(""), 5, None, None),
        ("aaa", None, -1, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", None, 0, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", None, 1, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", None, 2, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", None, 5, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", Some(","), -1, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", Some(","), 0, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", Some(","), 1, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", Some(","), 2, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", Some(","), 5, Some(&["aaa"]), Some(&["aaa"])),
        (
            "aaa",
            Some("a"),
            -1,
            Some(&["", "", "", ""]),
            Some(&["", "", "", ""]),
        ),
        ("aaa", Some("a"), 0, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", Some("a"), 1, Some(&["", "aa"]), Some(&["aa", ""])),
        (
            "aaa",
            Some("a"),
            2,
            Some(&["", "", "a"]),
            Some(&["a", "", ""]),
        ),
        (
            "aaa",
            Some("a"),
            5,
            Some(&["", "", "", ""]),
            Some(&["", "", "", ""]),
        ),
        ("aaa", Some("ab"), -1, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", Some("ab"), 0, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", Some("ab"), 1, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", Some("ab"), 2, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", Some("ab"), 5, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", Some("bca"), -1, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", Some("bca"), 0, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", Some("bca"), 1, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", Some("bca"), 2, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", Some("bca"), 5, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", Some("𝔘"), -1, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", Some("𝔘"), 0, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", Some("𝔘"), 1, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", Some("𝔘"), 2, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", Some("𝔘"), 5, Some(&["aaa"]), Some(&["aaa"])),
        (
            "aaa",
            Some("\u{10FFFD}D800"),
            -1,
            Some(&["aaa"]),
            Some(&["aaa"]),
        ),
        (
            "aaa",
            Some("\u{10FFFD}D800"),
            0,
            Some(&["aaa"]),
            Some(&["aaa"]),
        ),
        (
            "aaa",
            Some("\u{10FFFD}D800"),
            1,
            Some(&["aaa"]),
            Some(&["aaa"]),
        ),
        (
            "aaa",
            Some("\u{10FFFD}D800"),
            2,
            Some(&["aaa"]),
            Some(&["aaa"]),
        ),
        (
            "aaa",
            Some("\u{10FFFD}D800"),
            5,
            Some(&["aaa"]),
            Some(&["aaa"]),
        ),
        ("aaa", Some(" "), -1, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", Some(" "), 0, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", Some(" "), 1, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", Some(" "), 2, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", Some(" "), 5, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", Some("  "), -1, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", Some("  "), 0, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", Some("  "), 1, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", Some("  "), 2, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", Some("  "), 5, Some(&["aaa"]), Some(&["aaa"])),
        ("aaa", Some(""), -1, None, None),
        ("aaa", Some(""), 0, None, None),
        ("aaa", Some(""), 1, None, None),
        ("aaa", Some(""), 2, None, None),
        ("aaa", Some(""), 5, None, None),
        (
            "abcabcab",
            None,
            -1,
            Some(&["abcabcab"]),
            Some(&["abcabcab"]),
        ),
        (
            "abcabcab",
            None,
            0,
            Some(&["abcabcab"]),
            Some(&["abcabcab"]),
        ),
        (
            "abcabcab",
            None,
            1,
            Some(&["abcabcab"]),
            Some(&["abcabcab"]),
        ),
        (
            "abcabcab",
            None,
            2,
            Some(&["abcabcab"]),
            Some(&["abcabcab"]),
        ),
        (
            "abcabcab",
            None,
            5,
            Some(&["abcabcab"]),
            Some(&["abcabcab"]),
        ),
        (
            "abcabcab",
            Some(","),
            -1,
            Some(&["abcabcab"]),
            Some(&["abcabcab"]),
        ),
        (
            "abcabcab",
            Some(","),
            0,
            Some(&["abcabcab"]),
            Some(&["abcabcab"]),
        ),
        (
            "abcabcab",
            Some(","),
            1,
            Some(&["abcabcab"]),
            Some(&["abcabcab"]),
        ),
        (
            "abcabcab",
            Some(","),
            2,
            Some(&["abcabcab"]),
            Some(&["abcabcab"]),
        ),
        (
            "abcabcab",
            Some(","),
            5,
            Some(&["abcabcab"]),
            Some(&["abcabcab"]),
        ),
        (
            "abcabcab",
            Some("a"),
            -1,
            Some(&["", "bc", "bc", "b"]),
            Some(&["", "bc", "bc", "b"]),
        ),
        (
            "abcabcab",
            Some("a"),
            0,
            Some(&["abcabcab"]),
            Some(&["abcabcab"]),
        ),
        (
            "abcabcab",
            Some("a"),
            1,
            Some(&["", "bcabcab"]),
            Some(&["abcabc", "b"]),
        ),
        (
            "abcabcab",
            Some("a"),
            2,
            Some(&["", "bc", "bcab"]),
            Some(&["abc", "bc", "b"]),
        ),
        (
            "abcabcab",
            Some("a"),
            5,
            Some(&["", "bc", "bc", "b"]),
            Some(&["", "bc", "bc", "b"]),
        ),
        (
            "abcabcab",
            Some("ab"),
            -1,
            Some(&["", "c", "c", ""]),
            Some(&["", "c", "c", ""]),
        ),
        (
            "abcabcab",
            Some("ab"),
            0,
            Some(&["abcabcab"]),
            Some(&["abcabcab"]),
        ),
        (
            "abcabcab",
            Some("ab"),
            1,
            Some(&["", "cabcab"]),
            Some(&["abcabc", ""]),
        ),
        (
            "abcabcab",
            Some("ab"),
            2,
            Some(&["", "c", "cab"]),
            Some(&["abc", "c", ""]),
        ),
        (
            "abcabcab",
            Some("ab"),
            5,
            Some(&["", "c", "c", ""]),
            Some(&["", "c", "c", ""]),
        ),
        (
            "abcabcab",
            Some("bca"),
            -1,
            Some(&["a", "", "b"]),
            Some(&["a", "", "b"]),
        ),
        (
            "abcabcab",
            Some("bca"),
            0,
            Some(&["abcabcab"]),
            Some(&["abcabcab"]),
        ),
        (
            "abcabcab",
            Some("bca"),
            1,
            Some(&["a", "bcab"]),
            Some(&["abca", "b"]),
        ),
        (
            "abcabcab",
            Some("bca"),
            2,
            Some(&["a", "", "b"]),
            Some(&["a", "", "b"]),
        ),
        (
            "abcabcab",
            Some("bca"),
            5,
            Some(&["a", "", "b"]),
            Some(&["a", "", "b"]),
        ),
        (
            "abcabcab",
            Some("𝔘"),
            -1,
            Some(&["abcabcab"]),
            Some(&["abcabcab"]),
        ),
        (
            "abcabcab",
            Some("𝔘"),
            0,
            Some(&["abcabcab"]),
            Some(&["abcabcab"]),
        ),
        (
            "abcabcab",
            Some("𝔘"),
            1,
            Some(&["abcabcab"]),
            Some(&["abcabcab"]),
        ),
        (
            "abcabcab",
            Some("𝔘"),
            2,
            Some(&["abcabcab"]),
            Some(&["abcabcab"]),
        ),
        (
            "abcabcab",
            Some("𝔘"),
            5,
            Some(&["abcabcab"]),
            Some(&["abcabcab"]),
        ),
        (
            "abcabcab",
            Some("\u{10FFFD}D800"),
            -1,
            Some(&["abcabcab"]),
            Some(&["abcabcab"]),
        ),
        (
            "abcabcab",
            Some("\u{10FFFD}D800"),
            0,
            Some(&["abcabcab"]),
            Some(&["abcabcab"]),
        ),
        (
            "abcabcab",
            Some("\u{10FFFD}D800"),
            1,
            Some(&["abcabcab"]),
            Some(&["abcabcab"]),
        ),
        (
            "abcabcab",
            Some("\u{10FFFD}D800"),
            2,
            Some(&["abcabcab"]),
            Some(&["abcabcab"]),
        ),
        (
            "abcabcab",
            Some("\u{10FFFD}D800"),
            5,
            Some(&["abcabcab"]),
            Some(&["abcabcab"]),
        ),
        (
            "abcabcab",
            Some(" "),
            -1,
            Some(&["abcabcab"]),
            Some(&["abcabcab"]),
        ),
        (
            "abcabcab",
            Some(" "),
            0,
            Some(&["abcabcab"]),
            Some(&["abcabcab"]),
        ),
        (
            "abcabcab",
            Some(" "),
            1,
            Some(&["abcabcab"]),
            Some(&["abcabcab"]),
        ),
        (
            "abcabcab",
            Some(" "),
            2,
            Some(&["abcabcab"]),
            Some(&["abcabcab"]),
        ),
        (
            "abcabcab",
            Some(" "),
            5,
            Some(&["abcabcab"]),
            Some(&["abcabcab"]),
        ),
        (
            "abcabcab",
            Some("  "),
            -1,
            Some(&["abcabcab"]),
            Some(&["abcabcab"]),
        ),
        (
            "abcabcab",
            Some("  "),
            0,
            Some(&["abcabcab"]),
            Some(&["abcabcab"]),
        ),
        (
            "abcabcab",
            Some("  "),
            1,
            Some(&["abcabcab"]),
            Some(&["abcabcab"]),
        ),
        (
            "abcabcab",
            Some("  "),
            2,
            Some(&["abcabcab"]),
            Some(&["abcabcab"]),
        ),
        (
            "abcabcab",
            Some("  "),
            5,
            Some(&["abcabcab"]),
            Some(&["abcabcab"]),
        ),
        ("abcabcab", Some(""), -1, None, None),
        ("abcabcab", Some(""), 0, None, None),
        ("abcabcab", Some(""), 1, None, None),
        ("abcabcab", Some(""), 2, None, None),
        ("abcabcab", Some(""), 5, None, None),
        ("𝔘x𝔘y𝔘", None, -1, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        ("𝔘x𝔘y𝔘", None, 0, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        ("𝔘x𝔘y𝔘", None, 1, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        ("𝔘x𝔘y𝔘", None, 2, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        ("𝔘x𝔘y𝔘", None, 5, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        ("𝔘x𝔘y𝔘", Some(","), -1, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        ("𝔘x𝔘y𝔘", Some(","), 0, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        ("𝔘x𝔘y𝔘", Some(","), 1, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        ("𝔘x𝔘y𝔘", Some(","), 2, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        ("𝔘x𝔘y𝔘", Some(","), 5, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        ("𝔘x𝔘y𝔘", Some("a"), -1, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        ("𝔘x𝔘y𝔘", Some("a"), 0, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        ("𝔘x𝔘y𝔘", Some("a"), 1, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        ("𝔘x𝔘y𝔘", Some("a"), 2, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        ("𝔘x𝔘y𝔘", Some("a"), 5, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        ("𝔘x𝔘y𝔘", Some("ab"), -1, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        ("𝔘x𝔘y𝔘", Some("ab"), 0, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        ("𝔘x𝔘y𝔘", Some("ab"), 1, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        ("𝔘x𝔘y𝔘", Some("ab"), 2, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        ("𝔘x𝔘y𝔘", Some("ab"), 5, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        ("𝔘x𝔘y𝔘", Some("bca"), -1, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        ("𝔘x𝔘y𝔘", Some("bca"), 0, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        ("𝔘x𝔘y𝔘", Some("bca"), 1, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        ("𝔘x𝔘y𝔘", Some("bca"), 2, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        ("𝔘x𝔘y𝔘", Some("bca"), 5, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        (
            "𝔘x𝔘y𝔘",
            Some("𝔘"),
            -1,
            Some(&["", "x", "y", ""]),
            Some(&["", "x", "y", ""]),
        ),
        ("𝔘x𝔘y𝔘", Some("𝔘"), 0, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        (
            "𝔘x𝔘y𝔘",
            Some("𝔘"),
            1,
            Some(&["", "x𝔘y𝔘"]),
            Some(&["𝔘x𝔘y", ""]),
        ),
        (
            "𝔘x𝔘y𝔘",
            Some("𝔘"),
            2,
            Some(&["", "x", "y𝔘"]),
            Some(&["𝔘x", "y", ""]),
        ),
        (
            "𝔘x𝔘y𝔘",
            Some("𝔘"),
            5,
            Some(&["", "x", "y", ""]),
            Some(&["", "x", "y", ""]),
        ),
        (
            "𝔘x𝔘y𝔘",
            Some("\u{10FFFD}D800"),
            -1,
            Some(&["𝔘x𝔘y𝔘"]),
            Some(&["𝔘x𝔘y𝔘"]),
        ),
        (
            "𝔘x𝔘y𝔘",
            Some("\u{10FFFD}D800"),
            0,
            Some(&["𝔘x𝔘y𝔘"]),
            Some(&["𝔘x𝔘y𝔘"]),
        ),
        (
            "𝔘x𝔘y𝔘",
            Some("\u{10FFFD}D800"),
            1,
            Some(&["𝔘x𝔘y𝔘"]),
            Some(&["𝔘x𝔘y𝔘"]),
        ),
        (
            "𝔘x𝔘y𝔘",
            Some("\u{10FFFD}D800"),
            2,
            Some(&["𝔘x𝔘y𝔘"]),
            Some(&["𝔘x𝔘y𝔘"]),
        ),
        (
            "𝔘x𝔘y𝔘",
            Some("\u{10FFFD}D800"),
            5,
            Some(&["𝔘x𝔘y𝔘"]),
            Some(&["𝔘x𝔘y𝔘"]),
        ),
        ("𝔘x𝔘y𝔘", Some(" "), -1, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        ("𝔘x𝔘y𝔘", Some(" "), 0, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        ("𝔘x𝔘y𝔘", Some(" "), 1, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        ("𝔘x𝔘y𝔘", Some(" "), 2, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        ("𝔘x𝔘y𝔘", Some(" "), 5, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        ("𝔘x𝔘y𝔘", Some("  "), -1, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        ("𝔘x𝔘y𝔘", Some("  "), 0, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        ("𝔘x𝔘y𝔘", Some("  "), 1, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        ("𝔘x𝔘y𝔘", Some("  "), 2, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        ("𝔘x𝔘y𝔘", Some("  "), 5, Some(&["𝔘x𝔘y𝔘"]), Some(&["𝔘x𝔘y𝔘"])),
        ("𝔘x𝔘y𝔘", Some(""), -1, None, None),
        ("𝔘x𝔘y𝔘", Some(""), 0, None, None),
        ("𝔘x𝔘y𝔘", Some(""), 1, None, None),
        ("𝔘x𝔘y𝔘", Some(""), 2, None, None),
        ("𝔘x𝔘y𝔘", Some(""), 5, None, None),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            None,
            -1,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            None,
            0,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            None,
            1,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            None,
            2,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            None,
            5,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some(","),
            -1,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some(","),
            0,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some(","),
            1,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some(","),
            2,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some(","),
            5,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some("a"),
            -1,
            Some(&["", "\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["", "\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some("a"),
            0,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some("a"),
            1,
            Some(&["", "\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["", "\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some("a"),
            2,
            Some(&["", "\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["", "\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some("a"),
            5,
            Some(&["", "\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["", "\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some("ab"),
            -1,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some("ab"),
            0,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some("ab"),
            1,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some("ab"),
            2,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some("ab"),
            5,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some("bca"),
            -1,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some("bca"),
            0,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some("bca"),
            1,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some("bca"),
            2,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some("bca"),
            5,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some("𝔘"),
            -1,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some("𝔘"),
            0,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some("𝔘"),
            1,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some("𝔘"),
            2,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some("𝔘"),
            5,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some("\u{10FFFD}D800"),
            -1,
            Some(&["a", "b", ""]),
            Some(&["a", "b", ""]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some("\u{10FFFD}D800"),
            0,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some("\u{10FFFD}D800"),
            1,
            Some(&["a", "b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b", ""]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some("\u{10FFFD}D800"),
            2,
            Some(&["a", "b", ""]),
            Some(&["a", "b", ""]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some("\u{10FFFD}D800"),
            5,
            Some(&["a", "b", ""]),
            Some(&["a", "b", ""]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some(" "),
            -1,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some(" "),
            0,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some(" "),
            1,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some(" "),
            2,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some(" "),
            5,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some("  "),
            -1,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some("  "),
            0,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some("  "),
            1,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some("  "),
            2,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        (
            "a\u{10FFFD}D800b\u{10FFFD}D800",
            Some("  "),
            5,
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
            Some(&["a\u{10FFFD}D800b\u{10FFFD}D800"]),
        ),
        ("a\u{10FFFD}D800b\u{10FFFD}D800", Some(""), -1, None, None),
        ("a\u{10FFFD}D800b\u{10FFFD}D800", Some(""), 0, None, None),
        ("a\u{10FFFD}D800b\u{10FFFD}D800", Some(""), 1, None, None),
        ("a\u{10FFFD}D800b\u{10FFFD}D800", Some(""), 2, None, None),
        ("a\u{10FFFD}D800b\u{10FFFD}D800", Some(""), 5, None, None),
        (
            "  a b  c  ",
            None,
            -1,
            Some(&["a", "b", "c"]),
            Some(&["a", "b", "c"]),
        ),
        (
            "  a b  c  ",
            None,
            0,
            Some(&["a b  c  "]),
            Some(&["  a b  c"]),
        ),
        (
            "  a b  c  ",
            None,
            1,
            Some(&["a", "b  c  "]),
            Some(&["  a b", "c"]),
        ),
        (
            "  a b  c  ",
            None,
            2,
            Some(&["a", "b", "c  "]),
            Some(&["  a", "b", "c"]),
        ),
        (
            "  a b  c  ",
            None,
            5,
            Some(&["a", "b", "c"]),
            Some(&["a", "b", "c"]),
        ),
        (
            "  a b  c  ",
            Some(","),
            -1,
            Some(&["  a b  c  "]),
            Some(&["  a b  c  "]),
        ),
        (
            "  a b  c  ",
            Some(","),
            0,
            Some(&["  a b  c  "]),
            Some(&["  a b  c  "]),
        ),
        (
            "  a b  c  ",
            Some(","),
            1,
            Some(&["  a b  c  "]),
            Some(&["  a b  c  "]),
        ),
        (
            "  a b  c  ",
            Some(","),
            2,
            Some(&["  a b  c  "]),
            Some(&["  a b  c  "]),
        ),
        (
            "  a b  c  ",
            Some(","),
            5,
            Some(&["  a b  c  "]),
            Some(&["  a b  c  "]),
        ),
        (
            "  a b  c  ",
            Some("a"),
            -1,
            Some(&["  ", " b  c  "]),
            Some(&["  ", " b  c  "]),
        ),
        (
            "  a b  c  ",
            Some("a"),
            0,
            Some(&["  a b  c  "]),
            Some(&["  a b  c  "]),
        ),
        (
            "  a b  c  ",
            Some("a"),
            1,
            Some(&["  ", " b  c  "]),
            Some(&["  ", " b  c  "]),
        ),
        (
            "  a b  c  ",
            Some("a"),
            2,
            Some(&["  ", " b  c  "]),
            Some(&["  ", " b  c  "]),
        ),
        (
            "  a b  c  ",
            Some("a"),
            5,
            Some(&["  ", " b  c  "]),
            Some(&["  ", " b  c  "]),
        ),
        (
            "  a b  c  ",
            Some("ab"),
            -1,
            Some(&["  a b  c  "]),
            Some(&["  a b  c  "]),
        ),
        (
            "  a b  c  ",
            Some("ab"),
            0,
            Some(&["  a b  c  "]),
            Some(&["  a b  c  "]),
        ),
        (
            "  a b  c  ",
            Some("ab"),
            1,
            Some(&["  a b  c  "]),
            Some(&["  a b  c  "]),
        ),
        (
            "  a b  c  ",
            Some("ab"),
            2,
            Some(&["  a b  c  "]),
            Some(&["  a b  c  "]),
        ),
        (
            "  a b  c  ",
            Some("ab"),
            5,
            Some(&["  a b  c  "]),
            Some(&["  a b  c  "]),
        ),
        (
            "  a b  c  ",
            Some("bca"),
            -1,
            Some(&["  a b  c  "]),
            Some(&["  a b  c  "]),
        ),
        (
            "  a b  c  ",
            Some("bca"),
            0,
            Some(&["  a b  c  "]),
            Some(&["  a b  c  "]),
        ),
        (
            "  a b  c  ",
            Some("bca"),
            1,
            Some(&["  a b  c  "]),
            Some(&["  a b  c  "]),
        ),
        (
            "  a b  c  ",
            Some("bca"),
            2,
            Some(&["  a b  c  "]),
            Some(&["  a b  c  "]),
        ),
        (
            "  a b  c  ",
            Some("bca"),
            5,
            Some(&["  a b  c  "]),
            Some(&["  a b  c  "]),
        ),
        (
            "  a b  c  ",
            Some("𝔘"),
            -1,
            Some(&["  a b  c  "]),
            Some(&["  a b  c  "]),
        ),
        (
            "  a b  c  ",
            Some("𝔘"),
            0,
            Some(&["  a b  c  "]),
            Some(&["  a b  c  "]),
        ),
        (
            "  a b  c  ",
            Some("𝔘"),
            1,
            Some(&["  a b  c  "]),
            Some(&["  a b  c  "]),
        ),
        (
            "  a b  c  ",
            Some("𝔘"),
            2,
            Some(&["  a b  c  "]),
            Some(&["  a b  c  "]),
        ),
        (
            "  a b  c  ",
            Some("𝔘"),
            5,
            Some(&["  a b  c  "]),
            Some(&["  a b  c  "]),
        ),
        (
            "  a b  c  ",
            Some("\u{10FFFD}D800"),
            -1,
            Some(&["  a b  c  "]),
            Some(&["  a b  c  "]),
        ),
        (
            "  a b  c  ",
            Some("\u{10FFFD}D800"),
            0,
            Some(&["  a b  c  "]),
            Some(&["  a b  c  "]),
        ),
        (
            "  a b  c  ",
            Some("\u{10FFFD}D800"),
            1,
            Some(&["  a b  c  "]),
            Some(&["  a b  c  "]),
        ),
        (
            "  a b  c  ",
            Some("\u{10FFFD}D800"),
            2,
            Some(&["  a b  c  "]),
            Some(&["  a b  c  "]),
        ),
        (
            "  a b  c  ",
            Some("\u{10FFFD}D800"),
            5,
            Some(&["  a b  c  "]),
            Some(&["  a b  c  "]),
        ),
        (
            "  a b  c  ",
            Some(" "),
            -1,
            Some(&["", "", "a", "b", "", "c", "", ""]),
            Some(&["", "", "a", "b", "", "c", "", ""]),
        ),
        (
            "  a b  c  ",
            Some(" "),
            0,
            Some(&["  a b  c  "]),
            Some(&["  a b  c  "]),
        ),
        (
            "  a b  c  ",
            Some(" "),
            1,
            Some(&["", " a b  c  "]),
            Some(&["  a b  c ", ""]),
        ),
        (
            "  a b  c  ",
            Some(" "),
            2,
            Some(&["", "", "a b  c  "]),
            Some(&["  a b  c", "", ""]),
        ),
        (
            "  a b  c  ",
            Some(" "),
            5,
            Some(&["", "", "a", "b", "", "c  "]),
            Some(&["  a", "b", "", "c", "", ""]),
        ),
        (
            "  a b  c  ",
            Some("  "),
            -1,
            Some(&["", "a b", "c", ""]),
            Some(&["", "a b", "c", ""]),
        ),
        (
            "  a b  c  ",
            Some("  "),
            0,
            Some(&["  a b  c  "]),
            Some(&["  a b  c  "]),
        ),
        (
            "  a b  c  ",
            Some("  "),
            1,
            Some(&["", "a b  c  "]),
            Some(&["  a b  c", ""]),
        ),
        (
            "  a b  c  ",
            Some("  "),
            2,
            Some(&["", "a b", "c  "]),
            Some(&["  a b", "c", ""]),
        ),
        (
            "  a b  c  ",
            Some("  "),
            5,
            Some(&["", "a b", "c", ""]),
            Some(&["", "a b", "c", ""]),
        ),
        ("  a b  c  ", Some(""), -1, None, None),
        ("  a b  c  ", Some(""), 0, None, None),
        ("  a b  c  ", Some(""), 1, None, None),
        ("  a b  c  ", Some(""), 2, None, None),
        ("  a b  c  ", Some(""), 5, None, None),
    ];
    /// (s, splitlines(), splitlines(True)) from python3.12.
    const SPLITLINES: &[(&str, &[&str], &[&str])] = &[
        ("", &[], &[]),
        ("\n", &[""], &["\n"]),
        ("a", &["a"], &["a"]),
        ("a\n", &["a"], &["a\n"]),
        ("a\nb", &["a", "b"], &["a\n", "b"]),
        (
            "a\r\nb\rc\n\nd",
            &["a", "b", "c", "", "d"],
            &["a\r\n", "b\r", "c\n", "\n", "d"],
        ),
        ("\r\r\n\n", &["", "", ""], &["\r", "\r\n", "\n"]),
        (
            "x\u{B}y\u{C}z\u{1C}1\u{1D}2\u{1E}3\u{85}4\u{2028}5\u{2029}6",
            &["x", "y", "z", "1", "2", "3", "4", "5", "6"],
            &[
                "x\u{B}",
                "y\u{C}",
                "z\u{1C}",
                "1\u{1D}",
                "2\u{1E}",
                "3\u{85}",
                "4\u{2028}",
                "5\u{2029}",
                "6",
            ],
        ),
        ("a\u{1F}b\u{85}", &["a\u{1F}b"], &["a\u{1F}b\u{85}"]),
        ("a\r", &["a"], &["a\r"]),
        (
            "line\u{10FFFD}D800\n𝔘",
            &["line\u{10FFFD}D800", "𝔘"],
            &["line\u{10FFFD}D800\n", "𝔘"],
        ),
    ];
    /// (s, old, new, count, result) from python3.12.
    const REPLACES: &[(&str, &str, &str, i64, &str)] = &[
        ("", "", "-", -1, "-"),
        ("", "", "-", 0, ""),
        ("", "", "-", 1, "-"),
        ("", "", "-", 2, "-"),
        ("", "", "-", 10, "-"),
        ("", "a", "", -1, ""),
        ("", "a", "", 0, ""),
        ("", "a", "", 1, ""),
        ("", "a", "", 2, ""),
        ("", "a", "", 10, ""),
        ("", "a", "xy", -1, ""),
        ("", "a", "xy", 0, ""),
        ("", "a", "xy", 1, ""),
        ("", "a", "xy", 2, ""),
        ("", "a", "xy", 10, ""),
        ("", "aa", "b", -1, ""),
        ("", "aa", "b", 0, ""),
        ("", "aa", "b", 1, ""),
        ("", "aa", "b", 2, ""),
        ("", "aa", "b", 10, ""),
        ("", "abc", "𝔘", -1, ""),
        ("", "abc", "𝔘", 0, ""),
        ("", "abc", "𝔘", 1, ""),
        ("", "abc", "𝔘", 2, ""),
        ("", "abc", "𝔘", 10, ""),
        ("", "𝔘", "U", -1, ""),
        ("", "𝔘", "U", 0, ""),
        ("", "𝔘", "U", 1, ""),
        ("", "𝔘", "U", 2, ""),
        ("", "𝔘", "U", 10, ""),
        ("", "\u{10FFFD}D800", "?", -1, ""),
        ("", "\u{10FFFD}D800", "?", 0, ""),
        ("", "\u{10FFFD}D800", "?", 1, ""),
        ("", "\u{10FFFD}D800", "?", 2, ""),
        ("", "\u{10FFFD}D800", "?", 10, ""),
        ("", "zz", "q", -1, ""),
        ("", "zz", "q", 0, ""),
        ("", "zz", "q", 1, ""),
        ("", "zz", "q", 2, ""),
        ("", "zz", "q", 10, ""),
        ("", "", "", -1, ""),
        ("", "", "", 0, ""),
        ("", "", "", 1, ""),
        ("", "", "", 2, ""),
        ("", "", "", 10, ""),
        ("abc", "", "-", -1, "-a-b-c-"),
        ("abc", "", "-", 0, "abc"),
        ("abc", "", "-", 1, "-abc"),
        ("abc", "", "-", 2, "-a-bc"),
        ("abc", "", "-", 10, "-a-b-c-"),
        ("abc", "a", "", -1, "bc"),
        ("abc", "a", "", 0, "abc"),
        ("abc", "a", "", 1, "bc"),
        ("abc", "a", "", 2, "bc"),
        ("abc", "a", "", 10, "bc"),
        ("abc", "a", "xy", -1, "xybc"),
        ("abc", "a", "xy", 0, "abc"),
        ("abc", "a", "xy", 1, "xybc"),
        ("abc", "a", "xy", 2, "xybc"),
        ("abc", "a", "xy", 10, "xybc"),
        ("abc", "aa", "b", -1, "abc"),
        ("abc", "aa", "b", 0, "abc"),
        ("abc", "aa", "b", 1, "abc"),
        ("abc", "aa", "b", 2, "abc"),
        ("abc", "aa", "b", 10, "abc"),
        ("abc", "abc", "𝔘", -1, "𝔘"),
        ("abc", "abc", "𝔘", 0, "abc"),
        ("abc", "abc", "𝔘", 1, "𝔘"),
        ("abc", "abc", "𝔘", 2, "𝔘"),
        ("abc", "abc", "𝔘", 10, "𝔘"),
        ("abc", "𝔘", "U", -1, "abc"),
        ("abc", "𝔘", "U", 0, "abc"),
        ("abc", "𝔘", "U", 1, "abc"),
        ("abc", "𝔘", "U", 2, "abc"),
        ("abc", "𝔘", "U", 10, "abc"),
        ("abc", "\u{10FFFD}D800", "?", -1, "abc"),
        ("abc", "\u{10FFFD}D800", "?", 0, "abc"),
        ("abc", "\u{10FFFD}D800", "?", 1, "abc"),
        ("abc", "\u{10FFFD}D800", "?", 2, "abc"),
        ("abc", "\u{10FFFD}D800", "?", 10, "abc"),
        ("abc", "zz", "q", -1, "abc"),
        ("abc", "zz", "q", 0, "abc"),
        ("abc", "zz", "q", 1, "abc"),
        ("abc", "zz", "q", 2, "abc"),
        ("abc", "zz", "q", 10, "abc"),
        ("abc", "", "", -1, "abc"),
        ("abc", "", "", 0, "abc"),
        ("abc", "", "", 1, "abc"),
        ("abc", "", "", 2, "abc"),
        ("abc", "", "", 10, "abc"),
        ("aaaa", "", "-", -1, "-a-a-a-a-"),
        ("aaaa", "", "-", 0, "aaaa"),
        ("aaaa", "", "-", 1, "-aaaa"),
        ("aaaa", "", "-", 2, "-a-aaa"),
        ("aaaa", "", "-", 10, "-a-a-a-a-"),
        ("aaaa", "a", "", -1, ""),
        ("aaaa", "a", "", 0, "aaaa"),
        ("aaaa", "a", "", 1, "aaa"),
        ("aaaa", "a", "", 2, "aa"),
        ("aaaa", "a", "", 10, ""),
        ("aaaa", "a", "xy", -1, "xyxyxyxy"),
        ("aaaa", "a", "xy", 0, "aaaa"),
        ("aaaa", "a", "xy", 1, "xyaaa"),
        ("aaaa", "a", "xy", 2, "xyxyaa"),
        ("aaaa", "a", "xy", 10, "xyxyxyxy"),
        ("aaaa", "aa", "b", -1, "bb"),
        ("aaaa", "aa", "b", 0, "aaaa"),
        ("aaaa", "aa", "b", 1, "baa"),
        ("aaaa", "aa", "b", 2, "bb"),
        ("aaaa", "aa", "b", 10, "bb"),
        ("aaaa", "abc", "𝔘", -1, "aaaa"),
        ("aaaa", "abc", "𝔘", 0, "aaaa"),
        ("aaaa", "abc", "𝔘", 1, "aaaa"),
        ("aaaa", "abc", "𝔘", 2, "aaaa"),
        ("aaaa", "abc", "𝔘", 10, "aaaa"),
        ("aaaa", "𝔘", "U", -1, "aaaa"),
        ("aaaa", "𝔘", "U", 0, "aaaa"),
        ("aaaa", "𝔘", "U", 1, "aaaa"),
        ("aaaa", "𝔘", "U", 2, "aaaa"),
        ("aaaa", "𝔘", "U", 10, "aaaa"),
        ("aaaa", "\u{10FFFD}D800", "?", -1, "aaaa"),
        ("aaaa", "\u{10FFFD}D800", "?", 0, "aaaa"),
        ("aaaa", "\u{10FFFD}D800", "?", 1, "aaaa"),
        ("aaaa", "\u{10FFFD}D800", "?", 2, "aaaa"),
        ("aaaa", "\u{10FFFD}D800", "?", 10, "aaaa"),
        ("aaaa", "zz", "q", -1, "aaaa"),
        ("aaaa", "zz", "q", 0, "aaaa"),
        ("aaaa", "zz", "q", 1, "aaaa"),
        ("aaaa", "zz", "q", 2, "aaaa"),
        ("aaaa", "zz", "q", 10, "aaaa"),
        ("aaaa", "", "", -1, "aaaa"),
        ("aaaa", "", "", 0, "aaaa"),
        ("aaaa", "", "", 1, "aaaa"),
        ("aaaa", "", "", 2, "aaaa"),
        ("aaaa", "", "", 10, "aaaa"),
        ("abcabcabc", "", "-", -1, "-a-b-c-a-b-c-a-b-c-"),
        ("abcabcabc", "", "-", 0, "abcabcabc"),
        ("abcabcabc", "", "-", 1, "-abcabcabc"),
        ("abcabcabc", "", "-", 2, "-a-bcabcabc"),
        ("abcabcabc", "", "-", 10, "-a-b-c-a-b-c-a-b-c-"),
        ("abcabcabc", "a", "", -1, "bcbcbc"),
        ("abcabcabc", "a", "", 0, "abcabcabc"),
        ("abcabcabc", "a", "", 1, "bcabcabc"),
        ("abcabcabc", "a", "", 2, "bcbcabc"),
        ("abcabcabc", "a", "", 10, "bcbcbc"),
        ("abcabcabc", "a", "xy", -1, "xybcxybcxybc"),
        ("abcabcabc", "a", "xy", 0, "abcabcabc"),
        ("abcabcabc", "a", "xy", 1, "xybcabcabc"),
        ("abcabcabc", "a", "xy", 2, "xybcxybcabc"),
        ("abcabcabc", "a", "xy", 10, "xybcxybcxybc"),
        ("abcabcabc", "aa", "b", -1, "abcabcabc"),
        ("abcabcabc", "aa", "b", 0, "abcabcabc"),
        ("abcabcabc", "aa", "b", 1, "abcabcabc"),
        ("abcabcabc", "aa", "b", 2, "abcabcabc"),
        ("abcabcabc", "aa", "b", 10, "abcabcabc"),
        ("abcabcabc", "abc", "𝔘", -1, "𝔘𝔘𝔘"),
        ("abcabcabc", "abc", "𝔘", 0, "abcabcabc"),
        ("abcabcabc", "abc", "𝔘", 1, "𝔘abcabc"),
        ("abcabcabc", "abc", "𝔘", 2, "𝔘𝔘abc"),
        ("abcabcabc", "abc", "𝔘", 10, "𝔘𝔘𝔘"),
        ("abcabcabc", "𝔘", "U", -1, "abcabcabc"),
        ("abcabcabc", "𝔘", "U", 0, "abcabcabc"),
        ("abcabcabc", "𝔘", "U", 1, "abcabcabc"),
        ("abcabcabc", "𝔘", "U", 2, "abcabcabc"),
        ("abcabcabc", "𝔘", "U", 10, "abcabcabc"),
        ("abcabcabc", "\u{10FFFD}D800", "?", -1, "abcabcabc"),
        ("abcabcabc", "\u{10FFFD}D800", "?", 0, "abcabcabc"),
        ("abcabcabc", "\u{10FFFD}D800", "?", 1, "abcabcabc"),
        ("abcabcabc", "\u{10FFFD}D800", "?", 2, "abcabcabc"),
        ("abcabcabc", "\u{10FFFD}D800", "?", 10, "abcabcabc"),
        ("abcabcabc", "zz", "q", -1, "abcabcabc"),
        ("abcabcabc", "zz", "q", 0, "abcabcabc"),
        ("abcabcabc", "zz", "q", 1, "abcabcabc"),
        ("abcabcabc", "zz", "q", 2, "abcabcabc"),
        ("abcabcabc", "zz", "q", 10, "abcabcabc"),
        ("abcabcabc", "", "", -1, "abcabcabc"),
        ("abcabcabc", "", "", 0, "abcabcabc"),
        ("abcabcabc", "", "", 1, "abcabcabc"),
        ("abcabcabc", "", "", 2, "abcabcabc"),
        ("abcabcabc", "", "", 10, "abcabcabc"),
        ("𝔘a𝔘", "", "-", -1, "-𝔘-a-𝔘-"),
        ("𝔘a𝔘", "", "-", 0, "𝔘a𝔘"),
        ("𝔘a𝔘", "", "-", 1, "-𝔘a𝔘"),
        ("𝔘a𝔘", "", "-", 2, "-𝔘-a𝔘"),
        ("𝔘a𝔘", "", "-", 10, "-𝔘-a-𝔘-"),
        ("𝔘a𝔘", "a", "", -1, "𝔘𝔘"),
        ("𝔘a𝔘", "a", "", 0, "𝔘a𝔘"),
        ("𝔘a𝔘", "a", "", 1, "𝔘𝔘"),
        ("𝔘a𝔘", "a", "", 2, "𝔘𝔘"),
        ("𝔘a𝔘", "a", "", 10, "𝔘𝔘"),
        ("𝔘a𝔘", "a", "xy", -1, "𝔘xy𝔘"),
        ("𝔘a𝔘", "a", "xy", 0, "𝔘a𝔘"),
        ("𝔘a𝔘", "a", "xy", 1, "𝔘xy𝔘"),
        ("𝔘a𝔘", "a", "xy", 2, "𝔘xy𝔘"),
        ("𝔘a𝔘", "a", "xy", 10, "𝔘xy𝔘"),
        ("𝔘a𝔘", "aa", "b", -1, "𝔘a𝔘"),
        ("𝔘a𝔘", "aa", "b", 0, "𝔘a𝔘"),
        ("𝔘a𝔘", "aa", "b", 1, "𝔘a𝔘"),
        ("𝔘a𝔘", "aa", "b", 2, "𝔘a𝔘"),
        ("𝔘a𝔘", "aa", "b", 10, "𝔘a𝔘"),
        ("𝔘a𝔘", "abc", "𝔘", -1, "𝔘a𝔘"),
        ("𝔘a𝔘", "abc", "𝔘", 0, "𝔘a𝔘"),
        ("𝔘a𝔘", "abc", "𝔘", 1, "𝔘a𝔘"),
        ("𝔘a𝔘", "abc", "𝔘", 2, "𝔘a𝔘"),
        ("𝔘a𝔘", "abc", "𝔘", 10, "𝔘a𝔘"),
        ("𝔘a𝔘", "𝔘", "U", -1, "UaU"),
        ("𝔘a𝔘", "𝔘", "U", 0, "𝔘a𝔘"),
        ("𝔘a𝔘", "𝔘", "U", 1, "Ua𝔘"),
        ("𝔘a𝔘", "𝔘", "U", 2, "UaU"),
        ("𝔘a𝔘", "𝔘", "U", 10, "UaU"),
        ("𝔘a𝔘", "\u{10FFFD}D800", "?", -1, "𝔘a𝔘"),
        ("𝔘a𝔘", "\u{10FFFD}D800", "?", 0, "𝔘a𝔘"),
        ("𝔘a𝔘", "\u{10FFFD}D800", "?", 1, "𝔘a𝔘"),
        ("𝔘a𝔘", "\u{10FFFD}D800", "?", 2, "𝔘a𝔘"),
        ("𝔘a𝔘", "\u{10FFFD}D800", "?", 10, "𝔘a𝔘"),
        ("𝔘a𝔘", "zz", "q", -1, "𝔘a𝔘"),
        ("𝔘a𝔘", "zz", "q", 0, "𝔘a𝔘"),
        ("𝔘a𝔘", "zz", "q", 1, "𝔘a𝔘"),
        ("𝔘a𝔘", "zz", "q", 2, "𝔘a𝔘"),
        ("𝔘a𝔘", "zz", "q", 10, "𝔘a𝔘"),
        ("𝔘a𝔘", "", "", -1, "𝔘a𝔘"),
        ("𝔘a𝔘", "", "", 0, "𝔘a𝔘"),
        ("𝔘a𝔘", "", "", 1, "𝔘a𝔘"),
        ("𝔘a𝔘", "", "", 2, "𝔘a𝔘"),
        ("𝔘a𝔘", "", "", 10, "𝔘a𝔘"),
        ("a\u{10FFFD}D800a", "", "-", -1, "-a-\u{10FFFD}D800-a-"),
        ("a\u{10FFFD}D800a", "", "-", 0, "a\u{10FFFD}D800a"),
        ("a\u{10FFFD}D800a", "", "-", 1, "-a\u{10FFFD}D800a"),
        ("a\u{10FFFD}D800a", "", "-", 2, "-a-\u{10FFFD}D800a"),
        ("a\u{10FFFD}D800a", "", "-", 10, "-a-\u{10FFFD}D800-a-"),
        ("a\u{10FFFD}D800a", "a", "", -1, "\u{10FFFD}D800"),
        ("a\u{10FFFD}D800a", "a", "", 0, "a\u{10FFFD}D800a"),
        ("a\u{10FFFD}D800a", "a", "", 1, "\u{10FFFD}D800a"),
        ("a\u{10FFFD}D800a", "a", "", 2, "\u{10FFFD}D800"),
        ("a\u{10FFFD}D800a", "a", "", 10, "\u{10FFFD}D800"),
        ("a\u{10FFFD}D800a", "a", "xy", -1, "xy\u{10FFFD}D800xy"),
        ("a\u{10FFFD}D800a", "a", "xy", 0, "a\u{10FFFD}D800a"),
        ("a\u{10FFFD}D800a", "a", "xy", 1, "xy\u{10FFFD}D800a"),
        ("a\u{10FFFD}D800a", "a", "xy", 2, "xy\u{10FFFD}D800xy"),
        ("a\u{10FFFD}D800a", "a", "xy", 10, "xy\u{10FFFD}D800xy"),
        ("a\u{10FFFD}D800a", "aa", "b", -1, "a\u{10FFFD}D800a"),
        ("a\u{10FFFD}D800a", "aa", "b", 0, "a\u{10FFFD}D800a"),
        ("a\u{10FFFD}D800a", "aa", "b", 1, "a\u{10FFFD}D800a"),
        ("a\u{10FFFD}D800a", "aa", "b", 2, "a\u{10FFFD}D800a"),
        ("a\u{10FFFD}D800a", "aa", "b", 10, "a\u{10FFFD}D800a"),
        ("a\u{10FFFD}D800a", "abc", "𝔘", -1, "a\u{10FFFD}D800a"),
        ("a\u{10FFFD}D800a", "abc", "𝔘", 0, "a\u{10FFFD}D800a"),
        ("a\u{10FFFD}D800a", "abc", "𝔘", 1, "a\u{10FFFD}D800a"),
        ("a\u{10FFFD}D800a", "abc", "𝔘", 2, "a\u{10FFFD}D800a"),
        ("a\u{10FFFD}D800a", "abc", "𝔘", 10, "a\u{10FFFD}D800a"),
        ("a\u{10FFFD}D800a", "𝔘", "U", -1, "a\u{10FFFD}D800a"),
        ("a\u{10FFFD}D800a", "𝔘", "U", 0, "a\u{10FFFD}D800a"),
        ("a\u{10FFFD}D800a", "𝔘", "U", 1, "a\u{10FFFD}D800a"),
        ("a\u{10FFFD}D800a", "𝔘", "U", 2, "a\u{10FFFD}D800a"),
        ("a\u{10FFFD}D800a", "𝔘", "U", 10, "a\u{10FFFD}D800a"),
        ("a\u{10FFFD}D800a", "\u{10FFFD}D800", "?", -1, "a?a"),
        (
            "a\u{10FFFD}D800a",
            "\u{10FFFD}D800",
            "?",
            0,
            "a\u{10FFFD}D800a",
        ),
        ("a\u{10FFFD}D800a", "\u{10FFFD}D800", "?", 1, "a?a"),
        ("a\u{10FFFD}D800a", "\u{10FFFD}D800", "?", 2, "a?a"),
        ("a\u{10FFFD}D800a", "\u{10FFFD}D800", "?", 10, "a?a"),
        ("a\u{10FFFD}D800a", "zz", "q", -1, "a\u{10FFFD}D800a"),
        ("a\u{10FFFD}D800a", "zz", "q", 0, "a\u{10FFFD}D800a"),
        ("a\u{10FFFD}D800a", "zz", "q", 1, "a\u{10FFFD}D800a"),
        ("a\u{10FFFD}D800a", "zz", "q", 2, "a\u{10FFFD}D800a"),
        ("a\u{10FFFD}D800a", "zz", "q", 10, "a\u{10FFFD}D800a"),
        ("a\u{10FFFD}D800a", "", "", -1, "a\u{10FFFD}D800a"),
        ("a\u{10FFFD}D800a", "", "", 0, "a\u{10FFFD}D800a"),
        ("a\u{10FFFD}D800a", "", "", 1, "a\u{10FFFD}D800a"),
        ("a\u{10FFFD}D800a", "", "", 2, "a\u{10FFFD}D800a"),
        ("a\u{10FFFD}D800a", "", "", 10, "a\u{10FFFD}D800a"),
    ];
    /// (s, sub, start, end, find, rfind, count, startswith, endswith) from python3.12.
    type FindRow = (
        &'static str,
        &'static str,
        Option<i64>,
        Option<i64>,
        i64,
        i64,
        usize,
        bool,
        bool,
    );
    const FINDS: &[FindRow] = &[
        ("abc", "", None, None, 0, 3, 4, true, true),
        ("abc", "", Some(5), None, -1, -1, 0, false, false),
        ("abc", "", Some(3), None, 3, 3, 1, true, true),
        ("abc", "", Some(4), None, -1, -1, 0, false, false),
        ("abc", "", Some(2), Some(1), -1, -1, 0, false, false),
        ("abc", "", Some(-2), None, 1, 3, 3, true, true),
        ("abc", "", None, Some(-1), 0, 2, 3, true, true),
        ("abc", "", Some(1), Some(2), 1, 2, 2, true, true),
        ("abc", "", Some(-100), Some(100), 0, 3, 4, true, true),
        ("abc", "", Some(0), Some(0), 0, 0, 1, true, true),
        ("abc", "", Some(1), Some(-1), 1, 2, 2, true, true),
        ("abc", "", Some(-1), Some(-1), 2, 2, 1, true, true),
        ("abc", "", None, Some(2), 0, 2, 3, true, true),
        ("abc", "", Some(6), Some(6), -1, -1, 0, false, false),
        ("abc", "", Some(3), Some(3), 3, 3, 1, true, true),
        ("abc", "a", None, None, 0, 0, 1, true, false),
        ("abc", "a", Some(5), None, -1, -1, 0, false, false),
        ("abc", "a", Some(3), None, -1, -1, 0, false, false),
        ("abc", "a", Some(4), None, -1, -1, 0, false, false),
        ("abc", "a", Some(2), Some(1), -1, -1, 0, false, false),
        ("abc", "a", Some(-2), None, -1, -1, 0, false, false),
        ("abc", "a", None, Some(-1), 0, 0, 1, true, false),
        ("abc", "a", Some(1), Some(2), -1, -1, 0, false, false),
        ("abc", "a", Some(-100), Some(100), 0, 0, 1, true, false),
        ("abc", "a", Some(0), Some(0), -1, -1, 0, false, false),
        ("abc", "a", Some(1), Some(-1), -1, -1, 0, false, false),
        ("abc", "a", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("abc", "a", None, Some(2), 0, 0, 1, true, false),
        ("abc", "a", Some(6), Some(6), -1, -1, 0, false, false),
        ("abc", "a", Some(3), Some(3), -1, -1, 0, false, false),
        ("abc", "b", None, None, 1, 1, 1, false, false),
        ("abc", "b", Some(5), None, -1, -1, 0, false, false),
        ("abc", "b", Some(3), None, -1, -1, 0, false, false),
        ("abc", "b", Some(4), None, -1, -1, 0, false, false),
        ("abc", "b", Some(2), Some(1), -1, -1, 0, false, false),
        ("abc", "b", Some(-2), None, 1, 1, 1, true, false),
        ("abc", "b", None, Some(-1), 1, 1, 1, false, true),
        ("abc", "b", Some(1), Some(2), 1, 1, 1, true, true),
        ("abc", "b", Some(-100), Some(100), 1, 1, 1, false, false),
        ("abc", "b", Some(0), Some(0), -1, -1, 0, false, false),
        ("abc", "b", Some(1), Some(-1), 1, 1, 1, true, true),
        ("abc", "b", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("abc", "b", None, Some(2), 1, 1, 1, false, true),
        ("abc", "b", Some(6), Some(6), -1, -1, 0, false, false),
        ("abc", "b", Some(3), Some(3), -1, -1, 0, false, false),
        ("abc", "c", None, None, 2, 2, 1, false, true),
        ("abc", "c", Some(5), None, -1, -1, 0, false, false),
        ("abc", "c", Some(3), None, -1, -1, 0, false, false),
        ("abc", "c", Some(4), None, -1, -1, 0, false, false),
        ("abc", "c", Some(2), Some(1), -1, -1, 0, false, false),
        ("abc", "c", Some(-2), None, 2, 2, 1, false, true),
        ("abc", "c", None, Some(-1), -1, -1, 0, false, false),
        ("abc", "c", Some(1), Some(2), -1, -1, 0, false, false),
        ("abc", "c", Some(-100), Some(100), 2, 2, 1, false, true),
        ("abc", "c", Some(0), Some(0), -1, -1, 0, false, false),
        ("abc", "c", Some(1), Some(-1), -1, -1, 0, false, false),
        ("abc", "c", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("abc", "c", None, Some(2), -1, -1, 0, false, false),
        ("abc", "c", Some(6), Some(6), -1, -1, 0, false, false),
        ("abc", "c", Some(3), Some(3), -1, -1, 0, false, false),
        ("abc", "bc", None, None, 1, 1, 1, false, true),
        ("abc", "bc", Some(5), None, -1, -1, 0, false, false),
        ("abc", "bc", Some(3), None, -1, -1, 0, false, false),
        ("abc", "bc", Some(4), None, -1, -1, 0, false, false),
        ("abc", "bc", Some(2), Some(1), -1, -1, 0, false, false),
        ("abc", "bc", Some(-2), None, 1, 1, 1, true, true),
        ("abc", "bc", None, Some(-1), -1, -1, 0, false, false),
        ("abc", "bc", Some(1), Some(2), -1, -1, 0, false, false),
        ("abc", "bc", Some(-100), Some(100), 1, 1, 1, false, true),
        ("abc", "bc", Some(0), Some(0), -1, -1, 0, false, false),
        ("abc", "bc", Some(1), Some(-1), -1, -1, 0, false, false),
        ("abc", "bc", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("abc", "bc", None, Some(2), -1, -1, 0, false, false),
        ("abc", "bc", Some(6), Some(6), -1, -1, 0, false, false),
        ("abc", "bc", Some(3), Some(3), -1, -1, 0, false, false),
        ("abc", "abc", None, None, 0, 0, 1, true, true),
        ("abc", "abc", Some(5), None, -1, -1, 0, false, false),
        ("abc", "abc", Some(3), None, -1, -1, 0, false, false),
        ("abc", "abc", Some(4), None, -1, -1, 0, false, false),
        ("abc", "abc", Some(2), Some(1), -1, -1, 0, false, false),
        ("abc", "abc", Some(-2), None, -1, -1, 0, false, false),
        ("abc", "abc", None, Some(-1), -1, -1, 0, false, false),
        ("abc", "abc", Some(1), Some(2), -1, -1, 0, false, false),
        ("abc", "abc", Some(-100), Some(100), 0, 0, 1, true, true),
        ("abc", "abc", Some(0), Some(0), -1, -1, 0, false, false),
        ("abc", "abc", Some(1), Some(-1), -1, -1, 0, false, false),
        ("abc", "abc", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("abc", "abc", None, Some(2), -1, -1, 0, false, false),
        ("abc", "abc", Some(6), Some(6), -1, -1, 0, false, false),
        ("abc", "abc", Some(3), Some(3), -1, -1, 0, false, false),
        ("abc", "ca", None, None, -1, -1, 0, false, false),
        ("abc", "ca", Some(5), None, -1, -1, 0, false, false),
        ("abc", "ca", Some(3), None, -1, -1, 0, false, false),
        ("abc", "ca", Some(4), None, -1, -1, 0, false, false),
        ("abc", "ca", Some(2), Some(1), -1, -1, 0, false, false),
        ("abc", "ca", Some(-2), None, -1, -1, 0, false, false),
        ("abc", "ca", None, Some(-1), -1, -1, 0, false, false),
        ("abc", "ca", Some(1), Some(2), -1, -1, 0, false, false),
        ("abc", "ca", Some(-100), Some(100), -1, -1, 0, false, false),
        ("abc", "ca", Some(0), Some(0), -1, -1, 0, false, false),
        ("abc", "ca", Some(1), Some(-1), -1, -1, 0, false, false),
        ("abc", "ca", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("abc", "ca", None, Some(2), -1, -1, 0, false, false),
        ("abc", "ca", Some(6), Some(6), -1, -1, 0, false, false),
        ("abc", "ca", Some(3), Some(3), -1, -1, 0, false, false),
        ("abc", "x", None, None, -1, -1, 0, false, false),
        ("abc", "x", Some(5), None, -1, -1, 0, false, false),
        ("abc", "x", Some(3), None, -1, -1, 0, false, false),
        ("abc", "x", Some(4), None, -1, -1, 0, false, false),
        ("abc", "x", Some(2), Some(1), -1, -1, 0, false, false),
        ("abc", "x", Some(-2), None, -1, -1, 0, false, false),
        ("abc", "x", None, Some(-1), -1, -1, 0, false, false),
        ("abc", "x", Some(1), Some(2), -1, -1, 0, false, false),
        ("abc", "x", Some(-100), Some(100), -1, -1, 0, false, false),
        ("abc", "x", Some(0), Some(0), -1, -1, 0, false, false),
        ("abc", "x", Some(1), Some(-1), -1, -1, 0, false, false),
        ("abc", "x", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("abc", "x", None, Some(2), -1, -1, 0, false, false),
        ("abc", "x", Some(6), Some(6), -1, -1, 0, false, false),
        ("abc", "x", Some(3), Some(3), -1, -1, 0, false, false),
        ("abc", "𝔘b", None, None, -1, -1, 0, false, false),
        ("abc", "𝔘b", Some(5), None, -1, -1, 0, false, false),
        ("abc", "𝔘b", Some(3), None, -1, -1, 0, false, false),
        ("abc", "𝔘b", Some(4), None, -1, -1, 0, false, false),
        ("abc", "𝔘b", Some(2), Some(1), -1, -1, 0, false, false),
        ("abc", "𝔘b", Some(-2), None, -1, -1, 0, false, false),
        ("abc", "𝔘b", None, Some(-1), -1, -1, 0, false, false),
        ("abc", "𝔘b", Some(1), Some(2), -1, -1, 0, false, false),
        ("abc", "𝔘b", Some(-100), Some(100), -1, -1, 0, false, false),
        ("abc", "𝔘b", Some(0), Some(0), -1, -1, 0, false, false),
        ("abc", "𝔘b", Some(1), Some(-1), -1, -1, 0, false, false),
        ("abc", "𝔘b", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("abc", "𝔘b", None, Some(2), -1, -1, 0, false, false),
        ("abc", "𝔘b", Some(6), Some(6), -1, -1, 0, false, false),
        ("abc", "𝔘b", Some(3), Some(3), -1, -1, 0, false, false),
        (
            "abc",
            "\u{10FFFD}D800a",
            None,
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "abc",
            "\u{10FFFD}D800a",
            Some(5),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "abc",
            "\u{10FFFD}D800a",
            Some(3),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "abc",
            "\u{10FFFD}D800a",
            Some(4),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "abc",
            "\u{10FFFD}D800a",
            Some(2),
            Some(1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "abc",
            "\u{10FFFD}D800a",
            Some(-2),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "abc",
            "\u{10FFFD}D800a",
            None,
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "abc",
            "\u{10FFFD}D800a",
            Some(1),
            Some(2),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "abc",
            "\u{10FFFD}D800a",
            Some(-100),
            Some(100),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "abc",
            "\u{10FFFD}D800a",
            Some(0),
            Some(0),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "abc",
            "\u{10FFFD}D800a",
            Some(1),
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "abc",
            "\u{10FFFD}D800a",
            Some(-1),
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "abc",
            "\u{10FFFD}D800a",
            None,
            Some(2),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "abc",
            "\u{10FFFD}D800a",
            Some(6),
            Some(6),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "abc",
            "\u{10FFFD}D800a",
            Some(3),
            Some(3),
            -1,
            -1,
            0,
            false,
            false,
        ),
        ("abc", "abcabcd", None, None, -1, -1, 0, false, false),
        ("abc", "abcabcd", Some(5), None, -1, -1, 0, false, false),
        ("abc", "abcabcd", Some(3), None, -1, -1, 0, false, false),
        ("abc", "abcabcd", Some(4), None, -1, -1, 0, false, false),
        ("abc", "abcabcd", Some(2), Some(1), -1, -1, 0, false, false),
        ("abc", "abcabcd", Some(-2), None, -1, -1, 0, false, false),
        ("abc", "abcabcd", None, Some(-1), -1, -1, 0, false, false),
        ("abc", "abcabcd", Some(1), Some(2), -1, -1, 0, false, false),
        (
            "abc",
            "abcabcd",
            Some(-100),
            Some(100),
            -1,
            -1,
            0,
            false,
            false,
        ),
        ("abc", "abcabcd", Some(0), Some(0), -1, -1, 0, false, false),
        ("abc", "abcabcd", Some(1), Some(-1), -1, -1, 0, false, false),
        (
            "abc",
            "abcabcd",
            Some(-1),
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        ("abc", "abcabcd", None, Some(2), -1, -1, 0, false, false),
        ("abc", "abcabcd", Some(6), Some(6), -1, -1, 0, false, false),
        ("abc", "abcabcd", Some(3), Some(3), -1, -1, 0, false, false),
        ("", "", None, None, 0, 0, 1, true, true),
        ("", "", Some(5), None, -1, -1, 0, false, false),
        ("", "", Some(3), None, -1, -1, 0, false, false),
        ("", "", Some(4), None, -1, -1, 0, false, false),
        ("", "", Some(2), Some(1), -1, -1, 0, false, false),
        ("", "", Some(-2), None, 0, 0, 1, true, true),
        ("", "", None, Some(-1), 0, 0, 1, true, true),
        ("", "", Some(1), Some(2), -1, -1, 0, false, false),
        ("", "", Some(-100), Some(100), 0, 0, 1, true, true),
        ("", "", Some(0), Some(0), 0, 0, 1, true, true),
        ("", "", Some(1), Some(-1), -1, -1, 0, false, false),
        ("", "", Some(-1), Some(-1), 0, 0, 1, true, true),
        ("", "", None, Some(2), 0, 0, 1, true, true),
        ("", "", Some(6), Some(6), -1, -1, 0, false, false),
        ("", "", Some(3), Some(3), -1, -1, 0, false, false),
        ("", "a", None, None, -1, -1, 0, false, false),
        ("", "a", Some(5), None, -1, -1, 0, false, false),
        ("", "a", Some(3), None, -1, -1, 0, false, false),
        ("", "a", Some(4), None, -1, -1, 0, false, false),
        ("", "a", Some(2), Some(1), -1, -1, 0, false, false),
        ("", "a", Some(-2), None, -1, -1, 0, false, false),
        ("", "a", None, Some(-1), -1, -1, 0, false, false),
        ("", "a", Some(1), Some(2), -1, -1, 0, false, false),
        ("", "a", Some(-100), Some(100), -1, -1, 0, false, false),
        ("", "a", Some(0), Some(0), -1, -1, 0, false, false),
        ("", "a", Some(1), Some(-1), -1, -1, 0, false, false),
        ("", "a", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("", "a", None, Some(2), -1, -1, 0, false, false),
        ("", "a", Some(6), Some(6), -1, -1, 0, false, false),
        ("", "a", Some(3), Some(3), -1, -1, 0, false, false),
        ("", "b", None, None, -1, -1, 0, false, false),
        ("", "b", Some(5), None, -1, -1, 0, false, false),
        ("", "b", Some(3), None, -1, -1, 0, false, false),
        ("", "b", Some(4), None, -1, -1, 0, false, false),
        ("", "b", Some(2), Some(1), -1, -1, 0, false, false),
        ("", "b", Some(-2), None, -1, -1, 0, false, false),
        ("", "b", None, Some(-1), -1, -1, 0, false, false),
        ("", "b", Some(1), Some(2), -1, -1, 0, false, false),
        ("", "b", Some(-100), Some(100), -1, -1, 0, false, false),
        ("", "b", Some(0), Some(0), -1, -1, 0, false, false),
        ("", "b", Some(1), Some(-1), -1, -1, 0, false, false),
        ("", "b", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("", "b", None, Some(2), -1, -1, 0, false, false),
        ("", "b", Some(6), Some(6), -1, -1, 0, false, false),
        ("", "b", Some(3), Some(3), -1, -1, 0, false, false),
        ("", "c", None, None, -1, -1, 0, false, false),
        ("", "c", Some(5), None, -1, -1, 0, false, false),
        ("", "c", Some(3), None, -1, -1, 0, false, false),
        ("", "c", Some(4), None, -1, -1, 0, false, false),
        ("", "c", Some(2), Some(1), -1, -1, 0, false, false),
        ("", "c", Some(-2), None, -1, -1, 0, false, false),
        ("", "c", None, Some(-1), -1, -1, 0, false, false),
        ("", "c", Some(1), Some(2), -1, -1, 0, false, false),
        ("", "c", Some(-100), Some(100), -1, -1, 0, false, false),
        ("", "c", Some(0), Some(0), -1, -1, 0, false, false),
        ("", "c", Some(1), Some(-1), -1, -1, 0, false, false),
        ("", "c", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("", "c", None, Some(2), -1, -1, 0, false, false),
        ("", "c", Some(6), Some(6), -1, -1, 0, false, false),
        ("", "c", Some(3), Some(3), -1, -1, 0, false, false),
        ("", "bc", None, None, -1, -1, 0, false, false),
        ("", "bc", Some(5), None, -1, -1, 0, false, false),
        ("", "bc", Some(3), None, -1, -1, 0, false, false),
        ("", "bc", Some(4), None, -1, -1, 0, false, false),
        ("", "bc", Some(2), Some(1), -1, -1, 0, false, false),
        ("", "bc", Some(-2), None, -1, -1, 0, false, false),
        ("", "bc", None, Some(-1), -1, -1, 0, false, false),
        ("", "bc", Some(1), Some(2), -1, -1, 0, false, false),
        ("", "bc", Some(-100), Some(100), -1, -1, 0, false, false),
        ("", "bc", Some(0), Some(0), -1, -1, 0, false, false),
        ("", "bc", Some(1), Some(-1), -1, -1, 0, false, false),
        ("", "bc", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("", "bc", None, Some(2), -1, -1, 0, false, false),
        ("", "bc", Some(6), Some(6), -1, -1, 0, false, false),
        ("", "bc", Some(3), Some(3), -1, -1, 0, false, false),
        ("", "abc", None, None, -1, -1, 0, false, false),
        ("", "abc", Some(5), None, -1, -1, 0, false, false),
        ("", "abc", Some(3), None, -1, -1, 0, false, false),
        ("", "abc", Some(4), None, -1, -1, 0, false, false),
        ("", "abc", Some(2), Some(1), -1, -1, 0, false, false),
        ("", "abc", Some(-2), None, -1, -1, 0, false, false),
        ("", "abc", None, Some(-1), -1, -1, 0, false, false),
        ("", "abc", Some(1), Some(2), -1, -1, 0, false, false),
        ("", "abc", Some(-100), Some(100), -1, -1, 0, false, false),
        ("", "abc", Some(0), Some(0), -1, -1, 0, false, false),
        ("", "abc", Some(1), Some(-1), -1, -1, 0, false, false),
        ("", "abc", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("", "abc", None, Some(2), -1, -1, 0, false, false),
        ("", "abc", Some(6), Some(6), -1, -1, 0, false, false),
        ("", "abc", Some(3), Some(3), -1, -1, 0, false, false),
        ("", "ca", None, None, -1, -1, 0, false, false),
        ("", "ca", Some(5), None, -1, -1, 0, false, false),
        ("", "ca", Some(3), None, -1, -1, 0, false, false),
        ("", "ca", Some(4), None, -1, -1, 0, false, false),
        ("", "ca", Some(2), Some(1), -1, -1, 0, false, false),
        ("", "ca", Some(-2), None, -1, -1, 0, false, false),
        ("", "ca", None, Some(-1), -1, -1, 0, false, false),
        ("", "ca", Some(1), Some(2), -1, -1, 0, false, false),
        ("", "ca", Some(-100), Some(100), -1, -1, 0, false, false),
        ("", "ca", Some(0), Some(0), -1, -1, 0, false, false),
        ("", "ca", Some(1), Some(-1), -1, -1, 0, false, false),
        ("", "ca", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("", "ca", None, Some(2), -1, -1, 0, false, false),
        ("", "ca", Some(6), Some(6), -1, -1, 0, false, false),
        ("", "ca", Some(3), Some(3), -1, -1, 0, false, false),
        ("", "x", None, None, -1, -1, 0, false, false),
        ("", "x", Some(5), None, -1, -1, 0, false, false),
        ("", "x", Some(3), None, -1, -1, 0, false, false),
        ("", "x", Some(4), None, -1, -1, 0, false, false),
        ("", "x", Some(2), Some(1), -1, -1, 0, false, false),
        ("", "x", Some(-2), None, -1, -1, 0, false, false),
        ("", "x", None, Some(-1), -1, -1, 0, false, false),
        ("", "x", Some(1), Some(2), -1, -1, 0, false, false),
        ("", "x", Some(-100), Some(100), -1, -1, 0, false, false),
        ("", "x", Some(0), Some(0), -1, -1, 0, false, false),
        ("", "x", Some(1), Some(-1), -1, -1, 0, false, false),
        ("", "x", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("", "x", None, Some(2), -1, -1, 0, false, false),
        ("", "x", Some(6), Some(6), -1, -1, 0, false, false),
        ("", "x", Some(3), Some(3), -1, -1, 0, false, false),
        ("", "𝔘b", None, None, -1, -1, 0, false, false),
        ("", "𝔘b", Some(5), None, -1, -1, 0, false, false),
        ("", "𝔘b", Some(3), None, -1, -1, 0, false, false),
        ("", "𝔘b", Some(4), None, -1, -1, 0, false, false),
        ("", "𝔘b", Some(2), Some(1), -1, -1, 0, false, false),
        ("", "𝔘b", Some(-2), None, -1, -1, 0, false, false),
        ("", "𝔘b", None, Some(-1), -1, -1, 0, false, false),
        ("", "𝔘b", Some(1), Some(2), -1, -1, 0, false, false),
        ("", "𝔘b", Some(-100), Some(100), -1, -1, 0, false, false),
        ("", "𝔘b", Some(0), Some(0), -1, -1, 0, false, false),
        ("", "𝔘b", Some(1), Some(-1), -1, -1, 0, false, false),
        ("", "𝔘b", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("", "𝔘b", None, Some(2), -1, -1, 0, false, false),
        ("", "𝔘b", Some(6), Some(6), -1, -1, 0, false, false),
        ("", "𝔘b", Some(3), Some(3), -1, -1, 0, false, false),
        ("", "\u{10FFFD}D800a", None, None, -1, -1, 0, false, false),
        (
            "",
            "\u{10FFFD}D800a",
            Some(5),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "",
            "\u{10FFFD}D800a",
            Some(3),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "",
            "\u{10FFFD}D800a",
            Some(4),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "",
            "\u{10FFFD}D800a",
            Some(2),
            Some(1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "",
            "\u{10FFFD}D800a",
            Some(-2),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "",
            "\u{10FFFD}D800a",
            None,
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "",
            "\u{10FFFD}D800a",
            Some(1),
            Some(2),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "",
            "\u{10FFFD}D800a",
            Some(-100),
            Some(100),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "",
            "\u{10FFFD}D800a",
            Some(0),
            Some(0),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "",
            "\u{10FFFD}D800a",
            Some(1),
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "",
            "\u{10FFFD}D800a",
            Some(-1),
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "",
            "\u{10FFFD}D800a",
            None,
            Some(2),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "",
            "\u{10FFFD}D800a",
            Some(6),
            Some(6),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "",
            "\u{10FFFD}D800a",
            Some(3),
            Some(3),
            -1,
            -1,
            0,
            false,
            false,
        ),
        ("", "abcabcd", None, None, -1, -1, 0, false, false),
        ("", "abcabcd", Some(5), None, -1, -1, 0, false, false),
        ("", "abcabcd", Some(3), None, -1, -1, 0, false, false),
        ("", "abcabcd", Some(4), None, -1, -1, 0, false, false),
        ("", "abcabcd", Some(2), Some(1), -1, -1, 0, false, false),
        ("", "abcabcd", Some(-2), None, -1, -1, 0, false, false),
        ("", "abcabcd", None, Some(-1), -1, -1, 0, false, false),
        ("", "abcabcd", Some(1), Some(2), -1, -1, 0, false, false),
        (
            "",
            "abcabcd",
            Some(-100),
            Some(100),
            -1,
            -1,
            0,
            false,
            false,
        ),
        ("", "abcabcd", Some(0), Some(0), -1, -1, 0, false, false),
        ("", "abcabcd", Some(1), Some(-1), -1, -1, 0, false, false),
        ("", "abcabcd", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("", "abcabcd", None, Some(2), -1, -1, 0, false, false),
        ("", "abcabcd", Some(6), Some(6), -1, -1, 0, false, false),
        ("", "abcabcd", Some(3), Some(3), -1, -1, 0, false, false),
        ("abcabc", "", None, None, 0, 6, 7, true, true),
        ("abcabc", "", Some(5), None, 5, 6, 2, true, true),
        ("abcabc", "", Some(3), None, 3, 6, 4, true, true),
        ("abcabc", "", Some(4), None, 4, 6, 3, true, true),
        ("abcabc", "", Some(2), Some(1), -1, -1, 0, false, false),
        ("abcabc", "", Some(-2), None, 4, 6, 3, true, true),
        ("abcabc", "", None, Some(-1), 0, 5, 6, true, true),
        ("abcabc", "", Some(1), Some(2), 1, 2, 2, true, true),
        ("abcabc", "", Some(-100), Some(100), 0, 6, 7, true, true),
        ("abcabc", "", Some(0), Some(0), 0, 0, 1, true, true),
        ("abcabc", "", Some(1), Some(-1), 1, 5, 5, true, true),
        ("abcabc", "", Some(-1), Some(-1), 5, 5, 1, true, true),
        ("abcabc", "", None, Some(2), 0, 2, 3, true, true),
        ("abcabc", "", Some(6), Some(6), 6, 6, 1, true, true),
        ("abcabc", "", Some(3), Some(3), 3, 3, 1, true, true),
        ("abcabc", "a", None, None, 0, 3, 2, true, false),
        ("abcabc", "a", Some(5), None, -1, -1, 0, false, false),
        ("abcabc", "a", Some(3), None, 3, 3, 1, true, false),
        ("abcabc", "a", Some(4), None, -1, -1, 0, false, false),
        ("abcabc", "a", Some(2), Some(1), -1, -1, 0, false, false),
        ("abcabc", "a", Some(-2), None, -1, -1, 0, false, false),
        ("abcabc", "a", None, Some(-1), 0, 3, 2, true, false),
        ("abcabc", "a", Some(1), Some(2), -1, -1, 0, false, false),
        ("abcabc", "a", Some(-100), Some(100), 0, 3, 2, true, false),
        ("abcabc", "a", Some(0), Some(0), -1, -1, 0, false, false),
        ("abcabc", "a", Some(1), Some(-1), 3, 3, 1, false, false),
        ("abcabc", "a", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("abcabc", "a", None, Some(2), 0, 0, 1, true, false),
        ("abcabc", "a", Some(6), Some(6), -1, -1, 0, false, false),
        ("abcabc", "a", Some(3), Some(3), -1, -1, 0, false, false),
        ("abcabc", "b", None, None, 1, 4, 2, false, false),
        ("abcabc", "b", Some(5), None, -1, -1, 0, false, false),
        ("abcabc", "b", Some(3), None, 4, 4, 1, false, false),
        ("abcabc", "b", Some(4), None, 4, 4, 1, true, false),
        ("abcabc", "b", Some(2), Some(1), -1, -1, 0, false, false),
        ("abcabc", "b", Some(-2), None, 4, 4, 1, true, false),
        ("abcabc", "b", None, Some(-1), 1, 4, 2, false, true),
        ("abcabc", "b", Some(1), Some(2), 1, 1, 1, true, true),
        ("abcabc", "b", Some(-100), Some(100), 1, 4, 2, false, false),
        ("abcabc", "b", Some(0), Some(0), -1, -1, 0, false, false),
        ("abcabc", "b", Some(1), Some(-1), 1, 4, 2, true, true),
        ("abcabc", "b", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("abcabc", "b", None, Some(2), 1, 1, 1, false, true),
        ("abcabc", "b", Some(6), Some(6), -1, -1, 0, false, false),
        ("abcabc", "b", Some(3), Some(3), -1, -1, 0, false, false),
        ("abcabc", "c", None, None, 2, 5, 2, false, true),
        ("abcabc", "c", Some(5), None, 5, 5, 1, true, true),
        ("abcabc", "c", Some(3), None, 5, 5, 1, false, true),
        ("abcabc", "c", Some(4), None, 5, 5, 1, false, true),
        ("abcabc", "c", Some(2), Some(1), -1, -1, 0, false, false),
        ("abcabc", "c", Some(-2), None, 5, 5, 1, false, true),
        ("abcabc", "c", None, Some(-1), 2, 2, 1, false, false),
        ("abcabc", "c", Some(1), Some(2), -1, -1, 0, false, false),
        ("abcabc", "c", Some(-100), Some(100), 2, 5, 2, false, true),
        ("abcabc", "c", Some(0), Some(0), -1, -1, 0, false, false),
        ("abcabc", "c", Some(1), Some(-1), 2, 2, 1, false, false),
        ("abcabc", "c", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("abcabc", "c", None, Some(2), -1, -1, 0, false, false),
        ("abcabc", "c", Some(6), Some(6), -1, -1, 0, false, false),
        ("abcabc", "c", Some(3), Some(3), -1, -1, 0, false, false),
        ("abcabc", "bc", None, None, 1, 4, 2, false, true),
        ("abcabc", "bc", Some(5), None, -1, -1, 0, false, false),
        ("abcabc", "bc", Some(3), None, 4, 4, 1, false, true),
        ("abcabc", "bc", Some(4), None, 4, 4, 1, true, true),
        ("abcabc", "bc", Some(2), Some(1), -1, -1, 0, false, false),
        ("abcabc", "bc", Some(-2), None, 4, 4, 1, true, true),
        ("abcabc", "bc", None, Some(-1), 1, 1, 1, false, false),
        ("abcabc", "bc", Some(1), Some(2), -1, -1, 0, false, false),
        ("abcabc", "bc", Some(-100), Some(100), 1, 4, 2, false, true),
        ("abcabc", "bc", Some(0), Some(0), -1, -1, 0, false, false),
        ("abcabc", "bc", Some(1), Some(-1), 1, 1, 1, true, false),
        ("abcabc", "bc", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("abcabc", "bc", None, Some(2), -1, -1, 0, false, false),
        ("abcabc", "bc", Some(6), Some(6), -1, -1, 0, false, false),
        ("abcabc", "bc", Some(3), Some(3), -1, -1, 0, false, false),
        ("abcabc", "abc", None, None, 0, 3, 2, true, true),
        ("abcabc", "abc", Some(5), None, -1, -1, 0, false, false),
        ("abcabc", "abc", Some(3), None, 3, 3, 1, true, true),
        ("abcabc", "abc", Some(4), None, -1, -1, 0, false, false),
        ("abcabc", "abc", Some(2), Some(1), -1, -1, 0, false, false),
        ("abcabc", "abc", Some(-2), None, -1, -1, 0, false, false),
        ("abcabc", "abc", None, Some(-1), 0, 0, 1, true, false),
        ("abcabc", "abc", Some(1), Some(2), -1, -1, 0, false, false),
        ("abcabc", "abc", Some(-100), Some(100), 0, 3, 2, true, true),
        ("abcabc", "abc", Some(0), Some(0), -1, -1, 0, false, false),
        ("abcabc", "abc", Some(1), Some(-1), -1, -1, 0, false, false),
        ("abcabc", "abc", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("abcabc", "abc", None, Some(2), -1, -1, 0, false, false),
        ("abcabc", "abc", Some(6), Some(6), -1, -1, 0, false, false),
        ("abcabc", "abc", Some(3), Some(3), -1, -1, 0, false, false),
        ("abcabc", "ca", None, None, 2, 2, 1, false, false),
        ("abcabc", "ca", Some(5), None, -1, -1, 0, false, false),
        ("abcabc", "ca", Some(3), None, -1, -1, 0, false, false),
        ("abcabc", "ca", Some(4), None, -1, -1, 0, false, false),
        ("abcabc", "ca", Some(2), Some(1), -1, -1, 0, false, false),
        ("abcabc", "ca", Some(-2), None, -1, -1, 0, false, false),
        ("abcabc", "ca", None, Some(-1), 2, 2, 1, false, false),
        ("abcabc", "ca", Some(1), Some(2), -1, -1, 0, false, false),
        ("abcabc", "ca", Some(-100), Some(100), 2, 2, 1, false, false),
        ("abcabc", "ca", Some(0), Some(0), -1, -1, 0, false, false),
        ("abcabc", "ca", Some(1), Some(-1), 2, 2, 1, false, false),
        ("abcabc", "ca", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("abcabc", "ca", None, Some(2), -1, -1, 0, false, false),
        ("abcabc", "ca", Some(6), Some(6), -1, -1, 0, false, false),
        ("abcabc", "ca", Some(3), Some(3), -1, -1, 0, false, false),
        ("abcabc", "x", None, None, -1, -1, 0, false, false),
        ("abcabc", "x", Some(5), None, -1, -1, 0, false, false),
        ("abcabc", "x", Some(3), None, -1, -1, 0, false, false),
        ("abcabc", "x", Some(4), None, -1, -1, 0, false, false),
        ("abcabc", "x", Some(2), Some(1), -1, -1, 0, false, false),
        ("abcabc", "x", Some(-2), None, -1, -1, 0, false, false),
        ("abcabc", "x", None, Some(-1), -1, -1, 0, false, false),
        ("abcabc", "x", Some(1), Some(2), -1, -1, 0, false, false),
        (
            "abcabc",
            "x",
            Some(-100),
            Some(100),
            -1,
            -1,
            0,
            false,
            false,
        ),
        ("abcabc", "x", Some(0), Some(0), -1, -1, 0, false, false),
        ("abcabc", "x", Some(1), Some(-1), -1, -1, 0, false, false),
        ("abcabc", "x", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("abcabc", "x", None, Some(2), -1, -1, 0, false, false),
        ("abcabc", "x", Some(6), Some(6), -1, -1, 0, false, false),
        ("abcabc", "x", Some(3), Some(3), -1, -1, 0, false, false),
        ("abcabc", "𝔘b", None, None, -1, -1, 0, false, false),
        ("abcabc", "𝔘b", Some(5), None, -1, -1, 0, false, false),
        ("abcabc", "𝔘b", Some(3), None, -1, -1, 0, false, false),
        ("abcabc", "𝔘b", Some(4), None, -1, -1, 0, false, false),
        ("abcabc", "𝔘b", Some(2), Some(1), -1, -1, 0, false, false),
        ("abcabc", "𝔘b", Some(-2), None, -1, -1, 0, false, false),
        ("abcabc", "𝔘b", None, Some(-1), -1, -1, 0, false, false),
        ("abcabc", "𝔘b", Some(1), Some(2), -1, -1, 0, false, false),
        (
            "abcabc",
            "𝔘b",
            Some(-100),
            Some(100),
            -1,
            -1,
            0,
            false,
            false,
        ),
        ("abcabc", "𝔘b", Some(0), Some(0), -1, -1, 0, false, false),
        ("abcabc", "𝔘b", Some(1), Some(-1), -1, -1, 0, false, false),
        ("abcabc", "𝔘b", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("abcabc", "𝔘b", None, Some(2), -1, -1, 0, false, false),
        ("abcabc", "𝔘b", Some(6), Some(6), -1, -1, 0, false, false),
        ("abcabc", "𝔘b", Some(3), Some(3), -1, -1, 0, false, false),
        (
            "abcabc",
            "\u{10FFFD}D800a",
            None,
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "abcabc",
            "\u{10FFFD}D800a",
            Some(5),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "abcabc",
            "\u{10FFFD}D800a",
            Some(3),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "abcabc",
            "\u{10FFFD}D800a",
            Some(4),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "abcabc",
            "\u{10FFFD}D800a",
            Some(2),
            Some(1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "abcabc",
            "\u{10FFFD}D800a",
            Some(-2),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "abcabc",
            "\u{10FFFD}D800a",
            None,
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "abcabc",
            "\u{10FFFD}D800a",
            Some(1),
            Some(2),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "abcabc",
            "\u{10FFFD}D800a",
            Some(-100),
            Some(100),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "abcabc",
            "\u{10FFFD}D800a",
            Some(0),
            Some(0),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "abcabc",
            "\u{10FFFD}D800a",
            Some(1),
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "abcabc",
            "\u{10FFFD}D800a",
            Some(-1),
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "abcabc",
            "\u{10FFFD}D800a",
            None,
            Some(2),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "abcabc",
            "\u{10FFFD}D800a",
            Some(6),
            Some(6),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "abcabc",
            "\u{10FFFD}D800a",
            Some(3),
            Some(3),
            -1,
            -1,
            0,
            false,
            false,
        ),
        ("abcabc", "abcabcd", None, None, -1, -1, 0, false, false),
        ("abcabc", "abcabcd", Some(5), None, -1, -1, 0, false, false),
        ("abcabc", "abcabcd", Some(3), None, -1, -1, 0, false, false),
        ("abcabc", "abcabcd", Some(4), None, -1, -1, 0, false, false),
        (
            "abcabc",
            "abcabcd",
            Some(2),
            Some(1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        ("abcabc", "abcabcd", Some(-2), None, -1, -1, 0, false, false),
        ("abcabc", "abcabcd", None, Some(-1), -1, -1, 0, false, false),
        (
            "abcabc",
            "abcabcd",
            Some(1),
            Some(2),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "abcabc",
            "abcabcd",
            Some(-100),
            Some(100),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "abcabc",
            "abcabcd",
            Some(0),
            Some(0),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "abcabc",
            "abcabcd",
            Some(1),
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "abcabc",
            "abcabcd",
            Some(-1),
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        ("abcabc", "abcabcd", None, Some(2), -1, -1, 0, false, false),
        (
            "abcabc",
            "abcabcd",
            Some(6),
            Some(6),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "abcabc",
            "abcabcd",
            Some(3),
            Some(3),
            -1,
            -1,
            0,
            false,
            false,
        ),
        ("𝔘b𝔘b", "", None, None, 0, 4, 5, true, true),
        ("𝔘b𝔘b", "", Some(5), None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "", Some(3), None, 3, 4, 2, true, true),
        ("𝔘b𝔘b", "", Some(4), None, 4, 4, 1, true, true),
        ("𝔘b𝔘b", "", Some(2), Some(1), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "", Some(-2), None, 2, 4, 3, true, true),
        ("𝔘b𝔘b", "", None, Some(-1), 0, 3, 4, true, true),
        ("𝔘b𝔘b", "", Some(1), Some(2), 1, 2, 2, true, true),
        ("𝔘b𝔘b", "", Some(-100), Some(100), 0, 4, 5, true, true),
        ("𝔘b𝔘b", "", Some(0), Some(0), 0, 0, 1, true, true),
        ("𝔘b𝔘b", "", Some(1), Some(-1), 1, 3, 3, true, true),
        ("𝔘b𝔘b", "", Some(-1), Some(-1), 3, 3, 1, true, true),
        ("𝔘b𝔘b", "", None, Some(2), 0, 2, 3, true, true),
        ("𝔘b𝔘b", "", Some(6), Some(6), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "", Some(3), Some(3), 3, 3, 1, true, true),
        ("𝔘b𝔘b", "a", None, None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "a", Some(5), None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "a", Some(3), None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "a", Some(4), None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "a", Some(2), Some(1), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "a", Some(-2), None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "a", None, Some(-1), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "a", Some(1), Some(2), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "a", Some(-100), Some(100), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "a", Some(0), Some(0), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "a", Some(1), Some(-1), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "a", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "a", None, Some(2), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "a", Some(6), Some(6), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "a", Some(3), Some(3), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "b", None, None, 1, 3, 2, false, true),
        ("𝔘b𝔘b", "b", Some(5), None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "b", Some(3), None, 3, 3, 1, true, true),
        ("𝔘b𝔘b", "b", Some(4), None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "b", Some(2), Some(1), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "b", Some(-2), None, 3, 3, 1, false, true),
        ("𝔘b𝔘b", "b", None, Some(-1), 1, 1, 1, false, false),
        ("𝔘b𝔘b", "b", Some(1), Some(2), 1, 1, 1, true, true),
        ("𝔘b𝔘b", "b", Some(-100), Some(100), 1, 3, 2, false, true),
        ("𝔘b𝔘b", "b", Some(0), Some(0), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "b", Some(1), Some(-1), 1, 1, 1, true, false),
        ("𝔘b𝔘b", "b", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "b", None, Some(2), 1, 1, 1, false, true),
        ("𝔘b𝔘b", "b", Some(6), Some(6), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "b", Some(3), Some(3), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "c", None, None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "c", Some(5), None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "c", Some(3), None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "c", Some(4), None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "c", Some(2), Some(1), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "c", Some(-2), None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "c", None, Some(-1), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "c", Some(1), Some(2), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "c", Some(-100), Some(100), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "c", Some(0), Some(0), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "c", Some(1), Some(-1), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "c", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "c", None, Some(2), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "c", Some(6), Some(6), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "c", Some(3), Some(3), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "bc", None, None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "bc", Some(5), None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "bc", Some(3), None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "bc", Some(4), None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "bc", Some(2), Some(1), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "bc", Some(-2), None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "bc", None, Some(-1), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "bc", Some(1), Some(2), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "bc", Some(-100), Some(100), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "bc", Some(0), Some(0), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "bc", Some(1), Some(-1), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "bc", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "bc", None, Some(2), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "bc", Some(6), Some(6), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "bc", Some(3), Some(3), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "abc", None, None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "abc", Some(5), None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "abc", Some(3), None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "abc", Some(4), None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "abc", Some(2), Some(1), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "abc", Some(-2), None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "abc", None, Some(-1), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "abc", Some(1), Some(2), -1, -1, 0, false, false),
        (
            "𝔘b𝔘b",
            "abc",
            Some(-100),
            Some(100),
            -1,
            -1,
            0,
            false,
            false,
        ),
        ("𝔘b𝔘b", "abc", Some(0), Some(0), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "abc", Some(1), Some(-1), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "abc", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "abc", None, Some(2), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "abc", Some(6), Some(6), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "abc", Some(3), Some(3), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "ca", None, None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "ca", Some(5), None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "ca", Some(3), None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "ca", Some(4), None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "ca", Some(2), Some(1), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "ca", Some(-2), None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "ca", None, Some(-1), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "ca", Some(1), Some(2), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "ca", Some(-100), Some(100), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "ca", Some(0), Some(0), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "ca", Some(1), Some(-1), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "ca", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "ca", None, Some(2), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "ca", Some(6), Some(6), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "ca", Some(3), Some(3), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "x", None, None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "x", Some(5), None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "x", Some(3), None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "x", Some(4), None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "x", Some(2), Some(1), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "x", Some(-2), None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "x", None, Some(-1), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "x", Some(1), Some(2), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "x", Some(-100), Some(100), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "x", Some(0), Some(0), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "x", Some(1), Some(-1), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "x", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "x", None, Some(2), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "x", Some(6), Some(6), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "x", Some(3), Some(3), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "𝔘b", None, None, 0, 2, 2, true, true),
        ("𝔘b𝔘b", "𝔘b", Some(5), None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "𝔘b", Some(3), None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "𝔘b", Some(4), None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "𝔘b", Some(2), Some(1), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "𝔘b", Some(-2), None, 2, 2, 1, true, true),
        ("𝔘b𝔘b", "𝔘b", None, Some(-1), 0, 0, 1, true, false),
        ("𝔘b𝔘b", "𝔘b", Some(1), Some(2), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "𝔘b", Some(-100), Some(100), 0, 2, 2, true, true),
        ("𝔘b𝔘b", "𝔘b", Some(0), Some(0), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "𝔘b", Some(1), Some(-1), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "𝔘b", Some(-1), Some(-1), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "𝔘b", None, Some(2), 0, 0, 1, true, true),
        ("𝔘b𝔘b", "𝔘b", Some(6), Some(6), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "𝔘b", Some(3), Some(3), -1, -1, 0, false, false),
        (
            "𝔘b𝔘b",
            "\u{10FFFD}D800a",
            None,
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "𝔘b𝔘b",
            "\u{10FFFD}D800a",
            Some(5),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "𝔘b𝔘b",
            "\u{10FFFD}D800a",
            Some(3),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "𝔘b𝔘b",
            "\u{10FFFD}D800a",
            Some(4),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "𝔘b𝔘b",
            "\u{10FFFD}D800a",
            Some(2),
            Some(1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "𝔘b𝔘b",
            "\u{10FFFD}D800a",
            Some(-2),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "𝔘b𝔘b",
            "\u{10FFFD}D800a",
            None,
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "𝔘b𝔘b",
            "\u{10FFFD}D800a",
            Some(1),
            Some(2),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "𝔘b𝔘b",
            "\u{10FFFD}D800a",
            Some(-100),
            Some(100),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "𝔘b𝔘b",
            "\u{10FFFD}D800a",
            Some(0),
            Some(0),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "𝔘b𝔘b",
            "\u{10FFFD}D800a",
            Some(1),
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "𝔘b𝔘b",
            "\u{10FFFD}D800a",
            Some(-1),
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "𝔘b𝔘b",
            "\u{10FFFD}D800a",
            None,
            Some(2),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "𝔘b𝔘b",
            "\u{10FFFD}D800a",
            Some(6),
            Some(6),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "𝔘b𝔘b",
            "\u{10FFFD}D800a",
            Some(3),
            Some(3),
            -1,
            -1,
            0,
            false,
            false,
        ),
        ("𝔘b𝔘b", "abcabcd", None, None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "abcabcd", Some(5), None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "abcabcd", Some(3), None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "abcabcd", Some(4), None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "abcabcd", Some(2), Some(1), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "abcabcd", Some(-2), None, -1, -1, 0, false, false),
        ("𝔘b𝔘b", "abcabcd", None, Some(-1), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "abcabcd", Some(1), Some(2), -1, -1, 0, false, false),
        (
            "𝔘b𝔘b",
            "abcabcd",
            Some(-100),
            Some(100),
            -1,
            -1,
            0,
            false,
            false,
        ),
        ("𝔘b𝔘b", "abcabcd", Some(0), Some(0), -1, -1, 0, false, false),
        (
            "𝔘b𝔘b",
            "abcabcd",
            Some(1),
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "𝔘b𝔘b",
            "abcabcd",
            Some(-1),
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        ("𝔘b𝔘b", "abcabcd", None, Some(2), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "abcabcd", Some(6), Some(6), -1, -1, 0, false, false),
        ("𝔘b𝔘b", "abcabcd", Some(3), Some(3), -1, -1, 0, false, false),
        ("a\u{10FFFD}D800a", "", None, None, 0, 3, 4, true, true),
        (
            "a\u{10FFFD}D800a",
            "",
            Some(5),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        ("a\u{10FFFD}D800a", "", Some(3), None, 3, 3, 1, true, true),
        (
            "a\u{10FFFD}D800a",
            "",
            Some(4),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "",
            Some(2),
            Some(1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        ("a\u{10FFFD}D800a", "", Some(-2), None, 1, 3, 3, true, true),
        ("a\u{10FFFD}D800a", "", None, Some(-1), 0, 2, 3, true, true),
        (
            "a\u{10FFFD}D800a",
            "",
            Some(1),
            Some(2),
            1,
            2,
            2,
            true,
            true,
        ),
        (
            "a\u{10FFFD}D800a",
            "",
            Some(-100),
            Some(100),
            0,
            3,
            4,
            true,
            true,
        ),
        (
            "a\u{10FFFD}D800a",
            "",
            Some(0),
            Some(0),
            0,
            0,
            1,
            true,
            true,
        ),
        (
            "a\u{10FFFD}D800a",
            "",
            Some(1),
            Some(-1),
            1,
            2,
            2,
            true,
            true,
        ),
        (
            "a\u{10FFFD}D800a",
            "",
            Some(-1),
            Some(-1),
            2,
            2,
            1,
            true,
            true,
        ),
        ("a\u{10FFFD}D800a", "", None, Some(2), 0, 2, 3, true, true),
        (
            "a\u{10FFFD}D800a",
            "",
            Some(6),
            Some(6),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "",
            Some(3),
            Some(3),
            3,
            3,
            1,
            true,
            true,
        ),
        ("a\u{10FFFD}D800a", "a", None, None, 0, 2, 2, true, true),
        (
            "a\u{10FFFD}D800a",
            "a",
            Some(5),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "a",
            Some(3),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "a",
            Some(4),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "a",
            Some(2),
            Some(1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "a",
            Some(-2),
            None,
            2,
            2,
            1,
            false,
            true,
        ),
        (
            "a\u{10FFFD}D800a",
            "a",
            None,
            Some(-1),
            0,
            0,
            1,
            true,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "a",
            Some(1),
            Some(2),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "a",
            Some(-100),
            Some(100),
            0,
            2,
            2,
            true,
            true,
        ),
        (
            "a\u{10FFFD}D800a",
            "a",
            Some(0),
            Some(0),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "a",
            Some(1),
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "a",
            Some(-1),
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        ("a\u{10FFFD}D800a", "a", None, Some(2), 0, 0, 1, true, false),
        (
            "a\u{10FFFD}D800a",
            "a",
            Some(6),
            Some(6),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "a",
            Some(3),
            Some(3),
            -1,
            -1,
            0,
            false,
            false,
        ),
        ("a\u{10FFFD}D800a", "b", None, None, -1, -1, 0, false, false),
        (
            "a\u{10FFFD}D800a",
            "b",
            Some(5),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "b",
            Some(3),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "b",
            Some(4),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "b",
            Some(2),
            Some(1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "b",
            Some(-2),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "b",
            None,
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "b",
            Some(1),
            Some(2),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "b",
            Some(-100),
            Some(100),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "b",
            Some(0),
            Some(0),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "b",
            Some(1),
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "b",
            Some(-1),
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "b",
            None,
            Some(2),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "b",
            Some(6),
            Some(6),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "b",
            Some(3),
            Some(3),
            -1,
            -1,
            0,
            false,
            false,
        ),
        ("a\u{10FFFD}D800a", "c", None, None, -1, -1, 0, false, false),
        (
            "a\u{10FFFD}D800a",
            "c",
            Some(5),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "c",
            Some(3),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "c",
            Some(4),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "c",
            Some(2),
            Some(1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "c",
            Some(-2),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "c",
            None,
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "c",
            Some(1),
            Some(2),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "c",
            Some(-100),
            Some(100),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "c",
            Some(0),
            Some(0),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "c",
            Some(1),
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "c",
            Some(-1),
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "c",
            None,
            Some(2),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "c",
            Some(6),
            Some(6),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "c",
            Some(3),
            Some(3),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "bc",
            None,
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "bc",
            Some(5),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "bc",
            Some(3),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "bc",
            Some(4),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "bc",
            Some(2),
            Some(1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "bc",
            Some(-2),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "bc",
            None,
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "bc",
            Some(1),
            Some(2),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "bc",
            Some(-100),
            Some(100),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "bc",
            Some(0),
            Some(0),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "bc",
            Some(1),
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "bc",
            Some(-1),
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "bc",
            None,
            Some(2),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "bc",
            Some(6),
            Some(6),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "bc",
            Some(3),
            Some(3),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "abc",
            None,
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "abc",
            Some(5),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "abc",
            Some(3),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "abc",
            Some(4),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "abc",
            Some(2),
            Some(1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "abc",
            Some(-2),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "abc",
            None,
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "abc",
            Some(1),
            Some(2),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "abc",
            Some(-100),
            Some(100),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "abc",
            Some(0),
            Some(0),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "abc",
            Some(1),
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "abc",
            Some(-1),
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "abc",
            None,
            Some(2),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "abc",
            Some(6),
            Some(6),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "abc",
            Some(3),
            Some(3),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "ca",
            None,
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "ca",
            Some(5),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "ca",
            Some(3),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "ca",
            Some(4),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "ca",
            Some(2),
            Some(1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "ca",
            Some(-2),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "ca",
            None,
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "ca",
            Some(1),
            Some(2),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "ca",
            Some(-100),
            Some(100),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "ca",
            Some(0),
            Some(0),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "ca",
            Some(1),
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "ca",
            Some(-1),
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "ca",
            None,
            Some(2),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "ca",
            Some(6),
            Some(6),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "ca",
            Some(3),
            Some(3),
            -1,
            -1,
            0,
            false,
            false,
        ),
        ("a\u{10FFFD}D800a", "x", None, None, -1, -1, 0, false, false),
        (
            "a\u{10FFFD}D800a",
            "x",
            Some(5),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "x",
            Some(3),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "x",
            Some(4),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "x",
            Some(2),
            Some(1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "x",
            Some(-2),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "x",
            None,
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "x",
            Some(1),
            Some(2),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "x",
            Some(-100),
            Some(100),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "x",
            Some(0),
            Some(0),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "x",
            Some(1),
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "x",
            Some(-1),
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "x",
            None,
            Some(2),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "x",
            Some(6),
            Some(6),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "x",
            Some(3),
            Some(3),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "𝔘b",
            None,
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "𝔘b",
            Some(5),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "𝔘b",
            Some(3),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "𝔘b",
            Some(4),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "𝔘b",
            Some(2),
            Some(1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "𝔘b",
            Some(-2),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "𝔘b",
            None,
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "𝔘b",
            Some(1),
            Some(2),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "𝔘b",
            Some(-100),
            Some(100),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "𝔘b",
            Some(0),
            Some(0),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "𝔘b",
            Some(1),
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "𝔘b",
            Some(-1),
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "𝔘b",
            None,
            Some(2),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "𝔘b",
            Some(6),
            Some(6),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "𝔘b",
            Some(3),
            Some(3),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "\u{10FFFD}D800a",
            None,
            None,
            1,
            1,
            1,
            false,
            true,
        ),
        (
            "a\u{10FFFD}D800a",
            "\u{10FFFD}D800a",
            Some(5),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "\u{10FFFD}D800a",
            Some(3),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "\u{10FFFD}D800a",
            Some(4),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "\u{10FFFD}D800a",
            Some(2),
            Some(1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "\u{10FFFD}D800a",
            Some(-2),
            None,
            1,
            1,
            1,
            true,
            true,
        ),
        (
            "a\u{10FFFD}D800a",
            "\u{10FFFD}D800a",
            None,
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "\u{10FFFD}D800a",
            Some(1),
            Some(2),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "\u{10FFFD}D800a",
            Some(-100),
            Some(100),
            1,
            1,
            1,
            false,
            true,
        ),
        (
            "a\u{10FFFD}D800a",
            "\u{10FFFD}D800a",
            Some(0),
            Some(0),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "\u{10FFFD}D800a",
            Some(1),
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "\u{10FFFD}D800a",
            Some(-1),
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "\u{10FFFD}D800a",
            None,
            Some(2),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "\u{10FFFD}D800a",
            Some(6),
            Some(6),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "\u{10FFFD}D800a",
            Some(3),
            Some(3),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "abcabcd",
            None,
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "abcabcd",
            Some(5),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "abcabcd",
            Some(3),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "abcabcd",
            Some(4),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "abcabcd",
            Some(2),
            Some(1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "abcabcd",
            Some(-2),
            None,
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "abcabcd",
            None,
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "abcabcd",
            Some(1),
            Some(2),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "abcabcd",
            Some(-100),
            Some(100),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "abcabcd",
            Some(0),
            Some(0),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "abcabcd",
            Some(1),
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "abcabcd",
            Some(-1),
            Some(-1),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "abcabcd",
            None,
            Some(2),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "abcabcd",
            Some(6),
            Some(6),
            -1,
            -1,
            0,
            false,
            false,
        ),
        (
            "a\u{10FFFD}D800a",
            "abcabcd",
            Some(3),
            Some(3),
            -1,
            -1,
            0,
            false,
            false,
        ),
    ];
    /// (s, sep, partition, rpartition); None = "empty separator" error; from python3.12.
    type PartRow = (
        &'static str,
        &'static str,
        Option<[&'static str; 3]>,
        Option<[&'static str; 3]>,
    );
    const PARTITIONS: &[PartRow] = &[
        ("", ",", Some(["", "", ""]), Some(["", "", ""])),
        ("", "b", Some(["", "", ""]), Some(["", "", ""])),
        ("", "x", Some(["", "", ""]), Some(["", "", ""])),
        ("", "aa", Some(["", "", ""]), Some(["", "", ""])),
        ("", "𝔘", Some(["", "", ""]), Some(["", "", ""])),
        ("", "", None, None),
        (
            "a,b,c",
            ",",
            Some(["a", ",", "b,c"]),
            Some(["a,b", ",", "c"]),
        ),
        (
            "a,b,c",
            "b",
            Some(["a,", "b", ",c"]),
            Some(["a,", "b", ",c"]),
        ),
        (
            "a,b,c",
            "x",
            Some(["a,b,c", "", ""]),
            Some(["", "", "a,b,c"]),
        ),
        (
            "a,b,c",
            "aa",
            Some(["a,b,c", "", ""]),
            Some(["", "", "a,b,c"]),
        ),
        (
            "a,b,c",
            "𝔘",
            Some(["a,b,c", "", ""]),
            Some(["", "", "a,b,c"]),
        ),
        ("a,b,c", "", None, None),
        ("abc", ",", Some(["abc", "", ""]), Some(["", "", "abc"])),
        ("abc", "b", Some(["a", "b", "c"]), Some(["a", "b", "c"])),
        ("abc", "x", Some(["abc", "", ""]), Some(["", "", "abc"])),
        ("abc", "aa", Some(["abc", "", ""]), Some(["", "", "abc"])),
        ("abc", "𝔘", Some(["abc", "", ""]), Some(["", "", "abc"])),
        ("abc", "", None, None),
        ("𝔘x𝔘", ",", Some(["𝔘x𝔘", "", ""]), Some(["", "", "𝔘x𝔘"])),
        ("𝔘x𝔘", "b", Some(["𝔘x𝔘", "", ""]), Some(["", "", "𝔘x𝔘"])),
        ("𝔘x𝔘", "x", Some(["𝔘", "x", "𝔘"]), Some(["𝔘", "x", "𝔘"])),
        ("𝔘x𝔘", "aa", Some(["𝔘x𝔘", "", ""]), Some(["", "", "𝔘x𝔘"])),
        ("𝔘x𝔘", "𝔘", Some(["", "𝔘", "x𝔘"]), Some(["𝔘x", "𝔘", ""])),
        ("𝔘x𝔘", "", None, None),
        ("aaaa", ",", Some(["aaaa", "", ""]), Some(["", "", "aaaa"])),
        ("aaaa", "b", Some(["aaaa", "", ""]), Some(["", "", "aaaa"])),
        ("aaaa", "x", Some(["aaaa", "", ""]), Some(["", "", "aaaa"])),
        ("aaaa", "aa", Some(["", "aa", "aa"]), Some(["aa", "aa", ""])),
        ("aaaa", "𝔘", Some(["aaaa", "", ""]), Some(["", "", "aaaa"])),
        ("aaaa", "", None, None),
    ];
    /// (s, width, fill, center, ljust, rjust, zfill) from python3.12.
    type PadRow = (
        &'static str,
        i64,
        char,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
    );
    const PADS: &[PadRow] = &[
        ("", -3, ' ', "", "", "", ""),
        ("", -3, '*', "", "", "", ""),
        ("", -3, '𝔘', "", "", "", ""),
        ("", 0, ' ', "", "", "", ""),
        ("", 0, '*', "", "", "", ""),
        ("", 0, '𝔘', "", "", "", ""),
        ("", 1, ' ', " ", " ", " ", "0"),
        ("", 1, '*', "*", "*", "*", "0"),
        ("", 1, '𝔘', "𝔘", "𝔘", "𝔘", "0"),
        ("", 2, ' ', "  ", "  ", "  ", "00"),
        ("", 2, '*', "**", "**", "**", "00"),
        ("", 2, '𝔘', "𝔘𝔘", "𝔘𝔘", "𝔘𝔘", "00"),
        ("", 3, ' ', "   ", "   ", "   ", "000"),
        ("", 3, '*', "***", "***", "***", "000"),
        ("", 3, '𝔘', "𝔘𝔘𝔘", "𝔘𝔘𝔘", "𝔘𝔘𝔘", "000"),
        ("", 4, ' ', "    ", "    ", "    ", "0000"),
        ("", 4, '*', "****", "****", "****", "0000"),
        ("", 4, '𝔘', "𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘", "0000"),
        ("", 5, ' ', "     ", "     ", "     ", "00000"),
        ("", 5, '*', "*****", "*****", "*****", "00000"),
        ("", 5, '𝔘', "𝔘𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘𝔘", "00000"),
        ("", 6, ' ', "      ", "      ", "      ", "000000"),
        ("", 6, '*', "******", "******", "******", "000000"),
        ("", 6, '𝔘', "𝔘𝔘𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘𝔘𝔘", "000000"),
        ("", 7, ' ', "       ", "       ", "       ", "0000000"),
        ("", 7, '*', "*******", "*******", "*******", "0000000"),
        ("", 7, '𝔘', "𝔘𝔘𝔘𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘𝔘𝔘𝔘", "0000000"),
        ("", 8, ' ', "        ", "        ", "        ", "00000000"),
        ("", 8, '*', "********", "********", "********", "00000000"),
        ("", 8, '𝔘', "𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘", "00000000"),
        ("a", -3, ' ', "a", "a", "a", "a"),
        ("a", -3, '*', "a", "a", "a", "a"),
        ("a", -3, '𝔘', "a", "a", "a", "a"),
        ("a", 0, ' ', "a", "a", "a", "a"),
        ("a", 0, '*', "a", "a", "a", "a"),
        ("a", 0, '𝔘', "a", "a", "a", "a"),
        ("a", 1, ' ', "a", "a", "a", "a"),
        ("a", 1, '*', "a", "a", "a", "a"),
        ("a", 1, '𝔘', "a", "a", "a", "a"),
        ("a", 2, ' ', "a ", "a ", " a", "0a"),
        ("a", 2, '*', "a*", "a*", "*a", "0a"),
        ("a", 2, '𝔘', "a𝔘", "a𝔘", "𝔘a", "0a"),
        ("a", 3, ' ', " a ", "a  ", "  a", "00a"),
        ("a", 3, '*', "*a*", "a**", "**a", "00a"),
        ("a", 3, '𝔘', "𝔘a𝔘", "a𝔘𝔘", "𝔘𝔘a", "00a"),
        ("a", 4, ' ', " a  ", "a   ", "   a", "000a"),
        ("a", 4, '*', "*a**", "a***", "***a", "000a"),
        ("a", 4, '𝔘', "𝔘a𝔘𝔘", "a𝔘𝔘𝔘", "𝔘𝔘𝔘a", "000a"),
        ("a", 5, ' ', "  a  ", "a    ", "    a", "0000a"),
        ("a", 5, '*', "**a**", "a****", "****a", "0000a"),
        ("a", 5, '𝔘', "𝔘𝔘a𝔘𝔘", "a𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘a", "0000a"),
        ("a", 6, ' ', "  a   ", "a     ", "     a", "00000a"),
        ("a", 6, '*', "**a***", "a*****", "*****a", "00000a"),
        ("a", 6, '𝔘', "𝔘𝔘a𝔘𝔘𝔘", "a𝔘𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘𝔘a", "00000a"),
        ("a", 7, ' ', "   a   ", "a      ", "      a", "000000a"),
        ("a", 7, '*', "***a***", "a******", "******a", "000000a"),
        ("a", 7, '𝔘', "𝔘𝔘𝔘a𝔘𝔘𝔘", "a𝔘𝔘𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘𝔘𝔘a", "000000a"),
        ("a", 8, ' ', "   a    ", "a       ", "       a", "0000000a"),
        ("a", 8, '*', "***a****", "a*******", "*******a", "0000000a"),
        ("a", 8, '𝔘', "𝔘𝔘𝔘a𝔘𝔘𝔘𝔘", "a𝔘𝔘𝔘𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘𝔘𝔘𝔘a", "0000000a"),
        ("ab", -3, ' ', "ab", "ab", "ab", "ab"),
        ("ab", -3, '*', "ab", "ab", "ab", "ab"),
        ("ab", -3, '𝔘', "ab", "ab", "ab", "ab"),
        ("ab", 0, ' ', "ab", "ab", "ab", "ab"),
        ("ab", 0, '*', "ab", "ab", "ab", "ab"),
        ("ab", 0, '𝔘', "ab", "ab", "ab", "ab"),
        ("ab", 1, ' ', "ab", "ab", "ab", "ab"),
        ("ab", 1, '*', "ab", "ab", "ab", "ab"),
        ("ab", 1, '𝔘', "ab", "ab", "ab", "ab"),
        ("ab", 2, ' ', "ab", "ab", "ab", "ab"),
        ("ab", 2, '*', "ab", "ab", "ab", "ab"),
        ("ab", 2, '𝔘', "ab", "ab", "ab", "ab"),
        ("ab", 3, ' ', " ab", "ab ", " ab", "0ab"),
        ("ab", 3, '*', "*ab", "ab*", "*ab", "0ab"),
        ("ab", 3, '𝔘', "𝔘ab", "ab𝔘", "𝔘ab", "0ab"),
        ("ab", 4, ' ', " ab ", "ab  ", "  ab", "00ab"),
        ("ab", 4, '*', "*ab*", "ab**", "**ab", "00ab"),
        ("ab", 4, '𝔘', "𝔘ab𝔘", "ab𝔘𝔘", "𝔘𝔘ab", "00ab"),
        ("ab", 5, ' ', "  ab ", "ab   ", "   ab", "000ab"),
        ("ab", 5, '*', "**ab*", "ab***", "***ab", "000ab"),
        ("ab", 5, '𝔘', "𝔘𝔘ab𝔘", "ab𝔘𝔘𝔘", "𝔘𝔘𝔘ab", "000ab"),
        ("ab", 6, ' ', "  ab  ", "ab    ", "    ab", "0000ab"),
        ("ab", 6, '*', "**ab**", "ab****", "****ab", "0000ab"),
        ("ab", 6, '𝔘', "𝔘𝔘ab𝔘𝔘", "ab𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘ab", "0000ab"),
        ("ab", 7, ' ', "   ab  ", "ab     ", "     ab", "00000ab"),
        ("ab", 7, '*', "***ab**", "ab*****", "*****ab", "00000ab"),
        ("ab", 7, '𝔘', "𝔘𝔘𝔘ab𝔘𝔘", "ab𝔘𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘𝔘ab", "00000ab"),
        ("ab", 8, ' ', "   ab   ", "ab      ", "      ab", "000000ab"),
        ("ab", 8, '*', "***ab***", "ab******", "******ab", "000000ab"),
        ("ab", 8, '𝔘', "𝔘𝔘𝔘ab𝔘𝔘𝔘", "ab𝔘𝔘𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘𝔘𝔘ab", "000000ab"),
        ("abc", -3, ' ', "abc", "abc", "abc", "abc"),
        ("abc", -3, '*', "abc", "abc", "abc", "abc"),
        ("abc", -3, '𝔘', "abc", "abc", "abc", "abc"),
        ("abc", 0, ' ', "abc", "abc", "abc", "abc"),
        ("abc", 0, '*', "abc", "abc", "abc", "abc"),
        ("abc", 0, '𝔘', "abc", "abc", "abc", "abc"),
        ("abc", 1, ' ', "abc", "abc", "abc", "abc"),
        ("abc", 1, '*', "abc", "abc", "abc", "abc"),
        ("abc", 1, '𝔘', "abc", "abc", "abc", "abc"),
        ("abc", 2, ' ', "abc", "abc", "abc", "abc"),
        ("abc", 2, '*', "abc", "abc", "abc", "abc"),
        ("abc", 2, '𝔘', "abc", "abc", "abc", "abc"),
        ("abc", 3, ' ', "abc", "abc", "abc", "abc"),
        ("abc", 3, '*', "abc", "abc", "abc", "abc"),
        ("abc", 3, '𝔘', "abc", "abc", "abc", "abc"),
        ("abc", 4, ' ', "abc ", "abc ", " abc", "0abc"),
        ("abc", 4, '*', "abc*", "abc*", "*abc", "0abc"),
        ("abc", 4, '𝔘', "abc𝔘", "abc𝔘", "𝔘abc", "0abc"),
        ("abc", 5, ' ', " abc ", "abc  ", "  abc", "00abc"),
        ("abc", 5, '*', "*abc*", "abc**", "**abc", "00abc"),
        ("abc", 5, '𝔘', "𝔘abc𝔘", "abc𝔘𝔘", "𝔘𝔘abc", "00abc"),
        ("abc", 6, ' ', " abc  ", "abc   ", "   abc", "000abc"),
        ("abc", 6, '*', "*abc**", "abc***", "***abc", "000abc"),
        ("abc", 6, '𝔘', "𝔘abc𝔘𝔘", "abc𝔘𝔘𝔘", "𝔘𝔘𝔘abc", "000abc"),
        ("abc", 7, ' ', "  abc  ", "abc    ", "    abc", "0000abc"),
        ("abc", 7, '*', "**abc**", "abc****", "****abc", "0000abc"),
        ("abc", 7, '𝔘', "𝔘𝔘abc𝔘𝔘", "abc𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘abc", "0000abc"),
        (
            "abc", 8, ' ', "  abc   ", "abc     ", "     abc", "00000abc",
        ),
        (
            "abc", 8, '*', "**abc***", "abc*****", "*****abc", "00000abc",
        ),
        (
            "abc",
            8,
            '𝔘',
            "𝔘𝔘abc𝔘𝔘𝔘",
            "abc𝔘𝔘𝔘𝔘𝔘",
            "𝔘𝔘𝔘𝔘𝔘abc",
            "00000abc",
        ),
        ("-12", -3, ' ', "-12", "-12", "-12", "-12"),
        ("-12", -3, '*', "-12", "-12", "-12", "-12"),
        ("-12", -3, '𝔘', "-12", "-12", "-12", "-12"),
        ("-12", 0, ' ', "-12", "-12", "-12", "-12"),
        ("-12", 0, '*', "-12", "-12", "-12", "-12"),
        ("-12", 0, '𝔘', "-12", "-12", "-12", "-12"),
        ("-12", 1, ' ', "-12", "-12", "-12", "-12"),
        ("-12", 1, '*', "-12", "-12", "-12", "-12"),
        ("-12", 1, '𝔘', "-12", "-12", "-12", "-12"),
        ("-12", 2, ' ', "-12", "-12", "-12", "-12"),
        ("-12", 2, '*', "-12", "-12", "-12", "-12"),
        ("-12", 2, '𝔘', "-12", "-12", "-12", "-12"),
        ("-12", 3, ' ', "-12", "-12", "-12", "-12"),
        ("-12", 3, '*', "-12", "-12", "-12", "-12"),
        ("-12", 3, '𝔘', "-12", "-12", "-12", "-12"),
        ("-12", 4, ' ', "-12 ", "-12 ", " -12", "-012"),
        ("-12", 4, '*', "-12*", "-12*", "*-12", "-012"),
        ("-12", 4, '𝔘', "-12𝔘", "-12𝔘", "𝔘-12", "-012"),
        ("-12", 5, ' ', " -12 ", "-12  ", "  -12", "-0012"),
        ("-12", 5, '*', "*-12*", "-12**", "**-12", "-0012"),
        ("-12", 5, '𝔘', "𝔘-12𝔘", "-12𝔘𝔘", "𝔘𝔘-12", "-0012"),
        ("-12", 6, ' ', " -12  ", "-12   ", "   -12", "-00012"),
        ("-12", 6, '*', "*-12**", "-12***", "***-12", "-00012"),
        ("-12", 6, '𝔘', "𝔘-12𝔘𝔘", "-12𝔘𝔘𝔘", "𝔘𝔘𝔘-12", "-00012"),
        ("-12", 7, ' ', "  -12  ", "-12    ", "    -12", "-000012"),
        ("-12", 7, '*', "**-12**", "-12****", "****-12", "-000012"),
        ("-12", 7, '𝔘', "𝔘𝔘-12𝔘𝔘", "-12𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘-12", "-000012"),
        (
            "-12", 8, ' ', "  -12   ", "-12     ", "     -12", "-0000012",
        ),
        (
            "-12", 8, '*', "**-12***", "-12*****", "*****-12", "-0000012",
        ),
        (
            "-12",
            8,
            '𝔘',
            "𝔘𝔘-12𝔘𝔘𝔘",
            "-12𝔘𝔘𝔘𝔘𝔘",
            "𝔘𝔘𝔘𝔘𝔘-12",
            "-0000012",
        ),
        ("+7", -3, ' ', "+7", "+7", "+7", "+7"),
        ("+7", -3, '*', "+7", "+7", "+7", "+7"),
        ("+7", -3, '𝔘', "+7", "+7", "+7", "+7"),
        ("+7", 0, ' ', "+7", "+7", "+7", "+7"),
        ("+7", 0, '*', "+7", "+7", "+7", "+7"),
        ("+7", 0, '𝔘', "+7", "+7", "+7", "+7"),
        ("+7", 1, ' ', "+7", "+7", "+7", "+7"),
        ("+7", 1, '*', "+7", "+7", "+7", "+7"),
        ("+7", 1, '𝔘', "+7", "+7", "+7", "+7"),
        ("+7", 2, ' ', "+7", "+7", "+7", "+7"),
        ("+7", 2, '*', "+7", "+7", "+7", "+7"),
        ("+7", 2, '𝔘', "+7", "+7", "+7", "+7"),
        ("+7", 3, ' ', " +7", "+7 ", " +7", "+07"),
        ("+7", 3, '*', "*+7", "+7*", "*+7", "+07"),
        ("+7", 3, '𝔘', "𝔘+7", "+7𝔘", "𝔘+7", "+07"),
        ("+7", 4, ' ', " +7 ", "+7  ", "  +7", "+007"),
        ("+7", 4, '*', "*+7*", "+7**", "**+7", "+007"),
        ("+7", 4, '𝔘', "𝔘+7𝔘", "+7𝔘𝔘", "𝔘𝔘+7", "+007"),
        ("+7", 5, ' ', "  +7 ", "+7   ", "   +7", "+0007"),
        ("+7", 5, '*', "**+7*", "+7***", "***+7", "+0007"),
        ("+7", 5, '𝔘', "𝔘𝔘+7𝔘", "+7𝔘𝔘𝔘", "𝔘𝔘𝔘+7", "+0007"),
        ("+7", 6, ' ', "  +7  ", "+7    ", "    +7", "+00007"),
        ("+7", 6, '*', "**+7**", "+7****", "****+7", "+00007"),
        ("+7", 6, '𝔘', "𝔘𝔘+7𝔘𝔘", "+7𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘+7", "+00007"),
        ("+7", 7, ' ', "   +7  ", "+7     ", "     +7", "+000007"),
        ("+7", 7, '*', "***+7**", "+7*****", "*****+7", "+000007"),
        ("+7", 7, '𝔘', "𝔘𝔘𝔘+7𝔘𝔘", "+7𝔘𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘𝔘+7", "+000007"),
        ("+7", 8, ' ', "   +7   ", "+7      ", "      +7", "+0000007"),
        ("+7", 8, '*', "***+7***", "+7******", "******+7", "+0000007"),
        ("+7", 8, '𝔘', "𝔘𝔘𝔘+7𝔘𝔘𝔘", "+7𝔘𝔘𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘𝔘𝔘+7", "+0000007"),
        ("-", -3, ' ', "-", "-", "-", "-"),
        ("-", -3, '*', "-", "-", "-", "-"),
        ("-", -3, '𝔘', "-", "-", "-", "-"),
        ("-", 0, ' ', "-", "-", "-", "-"),
        ("-", 0, '*', "-", "-", "-", "-"),
        ("-", 0, '𝔘', "-", "-", "-", "-"),
        ("-", 1, ' ', "-", "-", "-", "-"),
        ("-", 1, '*', "-", "-", "-", "-"),
        ("-", 1, '𝔘', "-", "-", "-", "-"),
        ("-", 2, ' ', "- ", "- ", " -", "-0"),
        ("-", 2, '*', "-*", "-*", "*-", "-0"),
        ("-", 2, '𝔘', "-𝔘", "-𝔘", "𝔘-", "-0"),
        ("-", 3, ' ', " - ", "-  ", "  -", "-00"),
        ("-", 3, '*', "*-*", "-**", "**-", "-00"),
        ("-", 3, '𝔘', "𝔘-𝔘", "-𝔘𝔘", "𝔘𝔘-", "-00"),
        ("-", 4, ' ', " -  ", "-   ", "   -", "-000"),
        ("-", 4, '*', "*-**", "-***", "***-", "-000"),
        ("-", 4, '𝔘', "𝔘-𝔘𝔘", "-𝔘𝔘𝔘", "𝔘𝔘𝔘-", "-000"),
        ("-", 5, ' ', "  -  ", "-    ", "    -", "-0000"),
        ("-", 5, '*', "**-**", "-****", "****-", "-0000"),
        ("-", 5, '𝔘', "𝔘𝔘-𝔘𝔘", "-𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘-", "-0000"),
        ("-", 6, ' ', "  -   ", "-     ", "     -", "-00000"),
        ("-", 6, '*', "**-***", "-*****", "*****-", "-00000"),
        ("-", 6, '𝔘', "𝔘𝔘-𝔘𝔘𝔘", "-𝔘𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘𝔘-", "-00000"),
        ("-", 7, ' ', "   -   ", "-      ", "      -", "-000000"),
        ("-", 7, '*', "***-***", "-******", "******-", "-000000"),
        ("-", 7, '𝔘', "𝔘𝔘𝔘-𝔘𝔘𝔘", "-𝔘𝔘𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘𝔘𝔘-", "-000000"),
        ("-", 8, ' ', "   -    ", "-       ", "       -", "-0000000"),
        ("-", 8, '*', "***-****", "-*******", "*******-", "-0000000"),
        ("-", 8, '𝔘', "𝔘𝔘𝔘-𝔘𝔘𝔘𝔘", "-𝔘𝔘𝔘𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘𝔘𝔘𝔘-", "-0000000"),
        ("𝔘", -3, ' ', "𝔘", "𝔘", "𝔘", "𝔘"),
        ("𝔘", -3, '*', "𝔘", "𝔘", "𝔘", "𝔘"),
        ("𝔘", -3, '𝔘', "𝔘", "𝔘", "𝔘", "𝔘"),
        ("𝔘", 0, ' ', "𝔘", "𝔘", "𝔘", "𝔘"),
        ("𝔘", 0, '*', "𝔘", "𝔘", "𝔘", "𝔘"),
        ("𝔘", 0, '𝔘', "𝔘", "𝔘", "𝔘", "𝔘"),
        ("𝔘", 1, ' ', "𝔘", "𝔘", "𝔘", "𝔘"),
        ("𝔘", 1, '*', "𝔘", "𝔘", "𝔘", "𝔘"),
        ("𝔘", 1, '𝔘', "𝔘", "𝔘", "𝔘", "𝔘"),
        ("𝔘", 2, ' ', "𝔘 ", "𝔘 ", " 𝔘", "0𝔘"),
        ("𝔘", 2, '*', "𝔘*", "𝔘*", "*𝔘", "0𝔘"),
        ("𝔘", 2, '𝔘', "𝔘𝔘", "𝔘𝔘", "𝔘𝔘", "0𝔘"),
        ("𝔘", 3, ' ', " 𝔘 ", "𝔘  ", "  𝔘", "00𝔘"),
        ("𝔘", 3, '*', "*𝔘*", "𝔘**", "**𝔘", "00𝔘"),
        ("𝔘", 3, '𝔘', "𝔘𝔘𝔘", "𝔘𝔘𝔘", "𝔘𝔘𝔘", "00𝔘"),
        ("𝔘", 4, ' ', " 𝔘  ", "𝔘   ", "   𝔘", "000𝔘"),
        ("𝔘", 4, '*', "*𝔘**", "𝔘***", "***𝔘", "000𝔘"),
        ("𝔘", 4, '𝔘', "𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘", "000𝔘"),
        ("𝔘", 5, ' ', "  𝔘  ", "𝔘    ", "    𝔘", "0000𝔘"),
        ("𝔘", 5, '*', "**𝔘**", "𝔘****", "****𝔘", "0000𝔘"),
        ("𝔘", 5, '𝔘', "𝔘𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘𝔘", "0000𝔘"),
        ("𝔘", 6, ' ', "  𝔘   ", "𝔘     ", "     𝔘", "00000𝔘"),
        ("𝔘", 6, '*', "**𝔘***", "𝔘*****", "*****𝔘", "00000𝔘"),
        ("𝔘", 6, '𝔘', "𝔘𝔘𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘𝔘𝔘", "00000𝔘"),
        ("𝔘", 7, ' ', "   𝔘   ", "𝔘      ", "      𝔘", "000000𝔘"),
        ("𝔘", 7, '*', "***𝔘***", "𝔘******", "******𝔘", "000000𝔘"),
        ("𝔘", 7, '𝔘', "𝔘𝔘𝔘𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘𝔘𝔘𝔘", "000000𝔘"),
        ("𝔘", 8, ' ', "   𝔘    ", "𝔘       ", "       𝔘", "0000000𝔘"),
        ("𝔘", 8, '*', "***𝔘****", "𝔘*******", "*******𝔘", "0000000𝔘"),
        ("𝔘", 8, '𝔘', "𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘", "0000000𝔘"),
        ("x-1", -3, ' ', "x-1", "x-1", "x-1", "x-1"),
        ("x-1", -3, '*', "x-1", "x-1", "x-1", "x-1"),
        ("x-1", -3, '𝔘', "x-1", "x-1", "x-1", "x-1"),
        ("x-1", 0, ' ', "x-1", "x-1", "x-1", "x-1"),
        ("x-1", 0, '*', "x-1", "x-1", "x-1", "x-1"),
        ("x-1", 0, '𝔘', "x-1", "x-1", "x-1", "x-1"),
        ("x-1", 1, ' ', "x-1", "x-1", "x-1", "x-1"),
        ("x-1", 1, '*', "x-1", "x-1", "x-1", "x-1"),
        ("x-1", 1, '𝔘', "x-1", "x-1", "x-1", "x-1"),
        ("x-1", 2, ' ', "x-1", "x-1", "x-1", "x-1"),
        ("x-1", 2, '*', "x-1", "x-1", "x-1", "x-1"),
        ("x-1", 2, '𝔘', "x-1", "x-1", "x-1", "x-1"),
        ("x-1", 3, ' ', "x-1", "x-1", "x-1", "x-1"),
        ("x-1", 3, '*', "x-1", "x-1", "x-1", "x-1"),
        ("x-1", 3, '𝔘', "x-1", "x-1", "x-1", "x-1"),
        ("x-1", 4, ' ', "x-1 ", "x-1 ", " x-1", "0x-1"),
        ("x-1", 4, '*', "x-1*", "x-1*", "*x-1", "0x-1"),
        ("x-1", 4, '𝔘', "x-1𝔘", "x-1𝔘", "𝔘x-1", "0x-1"),
        ("x-1", 5, ' ', " x-1 ", "x-1  ", "  x-1", "00x-1"),
        ("x-1", 5, '*', "*x-1*", "x-1**", "**x-1", "00x-1"),
        ("x-1", 5, '𝔘', "𝔘x-1𝔘", "x-1𝔘𝔘", "𝔘𝔘x-1", "00x-1"),
        ("x-1", 6, ' ', " x-1  ", "x-1   ", "   x-1", "000x-1"),
        ("x-1", 6, '*', "*x-1**", "x-1***", "***x-1", "000x-1"),
        ("x-1", 6, '𝔘', "𝔘x-1𝔘𝔘", "x-1𝔘𝔘𝔘", "𝔘𝔘𝔘x-1", "000x-1"),
        ("x-1", 7, ' ', "  x-1  ", "x-1    ", "    x-1", "0000x-1"),
        ("x-1", 7, '*', "**x-1**", "x-1****", "****x-1", "0000x-1"),
        ("x-1", 7, '𝔘', "𝔘𝔘x-1𝔘𝔘", "x-1𝔘𝔘𝔘𝔘", "𝔘𝔘𝔘𝔘x-1", "0000x-1"),
        (
            "x-1", 8, ' ', "  x-1   ", "x-1     ", "     x-1", "00000x-1",
        ),
        (
            "x-1", 8, '*', "**x-1***", "x-1*****", "*****x-1", "00000x-1",
        ),
        (
            "x-1",
            8,
            '𝔘',
            "𝔘𝔘x-1𝔘𝔘𝔘",
            "x-1𝔘𝔘𝔘𝔘𝔘",
            "𝔘𝔘𝔘𝔘𝔘x-1",
            "00000x-1",
        ),
    ];
    /// (s, tabsize, expandtabs) from python3.12.
    const TABS: &[(&str, i32, &str)] = &[
        ("", -1, ""),
        ("", 0, ""),
        ("", 1, ""),
        ("", 3, ""),
        ("", 8, ""),
        ("\t", -1, ""),
        ("\t", 0, ""),
        ("\t", 1, " "),
        ("\t", 3, "   "),
        ("\t", 8, "        "),
        ("a\tb", -1, "ab"),
        ("a\tb", 0, "ab"),
        ("a\tb", 1, "a b"),
        ("a\tb", 3, "a  b"),
        ("a\tb", 8, "a       b"),
        ("ab\tcd\tef", -1, "abcdef"),
        ("ab\tcd\tef", 0, "abcdef"),
        ("ab\tcd\tef", 1, "ab cd ef"),
        ("ab\tcd\tef", 3, "ab cd ef"),
        ("ab\tcd\tef", 8, "ab      cd      ef"),
        ("12345678\tx", -1, "12345678x"),
        ("12345678\tx", 0, "12345678x"),
        ("12345678\tx", 1, "12345678 x"),
        ("12345678\tx", 3, "12345678 x"),
        ("12345678\tx", 8, "12345678        x"),
        ("a\nb\tc\rdd\te", -1, "a\nbc\rdde"),
        ("a\nb\tc\rdd\te", 0, "a\nbc\rdde"),
        ("a\nb\tc\rdd\te", 1, "a\nb c\rdd e"),
        ("a\nb\tc\rdd\te", 3, "a\nb  c\rdd e"),
        ("a\nb\tc\rdd\te", 8, "a\nb       c\rdd      e"),
        ("\t\t𝔘\t", -1, "𝔘"),
        ("\t\t𝔘\t", 0, "𝔘"),
        ("\t\t𝔘\t", 1, "  𝔘 "),
        ("\t\t𝔘\t", 3, "      𝔘  "),
        ("\t\t𝔘\t", 8, "                𝔘       "),
        ("x\u{B}\ty", -1, "x\u{B}y"),
        ("x\u{B}\ty", 0, "x\u{B}y"),
        ("x\u{B}\ty", 1, "x\u{B} y"),
        ("x\u{B}\ty", 3, "x\u{B} y"),
        ("x\u{B}\ty", 8, "x\u{B}      y"),
        ("a\u{2028}\tb", -1, "a\u{2028}b"),
        ("a\u{2028}\tb", 0, "a\u{2028}b"),
        ("a\u{2028}\tb", 1, "a\u{2028} b"),
        ("a\u{2028}\tb", 3, "a\u{2028} b"),
        ("a\u{2028}\tb", 8, "a\u{2028}      b"),
    ];
    /// (s, predicates) with bits for isdigit isdecimal isnumeric isalpha isalnum isspace
    /// isupper islower istitle isidentifier isprintable isascii, from python3.12.
    const PREDICATES: &[(&str, &str)] = &[
        ("", "000000000011"),
        ("a", "000110010111"),
        ("A", "000110101111"),
        ("1", "111010000011"),
        ("١٢٣", "111010000010"),
        ("²", "101010000010"),
        ("½", "001010000010"),
        ("一二", "001110000110"),
        ("abc", "000110010111"),
        ("ABC", "000110100111"),
        ("Abc", "000110001111"),
        ("Abc Def", "000000001011"),
        ("ABC def", "000000000011"),
        ("aBc", "000110000111"),
        (" ", "000001000011"),
        ("\t\n\u{1C}\u{3000}", "000001000000"),
        ("abc1", "000010010111"),
        ("abc!", "000000010011"),
        ("ǅ", "000110001110"),
        ("ǅa", "000110001110"),
        ("Aǅ", "000110000110"),
        ("ǅ ǅ", "000000001010"),
        ("They're", "000000000011"),
        ("Hello World", "000000001011"),
        ("HELLO WORLD1", "000000100011"),
        ("1A", "000010101011"),
        ("1a", "000010010011"),
        ("ß", "000110010110"),
        ("ΣΑΣ", "000110100110"),
        ("ⅷ", "001010010110"),
        ("Ⅷ", "001010101110"),
        ("_x1", "000000010111"),
        ("1x", "000010010011"),
        ("x-y", "000000010011"),
        ("αβγ", "000110010110"),
        ("𝔘", "000110101110"),
        ("𝔘x", "000110001110"),
        ("x\u{301}", "000000010110"),
        ("\u{301}", "000000000010"),
        ("a b", "000000010011"),
        ("\u{7F}", "000000000001"),
        ("\u{A0}", "000001000000"),
        ("\u{AD}", "000000000000"),
        ("a\u{10FFFD}D800", "000000010000"),
        ("\u{10FFFD}D800", "000000000000"),
        ("ª", "000110010110"),
        ("ʰ", "000110010110"),
        ("Ⓐ", "000000101010"),
        ("ⓐ", "000000010010"),
        ("Ꭰ", "000110101110"),
        ("ꭰ", "000110010110"),
        ("℘", "000000000110"),
        ("℮", "000000000110"),
        ("·", "000000000010"),
        ("x·", "000000010110"),
        ("٣4", "111010000010"),
        ("²³", "101010000010"),
        ("a\u{345}", "000000010110"),
        ("〇", "001010000110"),
        ("_", "000000000111"),
        ("__init__", "000000010111"),
    ];

    #[test]
    fn case_conversions() {
        for &(s, up, low, fold, swap, tit, cap) in CASES {
            let s = w(s);
            assert_eq!(upper(&s), w(up), "upper {s:X?}");
            assert_eq!(lower(&s), w(low), "lower {s:X?}");
            assert_eq!(casefold(&s), w(fold), "casefold {s:X?}");
            assert_eq!(swapcase(&s), w(swap), "swapcase {s:X?}");
            assert_eq!(title(&s), w(tit), "title {s:X?}");
            assert_eq!(capitalize(&s), w(cap), "capitalize {s:X?}");
        }
    }

    #[test]
    fn stripping() {
        for &(s, chars, both, l, r) in STRIPS {
            let (s, chars) = (w(s), chars.map(w));
            let chars = chars.as_deref();
            assert_eq!(strip(&s, chars), w(both), "strip {s:X?}");
            assert_eq!(lstrip(&s, chars), w(l), "lstrip {s:X?}");
            assert_eq!(rstrip(&s, chars), w(r), "rstrip {s:X?}");
        }
    }

    #[test]
    fn splitting() {
        for &(s, sep, maxsplit, want, rwant) in SPLITS {
            let (s, sep) = (w(s), sep.map(w));
            let got = split(&s, sep.as_deref(), maxsplit).map(owned);
            let want = want.map(wl).ok_or(EMPTY_SEPARATOR);
            assert_eq!(got, want, "split {s:X?} {sep:X?} {maxsplit}");
            let got = rsplit(&s, sep.as_deref(), maxsplit).map(owned);
            let rwant = rwant.map(wl).ok_or(EMPTY_SEPARATOR);
            assert_eq!(got, rwant, "rsplit {s:X?} {sep:X?} {maxsplit}");
        }
    }

    #[test]
    fn splitting_lines() {
        for &(s, plain, kept) in SPLITLINES {
            let s = w(s);
            assert_eq!(owned(splitlines(&s, false)), wl(plain), "{s:X?}");
            assert_eq!(owned(splitlines(&s, true)), wl(kept), "{s:X?}");
        }
    }

    #[test]
    fn joining() {
        let parts = [w("a"), w("𝔘"), w(""), w("\u{10FFFD}DC00")];
        let refs: Vec<&[u32]> = parts.iter().map(|p| p.as_slice()).collect();
        // ', '.join(['a', '𝔘', '', '\udc00'])
        assert_eq!(join(&w(", "), &refs), w("a, 𝔘, , \u{10FFFD}DC00"));
        assert_eq!(join(&w("-"), &[]), w(""));
        assert_eq!(join(&w("-"), &refs[..1]), w("a"));
        let mut out = w(">");
        join_into(&mut out, &w(""), refs.iter().copied());
        assert_eq!(out, w(">a𝔘\u{10FFFD}DC00"));
    }

    #[test]
    fn replacing() {
        for &(s, old, new, n, want) in REPLACES {
            let (s, old, new) = (w(s), w(old), w(new));
            assert_eq!(
                replace(&s, &old, &new, n),
                w(want),
                "{s:X?} {old:X?} {new:X?} {n}"
            );
        }
    }

    #[test]
    fn finding() {
        for &(s, sub, start, end, f, rf, c, sw, ew) in FINDS {
            let (s, sub) = (w(s), w(sub));
            let ctx = format!("{s:X?} {sub:X?} {start:?} {end:?}");
            assert_eq!(find(&s, &sub, start, end), f, "find {ctx}");
            assert_eq!(rfind(&s, &sub, start, end), rf, "rfind {ctx}");
            assert_eq!(count(&s, &sub, start, end), c, "count {ctx}");
            assert_eq!(startswith(&s, &sub, start, end), sw, "startswith {ctx}");
            assert_eq!(endswith(&s, &sub, start, end), ew, "endswith {ctx}");
            let want = usize::try_from(f).map_err(|_| SUBSTRING_NOT_FOUND);
            assert_eq!(index(&s, &sub, start, end), want, "index {ctx}");
            let want = usize::try_from(rf).map_err(|_| SUBSTRING_NOT_FOUND);
            assert_eq!(rindex(&s, &sub, start, end), want, "rindex {ctx}");
            if start.is_none() && end.is_none() {
                assert_eq!(contains(&s, &sub), f >= 0);
            }
        }
    }

    #[test]
    fn finding_in_large_strings() {
        // 'ab' * 50000 + 'abc': python3.12 gives find=100000 rfind=100000 count('ab')=50001,
        // count('babab')=16667, find('bababababababababc')=99985,
        // rfind('abababababababababab')=99982.
        let mut s: Vec<u32> = w("ab").repeat(50_000);
        s.extend(w("abc"));
        assert_eq!(find(&s, &w("abc"), None, None), 100_000);
        assert_eq!(rfind(&s, &w("abc"), None, None), 100_000);
        assert_eq!(count(&s, &w("ab"), None, None), 50_001);
        assert_eq!(count(&s, &w("babab"), None, None), 16_667);
        assert_eq!(find(&s, &w("bababababababababc"), None, None), 99_985);
        assert_eq!(rfind(&s, &w("abababababababababab"), None, None), 99_982);
    }

    #[test]
    fn partitioning() {
        for &(s, sep, p, rp) in PARTITIONS {
            let (s, sep) = (w(s), w(sep));
            let got = partition(&s, &sep).map(|a| a.map(<[u32]>::to_vec));
            assert_eq!(
                got,
                p.map(|a| a.map(w)).ok_or(EMPTY_SEPARATOR),
                "{s:X?} {sep:X?}"
            );
            let got = rpartition(&s, &sep).map(|a| a.map(<[u32]>::to_vec));
            assert_eq!(
                got,
                rp.map(|a| a.map(w)).ok_or(EMPTY_SEPARATOR),
                "{s:X?} {sep:X?}"
            );
        }
    }

    #[test]
    fn padding() {
        for &(s, width, fill, c, l, r, z) in PADS {
            let s = w(s);
            let fill = fill as u32;
            assert_eq!(center(&s, width, fill), Ok(w(c)), "center {s:X?} {width}");
            assert_eq!(ljust(&s, width, fill), Ok(w(l)), "ljust {s:X?} {width}");
            assert_eq!(rjust(&s, width, fill), Ok(w(r)), "rjust {s:X?} {width}");
            assert_eq!(zfill(&s, width), Ok(w(z)), "zfill {s:X?} {width}");
        }
    }

    #[test]
    fn padding_too_large() {
        // 'a'.center(2**62) and friends raise MemoryError in python3.12.
        let big = 1i64 << 62;
        assert_eq!(center(&w("a"), big, 0x20), Err(MemoryError));
        assert_eq!(ljust(&w("a"), big, 0x20), Err(MemoryError));
        assert_eq!(rjust(&w("a"), big, 0x20), Err(MemoryError));
        assert_eq!(zfill(&w("a"), i64::MAX), Err(MemoryError));
    }

    #[test]
    fn expanding_tabs() {
        for &(s, tab, want) in TABS {
            let s = w(s);
            assert_eq!(expandtabs(&s, tab), Ok(w(want)), "{s:X?} {tab}");
        }
        // '\t'.expandtabs(2**31 - 1) allocates ~2**31 code points; 'a\t' * 2**31
        // would overflow Py_ssize_t (not testable here); assert the error is clean.
        let many_tabs = w("\t").repeat(1 << 20);
        assert_eq!(
            expandtabs(&many_tabs, i32::MAX),
            Err(ExpandTabsError::Memory)
        );
    }

    #[test]
    fn predicates() {
        for &(s, want) in PREDICATES {
            let s = w(s);
            assert_eq!(bits(&s), want, "{s:X?}");
        }
    }

    #[test]
    fn prefixes() {
        // 'abcabc'.removeprefix('abc') == 'abc'; 'abc'.removeprefix('') == 'abc';
        // '𝔘x'.removesuffix('x') == '𝔘'; 'abc'.removesuffix('abcd') == 'abc'.
        assert_eq!(removeprefix(&w("abcabc"), &w("abc")), w("abc"));
        assert_eq!(removeprefix(&w("abc"), &w("")), w("abc"));
        assert_eq!(removeprefix(&w("abc"), &w("b")), w("abc"));
        assert_eq!(removesuffix(&w("𝔘x"), &w("x")), w("𝔘"));
        assert_eq!(removesuffix(&w("abc"), &w("abcd")), w("abc"));
        assert_eq!(
            removesuffix(&w("a\u{10FFFD}D800"), &w("\u{10FFFD}D800")),
            w("a")
        );
        assert_eq!(removesuffix(&w(""), &w("")), w(""));
    }
}
