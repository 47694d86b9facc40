//! The remaining builtin functions and the constructors of builtin types,
//! with CPython 3.12's results and messages.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::args::{self, bind, call1, index_big, index_value, Sig};
use crate::call::{arg_count, no_kwargs, split_kwargs};
use crate::exception::{err, raised_matches, take_raised, type_error, value_error, R};
use crate::function::BuiltinFn;
use crate::int::{from_bigint, from_i64, is_int, to_bigint, to_i64};
use crate::iter::{new_iter, IterData};
use crate::list::{list_items, new_list};
use crate::num::arith;
use crate::object::{alloc, ty, type_data, type_id, type_name, type_of, TypeId};
use crate::ops::{self, BinOp, CmpOp};
use crate::str::{as_string, is_str, new_str, str_data};
use crate::tuple::new_tuple;
use crate::value::{none, Owned, Value};

/// Builtin functions beyond the core ones in `builtins.rs`. (`enumerate`,
/// `zip`, `reversed` and `type` are types: see [`construct_builtin`].)
pub const FUNCTIONS: &[(&str, BuiltinFn)] = &[
    ("abs", abs),
    ("min", min),
    ("max", max),
    ("sum", sum),
    ("sorted", sorted),
    ("ord", ord),
    ("chr", chr),
    ("hex", hex),
    ("bin", bin),
    ("oct", oct),
    ("divmod", divmod),
    ("pow", pow),
    ("round", round),
    ("input", input),
    ("any", any),
    ("all", all),
    ("callable", callable),
    ("hash", hash),
    ("id", id),
    ("iter", iter),
    ("next", next),
    ("format", format),
    ("ascii", ascii),
    ("getattr", getattr),
    ("hasattr", hasattr),
    ("setattr", setattr),
    ("delattr", delattr),
    ("issubclass", issubclass),
];

fn one(name: &str, args: &[Value], kwnames: &[Owned]) -> R<Value> {
    no_kwargs(name, kwnames)?;
    arg_count(name, args, 1, 1)?;
    Ok(args[0])
}

fn abs(args: &[Value], kwnames: &[Owned]) -> R {
    abs_value(one("abs", args, kwnames)?)
}

/// `abs(x)`.
pub fn abs_value(x: Value) -> R {
    if x.is_float() {
        return Ok(Owned::from(x.as_float().abs()));
    }
    if is_int(x) {
        return Ok(match to_i64(x) {
            Some(n) => from_bigint(BigInt::from(n).abs()),
            None => from_bigint(crate::int::big(x).abs()),
        });
    }
    if crate::complex::is_complex(x) {
        return crate::complex::complex_abs(x);
    }
    type_error(format!("bad operand type for abs(): '{}'", type_name(x)))
}

fn min(args: &[Value], kwnames: &[Owned]) -> R {
    min_max(args, kwnames, "min", CmpOp::Lt)
}

fn max(args: &[Value], kwnames: &[Owned]) -> R {
    min_max(args, kwnames, "max", CmpOp::Gt)
}

/// `min`/`max`: the first item that no later item beats under `op`.
fn min_max(args: &[Value], kwnames: &[Owned], name: &str, op: CmpOp) -> R {
    let (pos, kws) = split_kwargs(args, kwnames);
    let mut key = None;
    let mut default = None;
    for (k, v) in kws {
        match k.as_str() {
            "key" => key = Some(v),
            "default" => default = Some(v),
            _ => return type_error(format!("'{k}' is an invalid keyword argument for {name}()")),
        }
    }
    if pos.is_empty() {
        return type_error(format!("{name} expected at least 1 argument, got 0"));
    }
    if pos.len() > 1 && default.is_some() {
        return type_error(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        ));
    }
    let key = key.filter(|k| !k.is_none());
    let it = if pos.len() == 1 {
        crate::iter::iter(pos[0])?
    } else {
        crate::iter::iter(new_tuple(pos.iter().map(|v| v.new_ref()).collect()).v())?
    };
    let mut best: Option<(Owned, Owned)> = None;
    while let Some(item) = crate::iter::next(it.v())? {
        let k = match key {
            Some(f) => call1(f, item.v())?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((_, bk)) => ops::truthy(ops::compare(op, k.v(), bk.v())?.v())?,
        };
        if better {
            best = Some((item, k));
        }
    }
    match (best, default) {
        (Some((item, _)), _) => Ok(item),
        (None, Some(d)) => Ok(d.new_ref()),
        (None, None) => value_error(format!("{name}() iterable argument is empty")),
    }
}

const SUM: Sig = Sig {
    name: "sum",
    params: &["iterable", "start"],
    posonly: 1,
    required: 1,
    maxpos: 2,
};

fn sum(args: &[Value], kwnames: &[Owned]) -> R {
    let a = bind(&SUM, args, kwnames)?;
    let start = a[1];
    if let Some(s) = start {
        if is_str(s) {
            return type_error("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if crate::bytes::is_bytes(s) || crate::bytes::is_bytearray(s) {
            return type_error(format!(
                "sum() can't sum {} [use b''.join(seq) instead]",
                type_name(s)
            ));
        }
    }
    let it = crate::iter::iter(a[0].unwrap())?;
    let mut result = start.map_or_else(|| from_i64(0), |s| s.new_ref());
    // Ints accumulate exactly; the first non-int switches to the generic path.
    if is_int(result.v()) && !result.v().is_bool() {
        let mut small: i64 = to_i64(result.v()).unwrap_or(0);
        let mut big: BigInt = if to_i64(result.v()).is_some() {
            BigInt::zero()
        } else {
            to_bigint(result.v())
        };
        loop {
            let Some(item) = crate::iter::next(it.v())? else {
                return Ok(from_bigint(big + small));
            };
            if is_int(item.v()) {
                match to_i64(item.v()).and_then(|n| small.checked_add(n)) {
                    Some(t) => small = t,
                    None => {
                        big += to_bigint(item.v());
                    }
                }
                continue;
            }
            let so_far = from_bigint(big + small);
            result = ops::binary(BinOp::Add, so_far.v(), item.v())?;
            break;
        }
    }
    // Floats use Neumaier's compensated summation, ints join uncompensated.
    if result.v().is_float() {
        let mut total = result.v().as_float();
        let mut comp = 0.0f64;
        let finish = |total: f64, comp: f64| {
            if comp != 0.0 && comp.is_finite() {
                total + comp
            } else {
                total
            }
        };
        loop {
            let Some(item) = crate::iter::next(it.v())? else {
                return Ok(Owned::from(finish(total, comp)));
            };
            let x = item.v();
            if x.is_float() {
                let x = x.as_float();
                let t = total + x;
                if total.abs() >= x.abs() {
                    comp += (total - t) + x;
                } else {
                    comp += (x - t) + total;
                }
                total = t;
                continue;
            }
            if is_int(x) {
                if let Some(n) = to_i64(x) {
                    total += n as f64;
                    continue;
                }
            }
            let so_far = Owned::from(finish(total, comp));
            result = ops::binary(BinOp::Add, so_far.v(), x)?;
            break;
        }
    }
    while let Some(item) = crate::iter::next(it.v())? {
        result = ops::binary(BinOp::Add, result.v(), item.v())?;
    }
    Ok(result)
}

fn sorted(args: &[Value], kwnames: &[Owned]) -> R {
    let npos = args.len() - kwnames.len();
    if npos != 1 {
        return type_error(format!("sorted expected 1 argument, got {npos}"));
    }
    let items = crate::iter::collect(args[0])?;
    let list = new_list(items);
    let mut all = vec![list.v()];
    all.extend_from_slice(&args[1..]);
    crate::list_methods::sort_method(&all, kwnames)?;
    Ok(list)
}

fn ord(args: &[Value], kwnames: &[Owned]) -> R {
    let c = one("ord", args, kwnames)?;
    if crate::bytes::is_bytes(c) || crate::bytes::is_bytearray(c) {
        let b = crate::bytes::contents(c);
        if b.len() != 1 {
            return type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            ));
        }
        return Ok(from_i64(i64::from(b[0])));
    }
    if !is_str(c) {
        return type_error(format!(
            "ord() expected string of length 1, but {} found",
            type_name(c)
        ));
    }
    let s = str_data(c);
    if s.len != 1 {
        return type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.len
        ));
    }
    Ok(from_i64(s.get(0) as i64))
}

fn chr(args: &[Value], kwnames: &[Owned]) -> R {
    let c = one("chr", args, kwnames)?;
    let n = index_big(c)?;
    let Some(n) = n.to_i32() else {
        return err(
            TypeId::OverflowError,
            "Python int too large to convert to C int",
        );
    };
    if !(0..0x110000).contains(&n) {
        return value_error("chr() arg not in range(0x110000)");
    }
    Ok(crate::str::char_str(n as u32))
}

fn base_text(name: &str, base: u32, args: &[Value], kwnames: &[Owned]) -> R {
    let v = one(name, args, kwnames)?;
    let n = index_big(v)?;
    Ok(new_str(&crate::num::int_text::int_to_base_string(
        &n, base, true,
    )))
}

fn hex(args: &[Value], kwnames: &[Owned]) -> R {
    base_text("hex", 16, args, kwnames)
}

fn bin(args: &[Value], kwnames: &[Owned]) -> R {
    base_text("bin", 2, args, kwnames)
}

fn oct(args: &[Value], kwnames: &[Owned]) -> R {
    base_text("oct", 8, args, kwnames)
}

/// `divmod(a, b)`.
pub fn divmod_values(a: Value, b: Value) -> R {
    let num = |v: Value| v.is_float() || is_int(v);
    if !num(a) || !num(b) {
        return type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            type_name(a),
            type_name(b)
        ));
    }
    if is_int(a) && is_int(b) {
        if let (Some(x), Some(y)) = (to_i64(a), to_i64(b)) {
            if let Some((q, r)) = arith::divmod_i64(x, y) {
                return Ok(new_tuple(vec![from_i64(q), from_i64(r)]));
            }
        }
        let (x, y) = (to_bigint(a), to_bigint(b));
        if y.is_zero() {
            return err(
                TypeId::ZeroDivisionError,
                "integer division or modulo by zero",
            );
        }
        let (q, r) = arith::divmod_big(&x, &y);
        return Ok(new_tuple(vec![from_bigint(q), from_bigint(r)]));
    }
    let to_f = |v: Value| {
        if v.is_float() {
            Ok(v.as_float())
        } else {
            ops::int_to_f64(v)
        }
    };
    let (x, y) = (to_f(a)?, to_f(b)?);
    if y == 0.0 {
        return err(TypeId::ZeroDivisionError, "float divmod()");
    }
    let (q, r) = arith::float_divmod(x, y);
    Ok(new_tuple(vec![Owned::from(q), Owned::from(r)]))
}

fn divmod(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs("divmod", kwnames)?;
    arg_count("divmod", args, 2, 2)?;
    divmod_values(args[0], args[1])
}

const POW: Sig = Sig {
    name: "pow",
    params: &["base", "exp", "mod"],
    posonly: 0,
    required: 2,
    maxpos: 3,
};

fn pow(args: &[Value], kwnames: &[Owned]) -> R {
    let a = bind(&POW, args, kwnames)?;
    let (base, exp) = (a[0].unwrap(), a[1].unwrap());
    match a[2] {
        None => ops::binary(BinOp::Pow, base, exp),
        Some(m) if m.is_none() => ops::binary(BinOp::Pow, base, exp),
        Some(m) => pow3(base, exp, m),
    }
}

/// `pow(base, exp, mod)`: CPython's `ternary_op` tries the `**` of the type
/// of `base`, then of `exp`, then of `mod` (each numeric type once).
pub fn pow3(base: Value, exp: Value, m: Value) -> R {
    #[derive(PartialEq)]
    enum Slot {
        Int,
        Float,
        Complex,
    }
    let slot = |v: Value| {
        if is_int(v) {
            Some(Slot::Int)
        } else if v.is_float() {
            Some(Slot::Float)
        } else if crate::complex::is_complex(v) {
            Some(Slot::Complex)
        } else {
            None
        }
    };
    let mut tried = Vec::with_capacity(3);
    for s in [slot(base), slot(exp), slot(m)].into_iter().flatten() {
        if tried.contains(&s) {
            continue;
        }
        match s {
            Slot::Int if is_int(base) && is_int(exp) && is_int(m) => {
                return match arith::pow_mod(&to_bigint(base), &to_bigint(exp), &to_bigint(m)) {
                    Ok(r) => Ok(from_bigint(r)),
                    Err(msg) => value_error(msg),
                };
            }
            Slot::Float => {
                return type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                );
            }
            Slot::Complex => {
                let a = crate::complex::as_complex(base)?;
                let b = crate::complex::as_complex(exp)?;
                if a.is_some() && b.is_some() {
                    return value_error("complex modulo");
                }
            }
            Slot::Int => {}
        }
        tried.push(s);
    }
    type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        type_name(base),
        type_name(exp),
        type_name(m)
    ))
}

const ROUND: Sig = Sig {
    name: "round",
    params: &["number", "ndigits"],
    posonly: 0,
    required: 1,
    maxpos: 2,
};

fn round(args: &[Value], kwnames: &[Owned]) -> R {
    let a = bind(&ROUND, args, kwnames)?;
    let x = a[0].unwrap();
    round_value(x, a[1].filter(|n| !n.is_none()))
}

/// `round(x)` / `round(x, ndigits)`.
pub fn round_value(x: Value, ndigits: Option<Value>) -> R {
    if x.is_float() {
        let f = x.as_float();
        let Some(nd) = ndigits else {
            return float_to_int(arith::round_half_even(f));
        };
        let nd = args::ssize_clamped(nd)?;
        return match arith::round_f64(f, nd) {
            Ok(r) => Ok(Owned::from(r)),
            Err(msg) => err(TypeId::OverflowError, msg),
        };
    }
    if is_int(x) {
        let Some(nd) = ndigits else {
            return index_value(x);
        };
        let nd = index_big(nd)?;
        if !nd.is_negative() {
            return index_value(x);
        }
        let n = to_bigint(x);
        return Ok(match nd.to_i64() {
            Some(k) => from_bigint(arith::round_int(&n, k)),
            None => from_i64(0),
        });
    }
    type_error(format!(
        "type {} doesn't define __round__ method",
        type_name(x)
    ))
}

/// `int(f)` for a float: truncation, with CPython's errors for inf and NaN.
pub fn float_to_int(f: f64) -> R {
    if f.is_nan() {
        return value_error("cannot convert float NaN to integer");
    }
    if f.is_infinite() {
        return err(
            TypeId::OverflowError,
            "cannot convert float infinity to integer",
        );
    }
    if f.abs() < 1e15 {
        return Ok(from_i64(f as i64));
    }
    Ok(from_bigint(arith::float_to_bigint(f).expect("finite")))
}

fn input(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs("input", kwnames)?;
    arg_count("input", args, 0, 1)?;
    crate::io::flush_stdout();
    if let Some(&p) = args.first() {
        let text = crate::repr::str_string(p)?;
        crate::io::write_text(1, &text);
        crate::io::flush_stdout();
    }
    let mut line = Vec::new();
    let n = std::io::BufRead::read_until(&mut std::io::stdin().lock(), b'\n', &mut line);
    match n {
        Ok(0) => err(TypeId::EOFError, "EOF when reading a line"),
        Ok(_) => {
            if line.last() == Some(&b'\n') {
                line.pop();
                if line.last() == Some(&b'\r') {
                    line.pop();
                }
            }
            Ok(new_str(&String::from_utf8_lossy(&line)))
        }
        Err(e) => err(TypeId::OSError, e.to_string()),
    }
}

fn any(args: &[Value], kwnames: &[Owned]) -> R {
    let v = one("any", args, kwnames)?;
    let it = crate::iter::iter(v)?;
    while let Some(x) = crate::iter::next(it.v())? {
        if ops::truthy(x.v())? {
            return Ok(Owned::from(true));
        }
    }
    Ok(Owned::from(false))
}

fn all(args: &[Value], kwnames: &[Owned]) -> R {
    let v = one("all", args, kwnames)?;
    let it = crate::iter::iter(v)?;
    while let Some(x) = crate::iter::next(it.v())? {
        if !ops::truthy(x.v())? {
            return Ok(Owned::from(false));
        }
    }
    Ok(Owned::from(true))
}

/// `callable(v)`.
pub fn is_callable(v: Value) -> bool {
    v.is_ptr()
        && matches!(
            type_id(v),
            TypeId::Function
                | TypeId::BuiltinFunction
                | TypeId::Method
                | TypeId::Type
                | TypeId::MethodDescriptor
                | TypeId::WrapperDescriptor
                | TypeId::MethodWrapper
        )
}

fn callable(args: &[Value], kwnames: &[Owned]) -> R {
    let v = one("callable", args, kwnames)?;
    Ok(Owned::from(is_callable(v)))
}

fn hash(args: &[Value], kwnames: &[Owned]) -> R {
    let v = one("hash", args, kwnames)?;
    Ok(from_i64(ops::hash(v)?))
}

fn id(args: &[Value], kwnames: &[Owned]) -> R {
    let v = one("id", args, kwnames)?;
    if v.is_ptr() {
        return Ok(from_i64(v.ptr() as i64));
    }
    Ok(from_bigint(BigInt::from(v.0)))
}

fn iter(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs("iter", kwnames)?;
    arg_count("iter", args, 1, 2)?;
    if args.len() == 2 {
        if !is_callable(args[0]) {
            return type_error("iter(object, sentinel): object must be callable");
        }
        let data = IterData::Callable {
            func: args[0].new_ref(),
            sentinel: args[1].new_ref(),
        };
        return Ok(new_iter(TypeId::CallableIterator, data));
    }
    crate::iter::iter(args[0])
}

fn next(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs("next", kwnames)?;
    arg_count("next", args, 1, 2)?;
    if args.len() == 1 && crate::generator::is_generator(args[0]) {
        // StopIteration carries the generator's return value.
        return crate::generator::send(args[0], Value::NONE);
    }
    match crate::iter::next(args[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.new_ref()),
            None => args::stop_iteration(None),
        },
    }
}

fn format(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs("format", kwnames)?;
    arg_count("format", args, 1, 2)?;
    match args.get(1) {
        None => {
            let empty = new_str("");
            crate::format::format(args[0], empty.v())
        }
        Some(&spec) => {
            if !is_str(spec) {
                return type_error(format!(
                    "format() argument 2 must be str, not {}",
                    type_name(spec)
                ));
            }
            crate::format::format(args[0], spec)
        }
    }
}

fn ascii(args: &[Value], kwnames: &[Owned]) -> R {
    let v = one("ascii", args, kwnames)?;
    crate::format::ascii(v)
}

fn attr_name(name: Value) -> R<()> {
    if is_str(name) {
        Ok(())
    } else {
        type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(name)
        ))
    }
}

fn getattr(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs("getattr", kwnames)?;
    arg_count("getattr", args, 2, 3)?;
    attr_name(args[1])?;
    match crate::attr::getattr(args[0], args[1]) {
        Err(_) if args.len() == 3 && raised_matches(TypeId::AttributeError) => {
            take_raised();
            Ok(args[2].new_ref())
        }
        r => r,
    }
}

fn setattr(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs("setattr", kwnames)?;
    arg_count("setattr", args, 3, 3)?;
    attr_name(args[1])?;
    crate::attr::setattr(args[0], args[1], args[2])?;
    Ok(Owned::from_raw(Value::NONE))
}

fn delattr(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs("delattr", kwnames)?;
    arg_count("delattr", args, 2, 2)?;
    attr_name(args[1])?;
    crate::attr::delattr(args[0], args[1])?;
    Ok(Owned::from_raw(Value::NONE))
}

fn hasattr(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs("hasattr", kwnames)?;
    arg_count("hasattr", args, 2, 2)?;
    attr_name(args[1])?;
    match crate::attr::getattr(args[0], args[1]) {
        Ok(_) => Ok(Owned::from(true)),
        Err(_) if raised_matches(TypeId::AttributeError) => {
            take_raised();
            Ok(Owned::from(false))
        }
        Err(e) => Err(e),
    }
}

fn issubclass(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs("issubclass", kwnames)?;
    arg_count("issubclass", args, 2, 2)?;
    let (c, t) = (args[0], args[1]);
    if !crate::object::is_type(c) {
        return type_error("issubclass() arg 1 must be a class");
    }
    fn check(c: Value, t: Value) -> R<bool> {
        if crate::object::is_type(t) {
            return Ok(crate::object::is_subtype(c.ptr(), t.ptr()));
        }
        if crate::tuple::is_tuple(t) {
            for x in crate::tuple::items(t).to_vec() {
                if check(c, x.v())? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
    }
    Ok(Owned::from(check(c, t)?))
}

// ---------------------------------------------------------------------------
// Constructors
// ---------------------------------------------------------------------------

/// Calls a builtin type: `int(x)`, `list(it)`, ...
pub fn construct_builtin(id: TypeId, args: &[Value], kwnames: &[Owned]) -> R {
    match id {
        TypeId::Int => new_int(args, kwnames),
        TypeId::Complex => crate::complex::construct(args, kwnames),
        TypeId::Bool => {
            no_kwargs("bool", kwnames)?;
            arg_count("bool", args, 0, 1)?;
            let b = match args.first() {
                Some(&v) => ops::truthy(v)?,
                None => false,
            };
            Ok(Owned::from(b))
        }
        TypeId::Float => {
            no_kwargs("float", kwnames)?;
            arg_count("float", args, 0, 1)?;
            match args.first() {
                Some(&v) => to_float(v),
                None => Ok(Owned::from(0.0)),
            }
        }
        TypeId::Str => new_str_value(args, kwnames),
        TypeId::Bytes => crate::bytes::construct_bytes(args, kwnames),
        TypeId::ByteArray => crate::bytes::construct_bytearray(args, kwnames),
        TypeId::MemoryView => crate::memoryview::construct(args, kwnames),
        TypeId::List => {
            no_kwargs("list", kwnames)?;
            arg_count("list", args, 0, 1)?;
            match args.first() {
                Some(&v) => Ok(new_list(crate::iter::collect(v)?)),
                None => Ok(new_list(Vec::new())),
            }
        }
        TypeId::Tuple => {
            no_kwargs("tuple", kwnames)?;
            arg_count("tuple", args, 0, 1)?;
            match args.first() {
                Some(&v) if v.is_ptr() && type_id(v) == TypeId::Tuple => Ok(v.new_ref()),
                Some(&v) => Ok(new_tuple(crate::iter::collect(v)?)),
                None => Ok(new_tuple(Vec::new())),
            }
        }
        TypeId::Dict => {
            let (pos, _) = split_kwargs(args, kwnames);
            arg_count("dict", pos, 0, 1)?;
            let d = crate::dict::new_dict();
            crate::dict_methods::update_args(d.v(), args, kwnames)?;
            Ok(d)
        }
        TypeId::Set | TypeId::FrozenSet => {
            let name = type_data(ty(id)).name;
            no_kwargs(name, kwnames)?;
            arg_count(name, args, 0, 1)?;
            match args.first() {
                // frozenset(f) is f itself.
                Some(&v) if id == TypeId::FrozenSet && crate::set::is_frozenset_exact(v) => {
                    Ok(v.new_ref())
                }
                arg => crate::set::make_new(id, arg.copied()),
            }
        }
        TypeId::Range => new_range(args, kwnames),
        TypeId::Slice => {
            no_kwargs("slice", kwnames)?;
            arg_count("slice", args, 1, 3)?;
            let o = |i: usize| args[i].new_ref();
            Ok(match args.len() {
                1 => crate::slice::new_slice(none(), o(0), none()),
                2 => crate::slice::new_slice(o(0), o(1), none()),
                _ => crate::slice::new_slice(o(0), o(1), o(2)),
            })
        }
        TypeId::Enumerate => new_enumerate(args, kwnames),
        TypeId::Zip => new_zip(args, kwnames),
        TypeId::Reversed => {
            no_kwargs("reversed", kwnames)?;
            if args.len() != 1 {
                return type_error(format!("reversed expected 1 argument, got {}", args.len()));
            }
            reversed(args[0])
        }
        TypeId::Map => {
            no_kwargs("map", kwnames)?;
            if args.len() < 2 {
                return type_error("map() must have at least two arguments.");
            }
            let mut iters = Vec::with_capacity(args.len() - 1);
            for &a in &args[1..] {
                iters.push(crate::iter::iter(a)?);
            }
            Ok(new_iter(
                TypeId::Map,
                IterData::Map {
                    func: args[0].new_ref(),
                    iters,
                },
            ))
        }
        TypeId::Filter => {
            no_kwargs("filter", kwnames)?;
            if args.len() != 2 {
                return type_error(format!("filter expected 2 arguments, got {}", args.len()));
            }
            let iter = crate::iter::iter(args[1])?;
            Ok(new_iter(
                TypeId::Filter,
                IterData::Filter {
                    func: args[0].new_ref(),
                    iter,
                },
            ))
        }
        TypeId::Object => {
            if !args.is_empty() {
                return type_error("object() takes no arguments");
            }
            Ok(alloc(TypeId::Object, ()))
        }
        TypeId::Type => {
            if args.len() == 1 && kwnames.is_empty() {
                return Ok(Value::from_ptr(type_of(args[0])).new_ref());
            }
            if args.len() == 3 && kwnames.is_empty() {
                return type_error("type() with 3 arguments is not supported");
            }
            type_error("type() takes 1 or 3 arguments")
        }
        _ => type_error(format!(
            "cannot create '{}' instances",
            type_data(ty(id)).name
        )),
    }
}

const INT: Sig = Sig {
    name: "int",
    params: &["x", "base"],
    posonly: 1,
    required: 0,
    maxpos: 2,
};

fn new_int(args: &[Value], kwnames: &[Owned]) -> R {
    let a = bind(&INT, args, kwnames)?;
    let Some(x) = a[0] else {
        if a[1].is_some() {
            return type_error("int() missing string argument");
        }
        return Ok(from_i64(0));
    };
    let Some(base) = a[1] else {
        return to_int(x);
    };
    let base = index_big(base)?;
    let is_text = is_str(x) || crate::bytes::is_bytes(x) || crate::bytes::is_bytearray(x);
    if !is_text {
        return type_error("int() can't convert non-string with explicit base");
    }
    let base = match base.to_u32() {
        Some(b) if b == 0 || (2..=36).contains(&b) => b,
        _ => return value_error("int() base must be >= 2 and <= 36, or 0"),
    };
    if !is_str(x) {
        return parse_int_bytes(crate::bytes::contents(x), base);
    }
    parse_int_value(x, base)
}

/// `int(x)` with one argument.
pub fn to_int(x: Value) -> R {
    if x.is_bool() {
        return Ok(from_i64(x.as_bool() as i64));
    }
    if is_int(x) {
        return Ok(x.new_ref());
    }
    if x.is_float() {
        return float_to_int(x.as_float());
    }
    if is_str(x) {
        return parse_int_value(x, 10);
    }
    if let Some(b) = crate::bytes::buffer(x)? {
        return parse_int_bytes(&b, 10);
    }
    type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name(x)
    ))
}

fn parse_int_value(s: Value, base: u32) -> R {
    match crate::num::int_text::parse_int(&as_string(s), base) {
        Ok(n) => Ok(from_bigint(n)),
        Err(e) => value_error(e.message(&crate::repr::repr_string(s)?)),
    }
}

/// `int(b, base)` for the bytes of a bytes-like object: ASCII text only.
fn parse_int_bytes(b: &[u8], base: u32) -> R {
    let repr = crate::text::repr::bytes_repr(b);
    let Some(text) = std::str::from_utf8(b).ok().filter(|t| t.is_ascii()) else {
        return value_error(crate::num::int_text::invalid_literal_message(base, &repr));
    };
    match crate::num::int_text::parse_int(text, base) {
        Ok(n) => Ok(from_bigint(n)),
        Err(e) => value_error(e.message(&repr)),
    }
}

/// `float(x)` with one argument.
pub fn to_float(x: Value) -> R {
    if x.is_float() {
        return Ok(x.new_ref());
    }
    if is_int(x) {
        return Ok(Owned::from(ops::int_to_f64(x)?));
    }
    if is_str(x) {
        return match crate::num::float_text::parse_float(&as_string(x)) {
            Some(f) if !str_data(x).has_surrogates() => Ok(Owned::from(f)),
            _ => value_error(format!(
                "could not convert string to float: {}",
                crate::repr::repr_string(x)?
            )),
        };
    }
    if let Some(b) = crate::bytes::buffer(x)? {
        let parsed = std::str::from_utf8(&b)
            .ok()
            .filter(|t| t.is_ascii())
            .and_then(crate::num::float_text::parse_float);
        return match parsed {
            Some(f) => Ok(Owned::from(f)),
            None => value_error(format!(
                "could not convert string to float: {}",
                crate::text::repr::bytes_repr(&b)
            )),
        };
    }
    type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        type_name(x)
    ))
}

const STR: Sig = Sig {
    name: "str",
    params: &["object", "encoding", "errors"],
    posonly: 0,
    required: 0,
    maxpos: 3,
};

fn new_str_value(args: &[Value], kwnames: &[Owned]) -> R {
    if let ([v], []) = (args, kwnames) {
        return crate::repr::to_str(*v);
    }
    let a = bind(&STR, args, kwnames)?;
    for (i, what) in [(1, "encoding"), (2, "errors")] {
        if let Some(v) = a[i] {
            if !is_str(v) {
                return type_error(format!(
                    "str() argument '{what}' must be str, not {}",
                    crate::args::arg_type_name(v)
                ));
            }
        }
    }
    match a[0] {
        None => Ok(new_str("")),
        Some(v) if a[1].is_none() && a[2].is_none() => crate::repr::to_str(v),
        Some(v) if is_str(v) => type_error("decoding str is not supported"),
        Some(v) => crate::codecs::str_from_bytes(v, a[1], a[2]),
    }
}

fn new_range(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs("range", kwnames)?;
    arg_count("range", args, 1, 3)?;
    let mut v = Vec::with_capacity(3);
    for &a in args {
        v.push(index_value(a)?);
    }
    let (start, stop, step) = match v.len() {
        1 => (from_i64(0), v.pop().unwrap(), from_i64(1)),
        2 => {
            let stop = v.pop().unwrap();
            (v.pop().unwrap(), stop, from_i64(1))
        }
        _ => {
            let step = v.pop().unwrap();
            let stop = v.pop().unwrap();
            (v.pop().unwrap(), stop, step)
        }
    };
    if crate::int::sign(step.v()) == 0 {
        return value_error("range() arg 3 must not be zero");
    }
    Ok(crate::range::new_range(start, stop, step))
}

const ENUMERATE: Sig = Sig {
    name: "enumerate",
    params: &["iterable", "start"],
    posonly: 0,
    required: 0,
    maxpos: 2,
};

fn new_enumerate(args: &[Value], kwnames: &[Owned]) -> R {
    let a = bind(&ENUMERATE, args, kwnames)?;
    let Some(iterable) = a[0] else {
        return type_error("enumerate() missing required argument 'iterable'");
    };
    let count = match a[1] {
        Some(s) => index_value(s)?,
        None => from_i64(0),
    };
    let it = crate::iter::iter(iterable)?;
    Ok(new_iter(
        TypeId::Enumerate,
        IterData::Enumerate { iter: it, count },
    ))
}

fn new_zip(args: &[Value], kwnames: &[Owned]) -> R {
    let (pos, kws) = split_kwargs(args, kwnames);
    if kws.len() > 1 {
        return type_error(format!(
            "zip() takes at most 1 keyword argument ({} given)",
            kws.len()
        ));
    }
    let mut strict = false;
    for (k, v) in kws {
        if k != "strict" {
            return type_error(format!("'{k}' is an invalid keyword argument for zip()"));
        }
        strict = ops::truthy(v)?;
    }
    let mut iters = Vec::with_capacity(pos.len());
    for &p in pos {
        iters.push(crate::iter::iter(p)?);
    }
    Ok(new_iter(TypeId::Zip, IterData::Zip { iters, strict }))
}

/// `reversed(v)`.
pub fn reversed(v: Value) -> R {
    let rev_list = |items: Vec<Owned>| {
        let n = items.len();
        let seq = new_list(items);
        new_iter(TypeId::Reversed, IterData::SeqReverse { seq, index: n })
    };
    if v.is_ptr() {
        match type_id(v) {
            TypeId::List => {
                let n = list_items(v).len();
                return Ok(new_iter(
                    TypeId::ListReverseIterator,
                    IterData::SeqReverse {
                        seq: v.new_ref(),
                        index: n,
                    },
                ));
            }
            TypeId::Tuple
            | TypeId::Str
            | TypeId::Bytes
            | TypeId::ByteArray
            | TypeId::MemoryView => {
                return Ok(rev_list(crate::iter::collect(v)?));
            }
            TypeId::Dict => {
                return Ok(crate::iter::dict_reverse_iter(
                    v,
                    crate::dict::ViewKind::Keys,
                ));
            }
            TypeId::DictKeys | TypeId::DictValues | TypeId::DictItems => {
                let view = crate::dict::view_data(v);
                return Ok(crate::iter::dict_reverse_iter(view.dict.v(), view.kind));
            }
            TypeId::Range => return reversed_range(v),
            _ => {}
        }
    }
    type_error(format!("'{}' object is not reversible", type_name(v)))
}

fn reversed_range(r: Value) -> R {
    let d = crate::range::range_data(r);
    let (start, stop, step) = (
        to_bigint(d.start.v()),
        to_bigint(d.stop.v()),
        to_bigint(d.step.v()),
    );
    let n = crate::range_methods::range_len_big(r);
    let last = if n.is_zero() {
        start.clone()
    } else {
        &start + &step * (&n - 1u32)
    };
    // CPython's `range_reverse` uses its C-long iterator when start, stop,
    // step, -step, start - step and the length all fit.
    let fits = |x: &BigInt| x.to_i64().is_some();
    let long = !(fits(&start)
        && fits(&stop)
        && fits(&step)
        && fits(&-&step)
        && fits(&(&start - &step))
        && fits(&n));
    Ok(crate::range_methods::new_range_iter(last, -step, n, long))
}

/// The error `zip(strict=True)` raises when iterator `i` ends early; when
/// the first one ends, the others must end too (`Ok(None)`).
pub fn zip_strict_error(iters: &[Owned], i: usize) -> R<Option<Owned>> {
    let plural = |k: usize| {
        if k == 1 {
            "argument 1".to_string()
        } else {
            format!("arguments 1-{k}")
        }
    };
    if i > 0 {
        return value_error(format!(
            "zip() argument {} is shorter than {}",
            i + 1,
            plural(i)
        ));
    }
    for (j, it) in iters.iter().enumerate().skip(1) {
        if crate::iter::next(it.v())?.is_some() {
            return value_error(format!(
                "zip() argument {} is longer than {}",
                j + 1,
                plural(j)
            ));
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use crate::args::testing::*;
    use crate::value::Owned;

    fn c(name: &str, pos: &[&Owned]) -> String {
        show(call(name, pos, &[]))
    }

    fn ck(name: &str, pos: &[&Owned], kws: &[(&str, &Owned)]) -> String {
        show(call(name, pos, kws))
    }

    #[test]
    fn min_max() {
        let _g = setup();
        let l = list(&[&i(3), &i(1), &i(2)]);
        assert_eq!(c("max", &[&l]), "3");
        assert_eq!(c("min", &[&l]), "1");
        assert_eq!(c("max", &[&i(1), &f(2.5)]), "2.5");
        assert_eq!(c("max", &[&list(&[&i(1), &f(1.0)])]), "1");
        assert_eq!(c("max", &[&list(&[&f(1.0), &i(1)])]), "1.0");
        assert_eq!(
            c("max", &[]),
            "TypeError: max expected at least 1 argument, got 0"
        );
        assert_eq!(
            c("max", &[&list(&[])]),
            "ValueError: max() iterable argument is empty"
        );
        assert_eq!(
            c("min", &[&list(&[])]),
            "ValueError: min() iterable argument is empty"
        );
        assert_eq!(
            c("max", &[&i(1)]),
            "TypeError: 'int' object is not iterable"
        );
        assert_eq!(ck("max", &[&list(&[])], &[("default", &i(5))]), "5");
        assert_eq!(
            ck("max", &[&i(1), &i(2)], &[("default", &i(5))]),
            "TypeError: Cannot specify a default for max() with multiple positional arguments"
        );
        assert_eq!(
            ck("max", &[&l], &[("foo", &i(1))]),
            "TypeError: 'foo' is an invalid keyword argument for max()"
        );
        assert_eq!(
            c("max", &[&list(&[&i(1), &s("a")])]),
            "TypeError: '>' not supported between instances of 'str' and 'int'"
        );
        let neg = crate::builtins::lookup(s("abs").v()).unwrap();
        assert_eq!(
            ck("max", &[&list(&[&i(-3), &i(2)])], &[("key", &neg)]),
            "-3"
        );
        assert_eq!(
            ck("max", &[&i(1), &i(2)], &[("key", &crate::value::none())]),
            "2"
        );
        assert_eq!(c("max", &[&s("abc")]), "'c'");
    }

    #[test]
    fn sum_paths() {
        let _g = setup();
        assert_eq!(c("sum", &[&list(&[&i(1), &i(2)])]), "3");
        assert_eq!(c("sum", &[&list(&[&i(1), &f(2.5), &i(3)])]), "6.5");
        let tenth = f(0.1);
        let tenths: Vec<&Owned> = (0..10).map(|_| &tenth).collect();
        assert_eq!(c("sum", &[&list(&tenths)]), "1.0");
        assert_eq!(c("sum", &[&list(&[&f(1e16), &i(1), &i(1)])]), "1e+16");
        assert_eq!(
            c("sum", &[&list(&[&f(1e16), &f(1.0), &f(1.0)])]),
            "1.0000000000000002e+16"
        );
        assert_eq!(c("sum", &[&list(&[&f(-0.0)])]), "0.0");
        assert_eq!(ck("sum", &[&list(&[])], &[("start", &f(-0.0))]), "-0.0");
        assert_eq!(
            c("sum", &[&list(&[&s("a")]), &s("x")]),
            "TypeError: sum() can't sum strings [use ''.join(seq) instead]"
        );
        assert_eq!(ck("sum", &[&list(&[&i(1)])], &[("start", &i(2))]), "3");
        assert_eq!(
            c(
                "sum",
                &[&list(&[&list(&[&i(1)]), &list(&[&i(2)])]), &list(&[])]
            ),
            "[1, 2]"
        );
        assert_eq!(
            c("sum", &[]),
            "TypeError: sum() takes at least 1 positional argument (0 given)"
        );
        assert_eq!(
            c("sum", &[&list(&[]), &i(2), &i(3)]),
            "TypeError: sum() takes at most 2 arguments (3 given)"
        );
        assert_eq!(
            c("sum", &[&list(&[&i(1), &s("a")])]),
            "TypeError: unsupported operand type(s) for +: 'int' and 'str'"
        );
        let t = Owned::from(true);
        assert_eq!(c("sum", &[&list(&[&t, &t])]), "2");
        let big = i(1 << 62);
        assert_eq!(
            c("sum", &[&list(&[&big, &big, &big])]),
            "13835058055282163712"
        );
    }

    #[test]
    fn sorted_and_reversed() {
        let _g = setup();
        assert_eq!(c("sorted", &[&s("bca")]), "['a', 'b', 'c']");
        let l = list(&[&i(1), &i(2), &i(3)]);
        assert_eq!(ck("sorted", &[&l], &[("reverse", &i(1))]), "[3, 2, 1]");
        assert_eq!(
            c("sorted", &[]),
            "TypeError: sorted expected 1 argument, got 0"
        );
        assert_eq!(
            ck("sorted", &[&l], &[("foo", &i(1))]),
            "TypeError: 'foo' is an invalid keyword argument for sort()"
        );
        assert_eq!(
            c("sorted", &[&list(&[&i(1), &s("a")])]),
            "TypeError: '<' not supported between instances of 'str' and 'int'"
        );
        let lst = crate::builtins::lookup(s("list").v()).unwrap();
        let rev = |x: &Owned| {
            let r = call("reversed", &[x], &[]).unwrap();
            show(crate::call::call(lst.v(), &[r.v()], &[]))
        };
        assert_eq!(rev(&l), "[3, 2, 1]");
        assert_eq!(rev(&tuple(&[&i(1), &i(2)])), "[2, 1]");
        assert_eq!(rev(&s("ab")), "['b', 'a']");
        let r = call("range", &[&i(0), &i(10), &i(3)], &[]).unwrap();
        assert_eq!(rev(&r), "[9, 6, 3, 0]");
        let r = call("range", &[&i(5), &i(0), &i(-2)], &[]).unwrap();
        assert_eq!(rev(&r), "[1, 3, 5]");
        let big = |e: u32| crate::int::from_bigint(-(num_bigint::BigInt::from(1) << e));
        let r = call(
            "range",
            &[
                &big(64),
                &crate::int::from_bigint(-(num_bigint::BigInt::from(1) << 64u32) + 5),
                &i(2),
            ],
            &[],
        )
        .unwrap();
        assert_eq!(
            rev(&r),
            "[-18446744073709551612, -18446744073709551614, -18446744073709551616]"
        );
        assert_eq!(
            show(crate::call::call(lst.v(), &[r.v()], &[])),
            "[-18446744073709551616, -18446744073709551614, -18446744073709551612]"
        );
        let r = call("range", &[&i(0)], &[]).unwrap();
        assert_eq!(rev(&r), "[]");
        assert_eq!(
            c("reversed", &[&i(1)]),
            "TypeError: 'int' object is not reversible"
        );
        assert_eq!(
            c("reversed", &[]),
            "TypeError: reversed expected 1 argument, got 0"
        );
    }

    #[test]
    fn enumerate_zip() {
        let _g = setup();
        let lst = crate::builtins::lookup(s("list").v()).unwrap();
        let to_list = |r: crate::exception::R| {
            let r = r.unwrap();
            show(crate::call::call(lst.v(), &[r.v()], &[]))
        };
        let e = call("enumerate", &[&s("ab")], &[("start", &i(5))]);
        assert_eq!(to_list(e), "[(5, 'a'), (6, 'b')]");
        assert_eq!(
            c("enumerate", &[]),
            "TypeError: enumerate() missing required argument 'iterable'"
        );
        assert_eq!(
            c("enumerate", &[&list(&[]), &s("a")]),
            "TypeError: 'str' object cannot be interpreted as an integer"
        );
        let a = list(&[&i(1), &i(2)]);
        let b = list(&[&i(3)]);
        assert_eq!(to_list(call("zip", &[&a, &b], &[])), "[(1, 3)]");
        let t = Owned::from(true);
        let strict = |x: &Owned, y: &Owned, z: Option<&Owned>| {
            let mut pos = vec![x, y];
            if let Some(z) = z {
                pos.push(z);
            }
            let r = call("zip", &pos, &[("strict", &t)]).unwrap();
            show(crate::call::call(lst.v(), &[r.v()], &[]))
        };
        assert_eq!(
            strict(&a, &b, None),
            "ValueError: zip() argument 2 is shorter than argument 1"
        );
        assert_eq!(
            strict(&b, &a, None),
            "ValueError: zip() argument 2 is longer than argument 1"
        );
        let c2 = list(&[&i(5)]);
        assert_eq!(
            strict(&a, &a, Some(&c2)),
            "ValueError: zip() argument 3 is shorter than arguments 1-2"
        );
        assert_eq!(strict(&b, &c2, None), "[(3, 5)]");
        assert_eq!(
            ck("zip", &[], &[("foo", &i(1))]),
            "TypeError: 'foo' is an invalid keyword argument for zip()"
        );
    }

    #[test]
    fn map_filter_iter_callable() {
        let _g = setup();
        let lst = crate::builtins::lookup(s("list").v()).unwrap();
        let to_list = |r: crate::exception::R| match r {
            Ok(r) => show(crate::call::call(lst.v(), &[r.v()], &[])),
            Err(_) => show(Err(crate::exception::Raised)),
        };
        let len = crate::builtins::lookup(s("len").v()).unwrap();
        let pow = crate::builtins::lookup(s("pow").v()).unwrap();
        let words = list(&[&s("a"), &s("bb")]);
        assert_eq!(to_list(call("map", &[&len, &words], &[])), "[1, 2]");
        let xs = list(&[&i(2), &i(3)]);
        let ys = list(&[&i(3), &i(2), &i(1)]);
        assert_eq!(to_list(call("map", &[&pow, &xs, &ys], &[])), "[8, 9]");
        assert_eq!(
            c("map", &[&len]),
            "TypeError: map() must have at least two arguments."
        );
        assert_eq!(
            ck("map", &[&len, &xs], &[("x", &i(1))]),
            "TypeError: map() takes no keyword arguments"
        );
        assert_eq!(
            to_list(call("map", &[&i(1), &xs], &[])),
            "TypeError: 'int' object is not callable"
        );
        assert_eq!(
            c("map", &[&len, &i(1)]),
            "TypeError: 'int' object is not iterable"
        );
        let mixed = list(&[&i(0), &i(1), &s(""), &s("a")]);
        let none = crate::value::none();
        assert_eq!(to_list(call("filter", &[&none, &mixed], &[])), "[1, 'a']");
        assert_eq!(
            to_list(call("filter", &[&len, &list(&[&s(""), &s("a")])], &[])),
            "['a']"
        );
        assert_eq!(
            c("filter", &[&none]),
            "TypeError: filter expected 2 arguments, got 1"
        );
        assert_eq!(
            ck("filter", &[], &[("x", &i(1))]),
            "TypeError: filter() takes no keyword arguments"
        );
        assert_eq!(
            c("iter", &[&i(1), &i(2)]),
            "TypeError: iter(object, sentinel): object must be callable"
        );
        // iter(it.__next__-like callable, sentinel): a bound `pop` of a list.
        let stack = list(&[&i(0), &i(3), &i(2), &i(1)]);
        let pop = crate::attr::getattr(stack.v(), s("pop").v()).unwrap();
        assert_eq!(to_list(call("iter", &[&pop, &i(0)], &[])), "[1, 2, 3]");
        let m = call("map", &[&len, &words], &[]).unwrap();
        assert_eq!(show(call("type", &[&m], &[])), "<class 'map'>");
    }

    #[test]
    fn small_functions() {
        let _g = setup();
        assert_eq!(c("abs", &[&i(-5)]), "5");
        assert_eq!(c("abs", &[&f(-2.5)]), "2.5");
        assert_eq!(c("abs", &[&Owned::from(true)]), "1");
        assert_eq!(
            c("abs", &[&s("a")]),
            "TypeError: bad operand type for abs(): 'str'"
        );
        assert_eq!(
            c("abs", &[]),
            "TypeError: abs() takes exactly one argument (0 given)"
        );
        assert_eq!(c("ord", &[&s("é")]), "233");
        assert_eq!(
            c("ord", &[&s("")]),
            "TypeError: ord() expected a character, but string of length 0 found"
        );
        assert_eq!(
            c("ord", &[&i(1)]),
            "TypeError: ord() expected string of length 1, but int found"
        );
        assert_eq!(c("chr", &[&i(97)]), "'a'");
        assert_eq!(
            c("chr", &[&i(-1)]),
            "ValueError: chr() arg not in range(0x110000)"
        );
        assert_eq!(
            c("chr", &[&i(1 << 40)]),
            "OverflowError: Python int too large to convert to C int"
        );
        assert_eq!(
            c("chr", &[&f(1.5)]),
            "TypeError: 'float' object cannot be interpreted as an integer"
        );
        assert_eq!(c("hex", &[&i(-255)]), "'-0xff'");
        assert_eq!(c("bin", &[&i(-5)]), "'-0b101'");
        assert_eq!(c("oct", &[&i(8)]), "'0o10'");
        assert_eq!(
            c("hex", &[&f(1.5)]),
            "TypeError: 'float' object cannot be interpreted as an integer"
        );
        assert_eq!(c("divmod", &[&i(7), &i(-2)]), "(-4, -1)");
        assert_eq!(c("divmod", &[&f(-7.5), &i(2)]), "(-4.0, 0.5)");
        assert_eq!(
            c("divmod", &[&i(1), &i(0)]),
            "ZeroDivisionError: integer division or modulo by zero"
        );
        assert_eq!(
            c("divmod", &[&i(7), &f(0.0)]),
            "ZeroDivisionError: float divmod()"
        );
        assert_eq!(
            c("divmod", &[&s("a"), &i(1)]),
            "TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'"
        );
        assert_eq!(
            c("divmod", &[&i(1)]),
            "TypeError: divmod expected 2 arguments, got 1"
        );
        assert_eq!(c("any", &[&list(&[&i(0), &s("")])]), "False");
        assert_eq!(c("all", &[&list(&[])]), "True");
        assert_eq!(
            c("any", &[&i(1)]),
            "TypeError: 'int' object is not iterable"
        );
        let len = crate::builtins::lookup(s("len").v()).unwrap();
        assert_eq!(c("callable", &[&len]), "True");
        assert_eq!(c("callable", &[&i(1)]), "False");
        assert_eq!(c("hash", &[&i(-1)]), "-2");
        assert_eq!(c("hash", &[&f(1.5)]), "1152921504606846977");
        assert_eq!(
            c("hash", &[&list(&[])]),
            "TypeError: unhashable type: 'list'"
        );
        assert_eq!(c("hash", &[&s("")]), "0");
        let it = call("iter", &[&list(&[&i(1)])], &[]).unwrap();
        assert_eq!(c("next", &[&it]), "1");
        assert_eq!(c("next", &[&it]), "StopIteration");
        assert_eq!(c("next", &[&it, &i(5)]), "5");
        assert_eq!(
            c("next", &[&list(&[])]),
            "TypeError: 'list' object is not an iterator"
        );
        assert_eq!(
            c("iter", &[]),
            "TypeError: iter expected at least 1 argument, got 0"
        );
        assert_eq!(
            c("iter", &[&i(1)]),
            "TypeError: 'int' object is not iterable"
        );
        assert_eq!(c("ascii", &[&s("é\n")]), "\"'\\\\xe9\\\\n'\"");
        assert_eq!(
            c("getattr", &[&i(1), &s("xyz")]),
            "AttributeError: 'int' object has no attribute 'xyz'"
        );
        assert_eq!(c("getattr", &[&i(1), &s("xyz"), &i(5)]), "5");
        assert_eq!(
            c("getattr", &[&i(1), &i(2)]),
            "TypeError: attribute name must be string, not 'int'"
        );
        assert_eq!(
            c("getattr", &[&i(1)]),
            "TypeError: getattr expected at least 2 arguments, got 1"
        );
        assert_eq!(c("hasattr", &[&list(&[]), &s("append")]), "True");
        assert_eq!(c("hasattr", &[&i(1), &s("xyz")]), "False");
        assert_eq!(
            c("format", &[&f(1.5), &s("x")]),
            "ValueError: Unknown format code 'x' for object of type 'float'"
        );
        assert_eq!(
            c("format", &[&i(1), &i(2)]),
            "TypeError: format() argument 2 must be str, not int"
        );
        assert_eq!(c("format", &[&list(&[&i(1)])]), "'[1]'");
        assert_eq!(c("format", &[&Owned::from(true)]), "'True'");
        assert_eq!(c("format", &[&Owned::from(true), &s(">5")]), "'    1'");
        assert_eq!(c("id", &[&i(1)]), c("id", &[&i(1)]));
    }

    #[test]
    fn pow_and_round() {
        let _g = setup();
        assert_eq!(c("pow", &[&i(2), &i(10), &i(7)]), "2");
        assert_eq!(c("pow", &[&i(2), &i(-1), &i(7)]), "4");
        assert_eq!(
            c("pow", &[&i(2), &i(-1), &i(4)]),
            "ValueError: base is not invertible for the given modulus"
        );
        assert_eq!(
            c("pow", &[&i(2), &i(3), &i(0)]),
            "ValueError: pow() 3rd argument cannot be 0"
        );
        assert_eq!(
            c("pow", &[&f(2.0), &i(3), &i(5)]),
            "TypeError: pow() 3rd argument not allowed unless all arguments are integers"
        );
        assert_eq!(
            c("pow", &[&s("a"), &i(2), &i(3)]),
            "TypeError: unsupported operand type(s) for ** or pow(): 'str', 'int', 'int'"
        );
        assert_eq!(
            c("pow", &[&i(2)]),
            "TypeError: pow() missing required argument 'exp' (pos 2)"
        );
        assert_eq!(ck("pow", &[], &[("base", &i(2)), ("exp", &i(3))]), "8");
        assert_eq!(ck("pow", &[&i(1), &i(2)], &[("mod", &i(3))]), "1");
        assert_eq!(
            c("pow", &[&i(1), &i(2), &i(3), &i(4)]),
            "TypeError: pow() takes at most 3 arguments (4 given)"
        );
        assert_eq!(c("round", &[&f(2.5)]), "2");
        assert_eq!(c("round", &[&f(3.5)]), "4");
        assert_eq!(c("round", &[&f(-0.5)]), "0");
        assert_eq!(c("round", &[&f(2.675), &i(2)]), "2.67");
        assert_eq!(c("round", &[&i(1234), &i(-2)]), "1200");
        assert_eq!(c("round", &[&i(1250), &i(-2)]), "1200");
        assert_eq!(c("round", &[&f(1.5), &crate::value::none()]), "2");
        assert_eq!(
            c("round", &[&f(f64::INFINITY)]),
            "OverflowError: cannot convert float infinity to integer"
        );
        assert_eq!(
            c("round", &[&f(f64::NAN)]),
            "ValueError: cannot convert float NaN to integer"
        );
        assert_eq!(c("round", &[&f(f64::INFINITY), &i(2)]), "inf");
        assert_eq!(
            c("round", &[&s("a")]),
            "TypeError: type str doesn't define __round__ method"
        );
        assert_eq!(
            c("round", &[&i(1), &s("a")]),
            "TypeError: 'str' object cannot be interpreted as an integer"
        );
        assert_eq!(c("round", &[&Owned::from(true)]), "1");
        assert_eq!(c("round", &[&Owned::from(true), &i(1)]), "1");
        assert_eq!(c("round", &[&f(2.5), &i(0)]), "2.0");
        assert_eq!(
            c("round", &[]),
            "TypeError: round() missing required argument 'number' (pos 1)"
        );
        assert_eq!(ck("round", &[&f(1.5)], &[("ndigits", &i(1))]), "1.5");
    }

    fn ctor(name: &str, pos: &[&Owned]) -> String {
        c(name, pos)
    }

    #[test]
    fn int_float_constructors() {
        let _g = setup();
        assert_eq!(ctor("int", &[]), "0");
        assert_eq!(ctor("int", &[&f(-3.9)]), "-3");
        assert_eq!(ctor("int", &[&f(1e20)]), "100000000000000000000");
        assert_eq!(
            ctor("int", &[&f(f64::INFINITY)]),
            "OverflowError: cannot convert float infinity to integer"
        );
        assert_eq!(
            ctor("int", &[&f(f64::NAN)]),
            "ValueError: cannot convert float NaN to integer"
        );
        assert_eq!(ctor("int", &[&s("  12  ")]), "12");
        assert_eq!(ctor("int", &[&s("0x1f"), &i(16)]), "31");
        assert_eq!(ctor("int", &[&s("0x1f"), &i(0)]), "31");
        assert_eq!(ck("int", &[&s("12")], &[("base", &i(8))]), "10");
        assert_eq!(
            ck("int", &[], &[("x", &s("12"))]),
            "TypeError: 'x' is an invalid keyword argument for int()"
        );
        assert_eq!(
            ctor("int", &[&s("1"), &i(2), &i(3)]),
            "TypeError: int() takes at most 2 arguments (3 given)"
        );
        assert_eq!(
            ctor("int", &[&i(12), &i(8)]),
            "TypeError: int() can't convert non-string with explicit base"
        );
        assert_eq!(
            ctor("int", &[&s("abc")]),
            "ValueError: invalid literal for int() with base 10: 'abc'"
        );
        assert_eq!(
            ctor("int", &[&s("010"), &i(0)]),
            "ValueError: invalid literal for int() with base 0: '010'"
        );
        let long = s(&"1".repeat(5000));
        assert_eq!(
            ctor("int", &[&long]),
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit"
        );
        assert_eq!(ctor("int", &[&Owned::from(true)]), "1");
        assert_eq!(
            ctor("int", &[&list(&[])]),
            "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'"
        );
        assert_eq!(
            ctor("int", &[&s("z"), &i(37)]),
            "ValueError: int() base must be >= 2 and <= 36, or 0"
        );
        assert_eq!(
            ctor("int", &[&s("1"), &s("a")]),
            "TypeError: 'str' object cannot be interpreted as an integer"
        );
        assert_eq!(
            ck("int", &[], &[("base", &i(10))]),
            "TypeError: int() missing string argument"
        );
        assert_eq!(ctor("int", &[&s("٣")]), "3");
        assert_eq!(ctor("float", &[]), "0.0");
        assert_eq!(ctor("float", &[&i(3)]), "3.0");
        assert_eq!(ctor("float", &[&s(" -inf")]), "-inf");
        assert_eq!(ctor("float", &[&s("1_000.5")]), "1000.5");
        assert_eq!(
            ctor("float", &[&s("abc")]),
            "ValueError: could not convert string to float: 'abc'"
        );
        assert_eq!(
            ctor("float", &[&list(&[])]),
            "TypeError: float() argument must be a string or a real number, not 'list'"
        );
        assert_eq!(
            ctor("float", &[&i(1), &i(2)]),
            "TypeError: float expected at most 1 argument, got 2"
        );
        assert_eq!(
            ck("float", &[], &[("x", &i(1))]),
            "TypeError: float() takes no keyword arguments"
        );
        assert_eq!(ctor("float", &[&Owned::from(true)]), "1.0");
        let huge = crate::int::from_bigint(num_bigint::BigInt::from(1) << 2000);
        assert_eq!(
            ctor("float", &[&huge]),
            "OverflowError: int too large to convert to float"
        );
    }

    #[test]
    fn container_constructors() {
        let _g = setup();
        assert_eq!(ctor("str", &[]), "''");
        assert_eq!(ctor("str", &[&list(&[&i(1), &s("a")])]), "\"[1, 'a']\"");
        assert_eq!(ck("str", &[], &[("object", &i(5))]), "'5'");
        assert_eq!(
            ctor("str", &[&i(1), &i(2)]),
            "TypeError: str() argument 'encoding' must be str, not int"
        );
        assert_eq!(ctor("bool", &[]), "False");
        assert_eq!(ctor("bool", &[&list(&[&i(1)])]), "True");
        assert_eq!(
            ctor("bool", &[&i(1), &i(2)]),
            "TypeError: bool expected at most 1 argument, got 2"
        );
        let b = call("bool", &[&i(3)], &[]).unwrap();
        assert_eq!(b.v(), crate::value::Value::TRUE);
        assert_eq!(ctor("list", &[&s("abc")]), "['a', 'b', 'c']");
        assert_eq!(
            ctor("list", &[&i(1)]),
            "TypeError: 'int' object is not iterable"
        );
        assert_eq!(
            ck("list", &[], &[("x", &i(1))]),
            "TypeError: list() takes no keyword arguments"
        );
        assert_eq!(ctor("tuple", &[&s("ab")]), "('a', 'b')");
        assert_eq!(ctor("tuple", &[]), "()");
        assert_eq!(ctor("dict", &[]), "{}");
        let pairs = list(&[&tuple(&[&i(1), &i(2)]), &list(&[&i(3), &i(4)]), &s("ab")]);
        assert_eq!(ctor("dict", &[&pairs]), "{1: 2, 3: 4, 'a': 'b'}");
        assert_eq!(
            ck("dict", &[&pairs], &[("a", &i(3))]),
            "{1: 2, 3: 4, 'a': 3}"
        );
        assert_eq!(
            ctor("dict", &[&list(&[&i(1)])]),
            "TypeError: cannot convert dictionary update sequence element #0 to a sequence"
        );
        assert_eq!(
            ctor("dict", &[&list(&[&tuple(&[&i(1), &i(2), &i(3)])])]),
            "ValueError: dictionary update sequence element #0 has length 3; 2 is required"
        );
        assert_eq!(
            ctor("dict", &[&list(&[]), &list(&[])]),
            "TypeError: dict expected at most 1 argument, got 2"
        );
        assert_eq!(
            ctor("dict", &[&i(1)]),
            "TypeError: 'int' object is not iterable"
        );
        assert_eq!(ctor("range", &[&i(5)]), "range(0, 5)");
        assert_eq!(ctor("range", &[&i(1), &i(5), &i(2)]), "range(1, 5, 2)");
        assert_eq!(
            ctor("range", &[&i(1), &i(5), &i(0)]),
            "ValueError: range() arg 3 must not be zero"
        );
        assert_eq!(
            ctor("range", &[&f(1.0)]),
            "TypeError: 'float' object cannot be interpreted as an integer"
        );
        assert_eq!(
            ctor("range", &[]),
            "TypeError: range expected at least 1 argument, got 0"
        );
        assert_eq!(
            ctor("range", &[&i(1), &i(2), &i(3), &i(4)]),
            "TypeError: range expected at most 3 arguments, got 4"
        );
        assert_eq!(ctor("slice", &[&i(1)]), "slice(None, 1, None)");
        assert_eq!(ctor("slice", &[&i(1), &i(2), &i(3)]), "slice(1, 2, 3)");
        assert_eq!(
            ctor("slice", &[]),
            "TypeError: slice expected at least 1 argument, got 0"
        );
        assert!(ctor("object", &[]).starts_with("<object object at 0x"));
        assert_eq!(
            ctor("object", &[&i(1)]),
            "TypeError: object() takes no arguments"
        );
        assert_eq!(ctor("type", &[&i(1)]), "<class 'int'>");
        assert_eq!(ctor("type", &[&Owned::from(true)]), "<class 'bool'>");
        assert_eq!(
            ctor("type", &[]),
            "TypeError: type() takes 1 or 3 arguments"
        );
    }
}
