//! Methods of `str`, as thin wrappers over `text::str_methods` that convert
//! arguments and raise CPython's errors, plus `str.format`/`format_map`
//! (the replacement-field engine is here; specs go to `format::format`).

use crate::args::{bind, count_tuple_style, no_args, one_arg, slice_index, ssize, str_arg, Sig};
use crate::call::{arg_count, no_kwargs, split_kwargs};
use crate::exception::{err, type_error, value_error, R};
use crate::int::from_i64;
use crate::list::new_list;
use crate::methods::MethodTable;
use crate::object::{type_name, TypeId};
use crate::str::{from_code_points, is_str, str_data};
use crate::text::str_methods as t;
use crate::tuple::new_tuple;
use crate::value::{Owned, Value};

/// The index of `needle` in `hay` (both strs), or -1.
pub fn find_in(hay: Value, needle: Value) -> i64 {
    let (h, n) = (str_data(hay), str_data(needle));
    if h.width == 1 && n.width == 1 {
        // Latin-1 text on both sides: search the bytes directly.
        return crate::text::search::find(&h.data[..], &n.data[..]).map_or(-1, |i| i as i64);
    }
    t::find(&h.code_points(), &n.code_points(), None, None)
}

fn cps(v: Value) -> Vec<u32> {
    str_data(v).code_points()
}

fn mk(c: &[u32]) -> Owned {
    from_code_points(c)
}

/// A str result that is `s` itself when unchanged; `out` is a piece of `s`
/// or `s` padded, so equal lengths mean equal text.
fn same_or_new(s: Value, orig: &[u32], out: &[u32]) -> Owned {
    if out.len() == orig.len() {
        s.new_ref()
    } else {
        mk(out)
    }
}

fn memory_error<T>() -> R<T> {
    crate::exception::no_memory()
}

macro_rules! no_arg_methods {
    ($($name:ident => $qual:literal, $body:expr;)*) => {
        $(
            fn $name(args: &[Value], kwnames: &[Owned]) -> R {
                no_args($qual, &args[1..], kwnames)?;
                let s = cps(args[0]);
                let f: fn(&[u32]) -> Owned = $body;
                Ok(f(&s))
            }
        )*
    };
}

no_arg_methods! {
    upper => "str.upper", |s| mk(&t::upper(s));
    lower => "str.lower", |s| mk(&t::lower(s));
    casefold => "str.casefold", |s| mk(&t::casefold(s));
    swapcase => "str.swapcase", |s| mk(&t::swapcase(s));
    title => "str.title", |s| mk(&t::title(s));
    capitalize => "str.capitalize", |s| mk(&t::capitalize(s));
    isdigit => "str.isdigit", |s| Owned::from(t::isdigit(s));
    isdecimal => "str.isdecimal", |s| Owned::from(t::isdecimal(s));
    isnumeric => "str.isnumeric", |s| Owned::from(t::isnumeric(s));
    isalpha => "str.isalpha", |s| Owned::from(t::isalpha(s));
    isalnum => "str.isalnum", |s| Owned::from(t::isalnum(s));
    isspace => "str.isspace", |s| Owned::from(t::isspace(s));
    isupper => "str.isupper", |s| Owned::from(t::isupper(s));
    islower => "str.islower", |s| Owned::from(t::islower(s));
    istitle => "str.istitle", |s| Owned::from(t::istitle(s));
    isidentifier => "str.isidentifier", |s| Owned::from(t::isidentifier(s));
    isprintable => "str.isprintable", |s| Owned::from(t::isprintable(s));
    isascii => "str.isascii", |s| Owned::from(t::isascii(s));
}

type StripFn = for<'a> fn(&'a [u32], Option<&[u32]>) -> &'a [u32];

fn strip_common(args: &[Value], kwnames: &[Owned], name: &str, f: StripFn) -> R {
    no_kwargs(&format!("str.{name}"), kwnames)?;
    arg_count(name, &args[1..], 0, 1)?;
    let chars = match args.get(1) {
        None => None,
        Some(&c) if c.is_none() => None,
        Some(&c) if is_str(c) => Some(cps(c)),
        Some(_) => return type_error(format!("{name} arg must be None or str")),
    };
    let s = cps(args[0]);
    let out = f(&s, chars.as_deref());
    Ok(same_or_new(args[0], &s, out))
}

fn strip(args: &[Value], kwnames: &[Owned]) -> R {
    strip_common(args, kwnames, "strip", t::strip)
}

fn lstrip(args: &[Value], kwnames: &[Owned]) -> R {
    strip_common(args, kwnames, "lstrip", t::lstrip)
}

fn rstrip(args: &[Value], kwnames: &[Owned]) -> R {
    strip_common(args, kwnames, "rstrip", t::rstrip)
}

const SPLIT: Sig = Sig {
    name: "split",
    params: &["sep", "maxsplit"],
    posonly: 0,
    required: 0,
    maxpos: 2,
};
const RSPLIT: Sig = Sig {
    name: "rsplit",
    params: &["sep", "maxsplit"],
    posonly: 0,
    required: 0,
    maxpos: 2,
};

type SplitFn = for<'a> fn(&'a [u32], Option<&[u32]>, i64) -> Result<Vec<&'a [u32]>, &'static str>;

fn split_common(args: &[Value], kwnames: &[Owned], sig: &Sig, f: SplitFn) -> R {
    let a = bind(sig, &args[1..], kwnames)?;
    let sep = match a[0] {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => Some(cps(str_arg(v, "must be str or None")?)),
    };
    let maxsplit = match a[1] {
        None => -1,
        Some(v) => ssize(v)?,
    };
    let s = cps(args[0]);
    match f(&s, sep.as_deref(), maxsplit) {
        Ok(parts) => Ok(new_list(parts.into_iter().map(mk).collect())),
        Err(m) => value_error(m),
    }
}

fn split(args: &[Value], kwnames: &[Owned]) -> R {
    split_common(args, kwnames, &SPLIT, t::split)
}

fn rsplit(args: &[Value], kwnames: &[Owned]) -> R {
    split_common(args, kwnames, &RSPLIT, t::rsplit)
}

const SPLITLINES: Sig = Sig {
    name: "splitlines",
    params: &["keepends"],
    posonly: 0,
    required: 0,
    maxpos: 1,
};

fn splitlines(args: &[Value], kwnames: &[Owned]) -> R {
    let a = bind(&SPLITLINES, &args[1..], kwnames)?;
    let keepends = match a[0] {
        Some(v) => crate::ops::truthy(v)?,
        None => false,
    };
    let s = cps(args[0]);
    Ok(new_list(
        t::splitlines(&s, keepends).into_iter().map(mk).collect(),
    ))
}

fn join(args: &[Value], kwnames: &[Owned]) -> R {
    let iterable = one_arg("str.join", &args[1..], kwnames)?;
    let items = crate::iter::collect_for_join(iterable)?;
    for (i, x) in items.iter().enumerate() {
        if !is_str(x.v()) {
            return type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                type_name(x.v())
            ));
        }
    }
    if items.len() == 1 {
        return Ok(items[0].clone());
    }
    let sep = args[0];
    let mut parts: Vec<Value> = Vec::with_capacity(items.len() * 2);
    for (i, x) in items.iter().enumerate() {
        if i > 0 && str_data(sep).len > 0 {
            parts.push(sep);
        }
        parts.push(x.v());
    }
    Ok(crate::str::str_join_values(&parts))
}

fn replace(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs("str.replace", kwnames)?;
    arg_count("replace", &args[1..], 2, 3)?;
    let old = cps(str_arg(args[1], "replace() argument 1 must be str")?);
    let new = cps(str_arg(args[2], "replace() argument 2 must be str")?);
    let count = match args.get(3) {
        Some(&c) => ssize(c)?,
        None => -1,
    };
    let s = cps(args[0]);
    Ok(mk(&t::replace(&s, &old, &new, count)))
}

/// The receiver, `sub`, `start` and `end` of a search method, as code points and indices.
type SearchArgs = (Vec<u32>, Vec<u32>, Option<i64>, Option<i64>);

/// Parses `(sub, start=None, end=None)` for the search methods.
fn search_args(args: &[Value], kwnames: &[Owned], name: &str) -> R<SearchArgs> {
    no_kwargs(&format!("str.{name}"), kwnames)?;
    count_tuple_style(name, &args[1..], 1, 3)?;
    let sub = cps(str_arg(args[1], "must be str")?);
    let start = slice_index(args.get(2).copied())?;
    let end = slice_index(args.get(3).copied())?;
    Ok((cps(args[0]), sub, start, end))
}

fn find(args: &[Value], kwnames: &[Owned]) -> R {
    let (s, sub, a, b) = search_args(args, kwnames, "find")?;
    Ok(from_i64(t::find(&s, &sub, a, b)))
}

fn rfind(args: &[Value], kwnames: &[Owned]) -> R {
    let (s, sub, a, b) = search_args(args, kwnames, "rfind")?;
    Ok(from_i64(t::rfind(&s, &sub, a, b)))
}

fn index(args: &[Value], kwnames: &[Owned]) -> R {
    let (s, sub, a, b) = search_args(args, kwnames, "index")?;
    match t::index(&s, &sub, a, b) {
        Ok(k) => Ok(from_i64(k as i64)),
        Err(m) => value_error(m),
    }
}

fn rindex(args: &[Value], kwnames: &[Owned]) -> R {
    let (s, sub, a, b) = search_args(args, kwnames, "rindex")?;
    match t::rindex(&s, &sub, a, b) {
        Ok(k) => Ok(from_i64(k as i64)),
        Err(m) => value_error(m),
    }
}

fn count(args: &[Value], kwnames: &[Owned]) -> R {
    let (s, sub, a, b) = search_args(args, kwnames, "count")?;
    Ok(from_i64(t::count(&s, &sub, a, b) as i64))
}

type AffixFn = fn(&[u32], &[u32], Option<i64>, Option<i64>) -> bool;

fn affix_common(args: &[Value], kwnames: &[Owned], name: &str, f: AffixFn) -> R {
    no_kwargs(&format!("str.{name}"), kwnames)?;
    count_tuple_style(name, &args[1..], 1, 3)?;
    let start = slice_index(args.get(2).copied())?;
    let end = slice_index(args.get(3).copied())?;
    let s = cps(args[0]);
    let x = args[1];
    if is_str(x) {
        return Ok(Owned::from(f(&s, &cps(x), start, end)));
    }
    if crate::tuple::is_tuple(x) {
        for item in crate::tuple::items(x).to_vec() {
            if !is_str(item.v()) {
                return type_error(format!(
                    "tuple for {name} must only contain str, not {}",
                    type_name(item.v())
                ));
            }
            if f(&s, &cps(item.v()), start, end) {
                return Ok(Owned::from(true));
            }
        }
        return Ok(Owned::from(false));
    }
    type_error(format!(
        "{name} first arg must be str or a tuple of str, not {}",
        type_name(x)
    ))
}

fn startswith(args: &[Value], kwnames: &[Owned]) -> R {
    affix_common(args, kwnames, "startswith", t::startswith)
}

fn endswith(args: &[Value], kwnames: &[Owned]) -> R {
    affix_common(args, kwnames, "endswith", t::endswith)
}

fn zfill(args: &[Value], kwnames: &[Owned]) -> R {
    let w = one_arg("str.zfill", &args[1..], kwnames)?;
    let width = ssize(w)?;
    let s = cps(args[0]);
    match t::zfill(&s, width) {
        Ok(out) => Ok(same_or_new(args[0], &s, &out)),
        Err(_) => memory_error(),
    }
}

type PadFn = fn(&[u32], i64, u32) -> Result<Vec<u32>, t::MemoryError>;

fn pad_common(args: &[Value], kwnames: &[Owned], name: &str, f: PadFn) -> R {
    no_kwargs(&format!("str.{name}"), kwnames)?;
    arg_count(name, &args[1..], 1, 2)?;
    let width = ssize(args[1])?;
    let fill = match args.get(2) {
        None => 0x20,
        Some(&c) => {
            if !is_str(c) {
                return type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    type_name(c)
                ));
            }
            let d = str_data(c);
            if d.len != 1 {
                return type_error("The fill character must be exactly one character long");
            }
            d.get(0)
        }
    };
    let s = cps(args[0]);
    match f(&s, width, fill) {
        Ok(out) => Ok(same_or_new(args[0], &s, &out)),
        Err(_) => memory_error(),
    }
}

fn center(args: &[Value], kwnames: &[Owned]) -> R {
    pad_common(args, kwnames, "center", t::center)
}

fn ljust(args: &[Value], kwnames: &[Owned]) -> R {
    pad_common(args, kwnames, "ljust", t::ljust)
}

fn rjust(args: &[Value], kwnames: &[Owned]) -> R {
    pad_common(args, kwnames, "rjust", t::rjust)
}

type PartitionFn = for<'a> fn(&'a [u32], &[u32]) -> Result<[&'a [u32]; 3], &'static str>;

fn partition_common(args: &[Value], kwnames: &[Owned], name: &str, f: PartitionFn) -> R {
    let sep = one_arg(&format!("str.{name}"), &args[1..], kwnames)?;
    let sep = cps(str_arg(sep, "must be str")?);
    let s = cps(args[0]);
    match f(&s, &sep) {
        Ok(parts) => Ok(new_tuple(parts.iter().map(|p| mk(p)).collect())),
        Err(m) => value_error(m),
    }
}

fn partition(args: &[Value], kwnames: &[Owned]) -> R {
    partition_common(args, kwnames, "partition", t::partition)
}

fn rpartition(args: &[Value], kwnames: &[Owned]) -> R {
    partition_common(args, kwnames, "rpartition", t::rpartition)
}

type RemoveFn = for<'a> fn(&'a [u32], &[u32]) -> &'a [u32];

fn remove_common(args: &[Value], kwnames: &[Owned], name: &str, f: RemoveFn) -> R {
    let x = one_arg(&format!("str.{name}"), &args[1..], kwnames)?;
    let x = cps(str_arg(x, &format!("{name}() argument must be str"))?);
    let s = cps(args[0]);
    let out = f(&s, &x);
    Ok(same_or_new(args[0], &s, out))
}

fn removeprefix(args: &[Value], kwnames: &[Owned]) -> R {
    remove_common(args, kwnames, "removeprefix", t::removeprefix)
}

fn removesuffix(args: &[Value], kwnames: &[Owned]) -> R {
    remove_common(args, kwnames, "removesuffix", t::removesuffix)
}

const EXPANDTABS: Sig = Sig {
    name: "expandtabs",
    params: &["tabsize"],
    posonly: 0,
    required: 0,
    maxpos: 1,
};

fn expandtabs(args: &[Value], kwnames: &[Owned]) -> R {
    let a = bind(&EXPANDTABS, &args[1..], kwnames)?;
    let tabsize = match a[0] {
        None => 8,
        Some(v) => {
            let n = crate::args::index_big(v)?;
            match num_traits::ToPrimitive::to_i32(&n) {
                Some(k) => k,
                None => {
                    return err(
                        TypeId::OverflowError,
                        "Python int too large to convert to C int",
                    )
                }
            }
        }
    };
    let s = cps(args[0]);
    match t::expandtabs(&s, tabsize) {
        Ok(out) => Ok(mk(&out)),
        Err(t::ExpandTabsError::TooLong) => err(TypeId::OverflowError, t::NEW_STRING_TOO_LONG),
        Err(t::ExpandTabsError::Memory) => memory_error(),
    }
}

// ---------------------------------------------------------------------------
// str.format
// ---------------------------------------------------------------------------

/// Where `{name}` fields look their values up.
enum Named {
    /// The keyword arguments of `str.format`.
    Kwargs(Vec<(Vec<u32>, Value)>),
    /// The mapping of `str.format_map`.
    Mapping(Value),
}

/// Automatic (`{}`) versus manual (`{0}`) field numbering; they cannot mix.
#[derive(PartialEq, Eq)]
enum Numbering {
    Unset,
    Auto(usize),
    Manual,
}

struct FormatCtx<'a> {
    positional: &'a [Value],
    named: Named,
    /// `format_map` rejects positional fields.
    positional_allowed: bool,
    numbering: Numbering,
}

const LBRACE: u32 = '{' as u32;
const RBRACE: u32 = '}' as u32;

/// A parsed replacement field, as slices of the format string.
struct Field {
    name: std::ops::Range<usize>,
    conversion: Option<u32>,
    spec: std::ops::Range<usize>,
    spec_has_fields: bool,
}

/// Parses the field starting just after its `{`; returns it and the
/// position after its closing `}`.
fn parse_field(s: &[u32], mut pos: usize) -> R<(Field, usize)> {
    let n = s.len();
    let name_start = pos;
    let mut end_char = None;
    while pos < n {
        let c = s[pos];
        pos += 1;
        if c == '[' as u32 {
            while pos < n && s[pos] != ']' as u32 {
                pos += 1;
            }
            if pos < n {
                pos += 1;
            }
            continue;
        }
        if c == LBRACE {
            return value_error("unexpected '{' in field name");
        }
        if c == RBRACE || c == ':' as u32 || c == '!' as u32 {
            end_char = Some(c);
            break;
        }
    }
    let Some(mut c) = end_char else {
        return value_error("expected '}' before end of string");
    };
    let name = name_start..pos - 1;
    let mut conversion = None;
    if c == '!' as u32 {
        if pos >= n {
            return value_error("end of string while looking for conversion specifier");
        }
        conversion = Some(s[pos]);
        pos += 1;
        if pos >= n {
            return value_error("unmatched '{' in format spec");
        }
        c = s[pos];
        pos += 1;
        if c != RBRACE && c != ':' as u32 {
            return value_error("expected ':' after conversion specifier");
        }
    }
    if c == RBRACE {
        let field = Field {
            name,
            conversion,
            spec: pos..pos,
            spec_has_fields: false,
        };
        return Ok((field, pos));
    }
    let spec_start = pos;
    let mut depth = 1;
    let mut has_fields = false;
    while pos < n {
        let c = s[pos];
        pos += 1;
        if c == LBRACE {
            has_fields = true;
            depth += 1;
        } else if c == RBRACE {
            depth -= 1;
            if depth == 0 {
                let spec = spec_start..pos - 1;
                let field = Field {
                    name,
                    conversion,
                    spec,
                    spec_has_fields: has_fields,
                };
                return Ok((field, pos));
            }
        }
    }
    value_error("unmatched '{' in format spec")
}

/// The value of an all-decimal-digits field part, `None` if it is not one.
fn decimal_index(part: &[u32]) -> R<Option<usize>> {
    if part.is_empty() {
        return Ok(None);
    }
    let mut v: usize = 0;
    for &c in part {
        let Some(d) = crate::text::unicode::decimal_value(c) else {
            return Ok(None);
        };
        v = match v.checked_mul(10).and_then(|x| x.checked_add(d as usize)) {
            Some(x) if x <= isize::MAX as usize => x,
            _ => return value_error("Too many decimal digits in format string"),
        };
    }
    Ok(Some(v))
}

impl FormatCtx<'_> {
    fn positional(&self, i: usize) -> R {
        if !self.positional_allowed {
            return value_error("Format string contains positional fields");
        }
        match self.positional.get(i) {
            Some(v) => Ok(v.new_ref()),
            None => err(
                TypeId::IndexError,
                format!("Replacement index {i} out of range for positional args tuple"),
            ),
        }
    }

    fn named(&self, key: &[u32]) -> R {
        match &self.named {
            Named::Kwargs(kws) => match kws.iter().find(|(k, _)| k.as_slice() == key) {
                Some((_, v)) => Ok(v.new_ref()),
                None => crate::args::key_error(mk(key).v()),
            },
            Named::Mapping(m) => crate::subscript::getitem(*m, mk(key).v()),
        }
    }

    /// Looks up a field name: `0`, `name`, `` (automatic), then `.attr` and `[key]` parts.
    fn lookup(&mut self, name: &[u32]) -> R {
        let first_end = name
            .iter()
            .position(|&c| c == '.' as u32 || c == '[' as u32)
            .unwrap_or(name.len());
        let first = &name[..first_end];
        let mut obj = if first.is_empty() {
            if self.numbering == Numbering::Manual {
                return value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                );
            }
            let i = match self.numbering {
                Numbering::Auto(i) => i,
                _ => 0,
            };
            self.numbering = Numbering::Auto(i + 1);
            self.positional(i)?
        } else if let Some(i) = decimal_index(first)? {
            if matches!(self.numbering, Numbering::Auto(_)) {
                return value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                );
            }
            self.numbering = Numbering::Manual;
            self.positional(i)?
        } else {
            self.named(first)?
        };
        let mut pos = first_end;
        while pos < name.len() {
            let c = name[pos];
            pos += 1;
            if c == '.' as u32 {
                let start = pos;
                while pos < name.len() && name[pos] != '.' as u32 && name[pos] != '[' as u32 {
                    pos += 1;
                }
                if start == pos {
                    return value_error("Empty attribute in format string");
                }
                obj = crate::attr::getattr(obj.v(), mk(&name[start..pos]).v())?;
            } else if c == '[' as u32 {
                let start = pos;
                while pos < name.len() && name[pos] != ']' as u32 {
                    pos += 1;
                }
                if pos >= name.len() {
                    return value_error("Missing ']' in format string");
                }
                let key = &name[start..pos];
                pos += 1;
                if key.is_empty() {
                    return value_error("Empty attribute in format string");
                }
                let key = match decimal_index(key)? {
                    Some(i) => from_i64(i as i64),
                    None => mk(key),
                };
                obj = crate::subscript::getitem(obj.v(), key.v())?;
                if pos < name.len() && name[pos] != '.' as u32 && name[pos] != '[' as u32 {
                    return value_error("Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                return value_error("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        Ok(obj)
    }

    /// Renders `s` with its replacement fields; `depth` limits nested specs.
    fn build(&mut self, s: &[u32], depth: u32, out: &mut Vec<u32>) -> R<()> {
        if depth == 0 {
            return value_error("Max string recursion exceeded");
        }
        let n = s.len();
        let mut pos = 0;
        while pos < n {
            let c = s[pos];
            pos += 1;
            if c != LBRACE && c != RBRACE {
                out.push(c);
                continue;
            }
            if c == RBRACE {
                if pos < n && s[pos] == RBRACE {
                    out.push(RBRACE);
                    pos += 1;
                    continue;
                }
                return value_error("Single '}' encountered in format string");
            }
            if pos >= n {
                return value_error("Single '{' encountered in format string");
            }
            if s[pos] == LBRACE {
                out.push(LBRACE);
                pos += 1;
                continue;
            }
            let (field, next) = parse_field(s, pos)?;
            pos = next;
            self.render(s, &field, depth, out)?;
        }
        Ok(())
    }

    fn render(&mut self, s: &[u32], field: &Field, depth: u32, out: &mut Vec<u32>) -> R<()> {
        let obj = self.lookup(&s[field.name.clone()])?;
        let obj = match field.conversion {
            None => obj,
            Some(c) if c == 'r' as u32 => crate::repr::repr(obj.v())?,
            Some(c) if c == 's' as u32 => crate::repr::to_str(obj.v())?,
            Some(c) if c == 'a' as u32 => crate::format::ascii(obj.v())?,
            Some(c) => {
                let shown = match char::from_u32(c) {
                    Some(ch) if (33..127).contains(&c) => ch.to_string(),
                    _ => format!("\\x{c:x}"),
                };
                return value_error(format!("Unknown conversion specifier {shown}"));
            }
        };
        let spec_text = &s[field.spec.clone()];
        let spec = if field.spec_has_fields {
            let mut expanded = Vec::new();
            self.build(spec_text, depth - 1, &mut expanded)?;
            mk(&expanded)
        } else {
            mk(spec_text)
        };
        let text = crate::format::format(obj.v(), spec.v())?;
        out.extend(cps(text.v()));
        Ok(())
    }
}

fn format_method(args: &[Value], kwnames: &[Owned]) -> R {
    let (pos, kws) = split_kwargs(&args[1..], kwnames);
    // Keyword names are kept as code points so lone surrogates survive.
    let named: Vec<(Vec<u32>, Value)> = kwnames
        .iter()
        .zip(kws.iter())
        .map(|(k, (_, v))| (cps(k.v()), *v))
        .collect();
    let mut ctx = FormatCtx {
        positional: pos,
        named: Named::Kwargs(named),
        positional_allowed: true,
        numbering: Numbering::Unset,
    };
    let mut out = Vec::new();
    ctx.build(&cps(args[0]), 2, &mut out)?;
    Ok(mk(&out))
}

fn format_map(args: &[Value], kwnames: &[Owned]) -> R {
    let mapping = one_arg("str.format_map", &args[1..], kwnames)?;
    let mut ctx = FormatCtx {
        positional: &[],
        named: Named::Mapping(mapping),
        positional_allowed: false,
        numbering: Numbering::Unset,
    };
    let mut out = Vec::new();
    ctx.build(&cps(args[0]), 2, &mut out)?;
    Ok(mk(&out))
}

/// Methods of str.
/// `str.translate(table)`: each character's code point looked up in
/// `table`; a LookupError keeps the character, None drops it, an int or a
/// str replaces it.
fn translate(args: &[Value], kwnames: &[Owned]) -> R {
    let table = one_arg("str.translate", &args[1..], kwnames)?;
    let text = cps(args[0]);
    let mut out = Vec::with_capacity(text.len());
    for &c in &text {
        let mapped = match crate::subscript::getitem(table, from_i64(c as i64).v()) {
            Ok(v) => v,
            Err(_) if crate::exception::raised_matches(TypeId::LookupError) => {
                crate::exception::take_raised();
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        let m = mapped.v();
        if m.is_none() {
            continue;
        }
        if crate::int::is_int(m) {
            match crate::int::to_i64(m) {
                Some(n) if (0..0x110000).contains(&n) => out.push(n as u32),
                _ => return value_error("character mapping must be in range(0x110000)"),
            }
        } else if is_str(m) {
            out.extend(cps(m));
        } else {
            return type_error("character mapping must return integer, None or str");
        }
    }
    Ok(mk(&out))
}

/// `str.maketrans(x[, y[, z]])`: a translation table for `str.translate`.
fn maketrans(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs("maketrans", kwnames)?;
    let args = &args[1..];
    arg_count("maketrans", args, 1, 3)?;
    let table = crate::dict::new_dict();
    let code = |c: u32| from_i64(c as i64);
    if args.len() == 1 {
        let x = args[0];
        if !crate::dict::is_dict(x) {
            return type_error("if you give only one argument to maketrans it must be a dict");
        }
        let entries: Vec<(Owned, Owned)> = crate::dict::dict_data(x)
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        for (k, v) in entries {
            let key = if is_str(k.v()) {
                match cps(k.v())[..] {
                    [c] => code(c),
                    _ => return value_error("string keys in translate table must be of length 1"),
                }
            } else if crate::int::is_int(k.v()) {
                k
            } else {
                return type_error("keys in translate table must be strings or integers");
            };
            crate::dict::dict_set(table.v(), key, v)?;
        }
        return Ok(table);
    }
    if !is_str(args[0]) {
        return type_error(
            "first maketrans argument must be a string if there is a second argument",
        );
    }
    for (i, &a) in args.iter().enumerate().skip(1) {
        str_arg(a, &format!("maketrans() argument {} must be str", i + 1))?;
    }
    let (from, to) = (cps(args[0]), cps(args[1]));
    if from.len() != to.len() {
        return value_error("the first two maketrans arguments must have equal length");
    }
    for (&f, &t) in from.iter().zip(&to) {
        crate::dict::dict_set(table.v(), code(f), code(t))?;
    }
    if let Some(&z) = args.get(2) {
        for c in cps(z) {
            crate::dict::dict_set(table.v(), code(c), crate::value::none())?;
        }
    }
    Ok(table)
}

/// The static methods of str, reached through the type or an instance.
pub const CLASS_METHODS: MethodTable = &[("maketrans", maketrans)];

pub const METHODS: MethodTable = &[
    ("__format__", crate::slots::str_format),
    ("__getnewargs__", crate::slots::str_getnewargs),
    ("encode", crate::codecs::str_encode),
    ("upper", upper),
    ("translate", translate),
    ("lower", lower),
    ("casefold", casefold),
    ("swapcase", swapcase),
    ("title", title),
    ("capitalize", capitalize),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("split", split),
    ("rsplit", rsplit),
    ("splitlines", splitlines),
    ("join", join),
    ("replace", replace),
    ("find", find),
    ("rfind", rfind),
    ("index", index),
    ("rindex", rindex),
    ("count", count),
    ("startswith", startswith),
    ("endswith", endswith),
    ("zfill", zfill),
    ("center", center),
    ("ljust", ljust),
    ("rjust", rjust),
    ("partition", partition),
    ("rpartition", rpartition),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
    ("expandtabs", expandtabs),
    ("isdigit", isdigit),
    ("isdecimal", isdecimal),
    ("isnumeric", isnumeric),
    ("isalpha", isalpha),
    ("isalnum", isalnum),
    ("isspace", isspace),
    ("isupper", isupper),
    ("islower", islower),
    ("istitle", istitle),
    ("isidentifier", isidentifier),
    ("isprintable", isprintable),
    ("isascii", isascii),
    ("format", format_method),
    ("format_map", format_map),
];

#[cfg(test)]
mod tests {
    use crate::args::testing::*;
    use crate::value::{none, Owned};

    fn m(obj: &str, name: &str, pos: &[&Owned]) -> String {
        show(method(&s(obj), name, pos, &[]))
    }

    fn mk(obj: &str, name: &str, pos: &[&Owned], kws: &[(&str, &Owned)]) -> String {
        show(method(&s(obj), name, pos, kws))
    }

    #[test]
    fn containment() {
        let _g = setup();
        let found = |h: &str, n: &str| super::find_in(s(h).v(), s(n).v());
        assert_eq!(found("hello", "ll"), 2);
        assert_eq!(found("hello", ""), 0);
        assert_eq!(found("hello", "z"), -1);
        assert_eq!(found("héllo", "llo"), 2);
        assert_eq!(found("h€llo", "llo"), 2);
        assert_eq!(found("hello", "€"), -1);
        assert_eq!(found("", "a"), -1);
    }

    #[test]
    fn case_and_predicates() {
        let _g = setup();
        assert_eq!(m("aB", "upper", &[]), "'AB'");
        assert_eq!(m("ß", "upper", &[]), "'SS'");
        assert_eq!(m("aB", "lower", &[]), "'ab'");
        assert_eq!(m("ß", "casefold", &[]), "'ss'");
        assert_eq!(m("aB", "swapcase", &[]), "'Ab'");
        assert_eq!(m("hello world", "title", &[]), "'Hello World'");
        assert_eq!(m("hello", "capitalize", &[]), "'Hello'");
        assert_eq!(
            m("abc", "upper", &[&i(1)]),
            "TypeError: str.upper() takes no arguments (1 given)"
        );
        assert_eq!(
            mk("a", "upper", &[], &[("x", &i(1))]),
            "TypeError: str.upper() takes no keyword arguments"
        );
        assert_eq!(m("12", "isdigit", &[]), "True");
        assert_eq!(m("²", "isdecimal", &[]), "False");
        assert_eq!(m("⅓", "isnumeric", &[]), "True");
        assert_eq!(m("ab", "isidentifier", &[]), "True");
        assert_eq!(m("Ab Cd", "istitle", &[]), "True");
        assert_eq!(m("", "isupper", &[]), "False");
        assert_eq!(m("\t", "isprintable", &[]), "False");
        assert_eq!(m("é", "isascii", &[]), "False");
        assert_eq!(m(" \n", "isspace", &[]), "True");
        assert_eq!(m("a1", "isalnum", &[]), "True");
        assert_eq!(m("a1", "isalpha", &[]), "False");
        assert_eq!(m("ab", "islower", &[]), "True");
    }

    #[test]
    fn strip_split_join() {
        let _g = setup();
        assert_eq!(m("  ab ", "strip", &[]), "'ab'");
        assert_eq!(m("abc", "strip", &[&s("ac")]), "'b'");
        assert_eq!(m("abc", "strip", &[&none()]), "'abc'");
        assert_eq!(m("abc", "lstrip", &[&s("a")]), "'bc'");
        assert_eq!(m("abc", "rstrip", &[&s("c")]), "'ab'");
        assert_eq!(
            m("abc", "strip", &[&i(1)]),
            "TypeError: strip arg must be None or str"
        );
        assert_eq!(
            m("abc", "strip", &[&s("a"), &s("b")]),
            "TypeError: strip expected at most 1 argument, got 2"
        );
        assert_eq!(
            mk("a", "strip", &[], &[("chars", &s("a"))]),
            "TypeError: str.strip() takes no keyword arguments"
        );
        assert_eq!(m("a b  c", "split", &[]), "['a', 'b', 'c']");
        assert_eq!(m("a,b,,c", "split", &[&s(",")]), "['a', 'b', '', 'c']");
        assert_eq!(m("a,b,c", "split", &[&s(","), &i(1)]), "['a', 'b,c']");
        assert_eq!(
            mk(
                "a,b,c",
                "split",
                &[],
                &[("sep", &s(",")), ("maxsplit", &i(1))]
            ),
            "['a', 'b,c']"
        );
        assert_eq!(
            mk("a b", "split", &[], &[("maxsplit", &i(1))]),
            "['a', 'b']"
        );
        assert_eq!(m("a", "split", &[&s("")]), "ValueError: empty separator");
        assert_eq!(
            m("a", "split", &[&i(1)]),
            "TypeError: must be str or None, not int"
        );
        assert_eq!(
            m("a", "split", &[&s(","), &s("x")]),
            "TypeError: 'str' object cannot be interpreted as an integer"
        );
        assert_eq!(
            m("a", "split", &[&s(","), &i(1), &i(2)]),
            "TypeError: split() takes at most 2 arguments (3 given)"
        );
        assert_eq!(
            mk("a", "split", &[], &[("x", &i(1))]),
            "TypeError: 'x' is an invalid keyword argument for split()"
        );
        assert_eq!(
            mk("a", "split", &[&s(",")], &[("sep", &s(","))]),
            "TypeError: argument for split() given by name ('sep') and position (1)"
        );
        assert_eq!(m("a,b,c", "rsplit", &[&s(","), &i(1)]), "['a,b', 'c']");
        assert_eq!(m("  a  b  ", "rsplit", &[&none(), &i(1)]), "['  a', 'b']");
        assert_eq!(m("a\nb\r\nc", "splitlines", &[]), "['a', 'b', 'c']");
        assert_eq!(m("a\nb", "splitlines", &[&s("x")]), "['a\\n', 'b']");
        assert_eq!(
            mk("a\nb", "splitlines", &[], &[("keepends", &i(1))]),
            "['a\\n', 'b']"
        );
        assert_eq!(m(",", "join", &[&list(&[&s("a"), &s("b")])]), "'a,b'");
        assert_eq!(m(",", "join", &[&s("abc")]), "'a,b,c'");
        assert_eq!(m(",", "join", &[&list(&[])]), "''");
        assert_eq!(
            m(",", "join", &[&list(&[&s("a"), &i(1)])]),
            "TypeError: sequence item 1: expected str instance, int found"
        );
        assert_eq!(
            m(",", "join", &[&i(1)]),
            "TypeError: can only join an iterable"
        );
        assert_eq!(
            m(",", "join", &[]),
            "TypeError: str.join() takes exactly one argument (0 given)"
        );
        assert_eq!(m("é", "join", &[&list(&[&s("a"), &s("b")])]), "'aéb'");
    }

    #[test]
    fn search_and_replace() {
        let _g = setup();
        assert_eq!(m("aaa", "replace", &[&s("a"), &s("b"), &i(2)]), "'bba'");
        assert_eq!(m("aaa", "replace", &[&s(""), &s("-")]), "'-a-a-a-'");
        assert_eq!(
            mk("aaa", "replace", &[&s("a"), &s("b")], &[("count", &i(2))]),
            "TypeError: str.replace() takes no keyword arguments"
        );
        assert_eq!(
            m("aaa", "replace", &[&s("a")]),
            "TypeError: replace expected at least 2 arguments, got 1"
        );
        assert_eq!(
            m("aaa", "replace", &[&s("a"), &i(1)]),
            "TypeError: replace() argument 2 must be str, not int"
        );
        assert_eq!(m("abc", "find", &[&s("c")]), "2");
        assert_eq!(m("abc", "find", &[&s("c"), &i(1), &i(2)]), "-1");
        assert_eq!(m("abc", "find", &[&s("c"), &none(), &none()]), "2");
        assert_eq!(
            m("abc", "find", &[&i(1)]),
            "TypeError: must be str, not int"
        );
        assert_eq!(
            m("abc", "find", &[&s("c"), &s("x")]),
            "TypeError: slice indices must be integers or None or have an __index__ method"
        );
        assert_eq!(
            m("abc", "find", &[]),
            "TypeError: find() takes at least 1 argument (0 given)"
        );
        assert_eq!(
            mk("abc", "find", &[&s("a")], &[("x", &i(1))]),
            "TypeError: str.find() takes no keyword arguments"
        );
        assert_eq!(
            m("abc", "index", &[&s("x")]),
            "ValueError: substring not found"
        );
        assert_eq!(
            m("abc", "rindex", &[&s("x")]),
            "ValueError: substring not found"
        );
        assert_eq!(m("abc", "index", &[&s("c"), &i(-1)]), "2");
        assert_eq!(m("abc", "rfind", &[&s("")]), "3");
        assert_eq!(m("abcabc", "count", &[&s("b")]), "2");
        assert_eq!(m("abc", "count", &[&s("")]), "4");
        assert_eq!(
            m("abc", "startswith", &[&tuple(&[&s("x"), &s("a")])]),
            "True"
        );
        assert_eq!(m("a", "startswith", &[&tuple(&[&s("a"), &i(1)])]), "True");
        assert_eq!(
            m("a", "startswith", &[&tuple(&[&i(1), &s("a")])]),
            "TypeError: tuple for startswith must only contain str, not int"
        );
        assert_eq!(
            m("abc", "startswith", &[&i(1)]),
            "TypeError: startswith first arg must be str or a tuple of str, not int"
        );
        assert_eq!(m("abc", "endswith", &[&s("bc"), &i(1)]), "True");
        assert_eq!(m("abc", "startswith", &[&s(""), &i(5)]), "False");
        assert_eq!(
            m("abc", "endswith", &[&i(1)]),
            "TypeError: endswith first arg must be str or a tuple of str, not int"
        );
        assert_eq!(
            m("a", "startswith", &[]),
            "TypeError: startswith() takes at least 1 argument (0 given)"
        );
        let huge = crate::int::from_bigint(num_bigint::BigInt::from(1) << 70);
        assert_eq!(m("a", "find", &[&s("a"), &huge]), "-1");
        assert_eq!(
            m("a", "split", &[&s(","), &huge]),
            "OverflowError: Python int too large to convert to C ssize_t"
        );
    }

    #[test]
    fn padding_and_pieces() {
        let _g = setup();
        assert_eq!(m("ab", "zfill", &[&i(5)]), "'000ab'");
        assert_eq!(m("-ab", "zfill", &[&i(5)]), "'-00ab'");
        assert_eq!(
            m("ab", "zfill", &[&s("a")]),
            "TypeError: 'str' object cannot be interpreted as an integer"
        );
        assert_eq!(
            m("ab", "zfill", &[]),
            "TypeError: str.zfill() takes exactly one argument (0 given)"
        );
        assert_eq!(m("ab", "center", &[&i(6), &s("*")]), "'**ab**'");
        assert_eq!(m("ab", "center", &[&i(7), &s("é")]), "'éééabéé'");
        assert_eq!(
            m("ab", "center", &[&i(6), &s("**")]),
            "TypeError: The fill character must be exactly one character long"
        );
        assert_eq!(
            m("ab", "center", &[&i(6), &i(1)]),
            "TypeError: The fill character must be a unicode character, not int"
        );
        assert_eq!(
            m("ab", "center", &[]),
            "TypeError: center expected at least 1 argument, got 0"
        );
        assert_eq!(m("ab", "ljust", &[&i(5)]), "'ab   '");
        assert_eq!(m("ab", "rjust", &[&i(5), &s("x")]), "'xxxab'");
        assert_eq!(m("a", "center", &[&i(-5)]), "'a'");
        assert_eq!(m("a.b.c", "partition", &[&s(".")]), "('a', '.', 'b.c')");
        assert_eq!(m("a.b.c", "rpartition", &[&s(".")]), "('a.b', '.', 'c')");
        assert_eq!(m("abc", "partition", &[&s("x")]), "('abc', '', '')");
        assert_eq!(m("abc", "rpartition", &[&s("x")]), "('', '', 'abc')");
        assert_eq!(
            m("a", "partition", &[&s("")]),
            "ValueError: empty separator"
        );
        assert_eq!(
            m("a", "partition", &[&i(1)]),
            "TypeError: must be str, not int"
        );
        assert_eq!(m("abc", "removeprefix", &[&s("ab")]), "'c'");
        assert_eq!(m("abc", "removesuffix", &[&s("bc")]), "'a'");
        assert_eq!(
            m("abc", "removeprefix", &[&i(1)]),
            "TypeError: removeprefix() argument must be str, not int"
        );
        assert_eq!(m("a\tb", "expandtabs", &[]), "'a       b'");
        assert_eq!(m("a\tb", "expandtabs", &[&i(4)]), "'a   b'");
        assert_eq!(
            mk("a\tb", "expandtabs", &[], &[("tabsize", &i(2))]),
            "'a b'"
        );
        assert_eq!(m("a\tb", "expandtabs", &[&i(-1)]), "'ab'");
        assert_eq!(
            m("a", "expandtabs", &[&f(1.5)]),
            "TypeError: 'float' object cannot be interpreted as an integer"
        );
    }

    fn fm(fmt: &str, pos: &[&Owned]) -> String {
        m(fmt, "format", pos)
    }

    #[test]
    fn format_fields() {
        let _g = setup();
        assert_eq!(fm("{} {}", &[&i(1), &i(2)]), "'1 2'");
        assert_eq!(fm("{0} {1} {0}", &[&s("a"), &s("b")]), "'a b a'");
        assert_eq!(mk("{name}!", "format", &[], &[("name", &s("x"))]), "'x!'");
        assert_eq!(fm("{0[1]}", &[&list(&[&i(5), &i(6)])]), "'6'");
        assert_eq!(fm("{0[0][1]}", &[&list(&[&list(&[&i(1), &i(2)])])]), "'2'");
        assert_eq!(fm("{[0]}", &[&list(&[&i(7)])]), "'7'");
        assert_eq!(fm("{0[٣]}", &[&list(&[&i(0), &i(1), &i(2), &i(3)])]), "'3'");
        let d = crate::dict::new_dict();
        crate::dict::dict_set(d.v(), s("a"), i(1)).unwrap();
        crate::dict::dict_set(d.v(), s("}"), i(2)).unwrap();
        assert_eq!(fm("{0[a]}", &[&d]), "'1'");
        assert_eq!(fm("{0[}]}", &[&d]), "'2'");
        assert_eq!(fm("{!r}", &[&s("x")]), "\"'x'\"");
        assert_eq!(fm("{!s}", &[&s("x")]), "'x'");
        assert_eq!(fm("{!a}", &[&s("é")]), "\"'\\\\xe9'\"");
        assert_eq!(fm("{0!r:>5}", &[&s("a")]), "\"  'a'\"");
        assert_eq!(
            mk("{:>{w}}", "format", &[&s("x")], &[("w", &i(4))]),
            "'   x'"
        );
        assert_eq!(fm("{:{}}", &[&s("x"), &i(4)]), "'x   '");
        assert_eq!(fm("{:{}} {}", &[&s("x"), &i(3), &s("y")]), "'x   y'");
        assert_eq!(fm("{0:{1}{2}}", &[&s("x"), &s(">"), &i(4)]), "'   x'");
        assert_eq!(fm("{:.2f}", &[&f(2.71999)]), "'2.72'");
        assert_eq!(fm("{:,}", &[&i(1234567)]), "'1,234,567'");
        assert_eq!(fm("{{}}", &[]), "'{}'");
        assert_eq!(fm("{{{}}}", &[&i(1)]), "'{1}'");
        assert_eq!(fm("}}{{", &[]), "'}{'");
        assert_eq!(
            fm("{0.}", &[&i(5)]),
            "ValueError: Empty attribute in format string"
        );
        assert_eq!(fm("a", &[&i(1), &i(2)]), "'a'");
        assert_eq!(fm("{01}", &[&i(1), &i(2)]), "'2'");
    }

    #[test]
    fn format_errors() {
        let _g = setup();
        assert_eq!(
            fm("{} {}", &[&i(1)]),
            "IndexError: Replacement index 1 out of range for positional args tuple"
        );
        assert_eq!(fm("{0} {}", &[&i(1), &i(2)]), "ValueError: cannot switch from manual field specification to automatic field numbering");
        assert_eq!(fm("{} {0}", &[&i(1), &i(2)]), "ValueError: cannot switch from automatic field numbering to manual field specification");
        assert_eq!(fm("{0:{}}", &[&s("x"), &i(3)]), "ValueError: cannot switch from manual field specification to automatic field numbering");
        assert_eq!(
            fm("}", &[]),
            "ValueError: Single '}' encountered in format string"
        );
        assert_eq!(
            fm("x}y", &[]),
            "ValueError: Single '}' encountered in format string"
        );
        assert_eq!(
            fm("{", &[]),
            "ValueError: Single '{' encountered in format string"
        );
        assert_eq!(
            fm("{}}", &[&i(1)]),
            "ValueError: Single '}' encountered in format string"
        );
        assert_eq!(
            fm("{0:}}", &[&i(1)]),
            "ValueError: Single '}' encountered in format string"
        );
        assert_eq!(
            fm("{0!x}", &[&i(1)]),
            "ValueError: Unknown conversion specifier x"
        );
        assert_eq!(
            fm("{0! }", &[&i(1)]),
            "ValueError: Unknown conversion specifier \\x20"
        );
        assert_eq!(
            fm("{0!é}", &[&i(1)]),
            "ValueError: Unknown conversion specifier \\xe9"
        );
        assert_eq!(
            fm("{5!x}", &[&i(1)]),
            "IndexError: Replacement index 5 out of range for positional args tuple"
        );
        assert_eq!(fm("{a}", &[]), "KeyError: 'a'");
        assert_eq!(
            fm("{0:d}", &[&s("a")]),
            "ValueError: Unknown format code 'd' for object of type 'str'"
        );
        assert_eq!(
            fm("{0[x]}", &[&list(&[&i(1)])]),
            "TypeError: list indices must be integers or slices, not str"
        );
        assert_eq!(fm("{0]}", &[&i(1)]), "KeyError: '0]'");
        assert_eq!(
            fm("{0!}", &[&i(1)]),
            "ValueError: unmatched '{' in format spec"
        );
        assert_eq!(
            fm("{0!r", &[&i(1)]),
            "ValueError: unmatched '{' in format spec"
        );
        assert_eq!(
            fm("{0!", &[&i(1)]),
            "ValueError: end of string while looking for conversion specifier"
        );
        assert_eq!(
            fm("{0:", &[&i(1)]),
            "ValueError: unmatched '{' in format spec"
        );
        assert_eq!(
            fm("{0:{}", &[&i(1)]),
            "ValueError: unmatched '{' in format spec"
        );
        assert_eq!(
            fm("{0", &[&i(1)]),
            "ValueError: expected '}' before end of string"
        );
        assert_eq!(
            fm("{0[0}", &[&i(1)]),
            "ValueError: expected '}' before end of string"
        );
        assert_eq!(
            fm("{0!rr}", &[&i(1)]),
            "ValueError: expected ':' after conversion specifier"
        );
        assert_eq!(
            fm("{0!r!s}", &[&i(1)]),
            "ValueError: expected ':' after conversion specifier"
        );
        assert_eq!(
            fm("{0!:}", &[&i(1)]),
            "ValueError: Unknown conversion specifier :"
        );
        assert_eq!(
            fm("{:{:{}}}", &[&i(1), &i(2), &i(3)]),
            "ValueError: Max string recursion exceeded"
        );
        assert_eq!(
            fm("{:{:{}}}", &[&i(1), &i(2)]),
            "ValueError: Max string recursion exceeded"
        );
        assert_eq!(
            fm("{0:{{}}}", &[&i(1)]),
            "ValueError: Invalid format specifier '{}' for object of type 'int'"
        );
        assert_eq!(
            fm("{0[]}", &[&list(&[&i(1)])]),
            "ValueError: Empty attribute in format string"
        );
        assert_eq!(
            fm("{0..real}", &[&i(1)]),
            "ValueError: Empty attribute in format string"
        );
        assert_eq!(
            fm("{0[0]]}", &[&list(&[&i(1)])]),
            "ValueError: Only '.' or '[' may follow ']' in format field specifier"
        );
        assert_eq!(
            fm("{0[0]x}", &[&list(&[&i(1)])]),
            "ValueError: Only '.' or '[' may follow ']' in format field specifier"
        );
        assert_eq!(
            fm("{0[a]b}", &[&i(1)]),
            "TypeError: 'int' object is not subscriptable"
        );
        assert_eq!(
            fm("{0{}", &[&i(1)]),
            "ValueError: unexpected '{' in field name"
        );
        assert_eq!(
            fm("{99999999999999999999}", &[&i(1)]),
            "ValueError: Too many decimal digits in format string"
        );
        assert_eq!(
            fm("{}", &[]),
            "IndexError: Replacement index 0 out of range for positional args tuple"
        );
        assert_eq!(fm("{x.y}", &[]), "KeyError: 'x'");
    }

    #[test]
    fn format_map_fields() {
        let _g = setup();
        let d = crate::dict::new_dict();
        crate::dict::dict_set(d.v(), s("a"), i(1)).unwrap();
        assert_eq!(m("{a}", "format_map", &[&d]), "'1'");
        assert_eq!(
            m("{0}", "format_map", &[&d]),
            "ValueError: Format string contains positional fields"
        );
        assert_eq!(
            m("{}", "format_map", &[&d]),
            "ValueError: Format string contains positional fields"
        );
        assert_eq!(m("{b}", "format_map", &[&d]), "KeyError: 'b'");
        assert_eq!(
            m("{a}", "format_map", &[&i(1)]),
            "TypeError: 'int' object is not subscriptable"
        );
        assert_eq!(
            m("a", "format_map", &[]),
            "TypeError: str.format_map() takes exactly one argument (0 given)"
        );
    }
}
