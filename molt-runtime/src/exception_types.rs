//! Per-type behaviour of the builtin exceptions, after CPython's
//! `Objects/exceptions.c`: constructor arguments (`OSError`'s errno-driven
//! subclass choice, the keyword arguments of `ImportError`, `NameError`
//! and `AttributeError`, `SyntaxError`'s location tuple, the Unicode
//! errors' fields), the attributes each family adds, `str()`, and the
//! `BaseException` methods (`add_note`, `with_traceback`).

use crate::args::one_arg;
use crate::call::no_kwargs;
use crate::exception::{err, exc_data, new_exception_with, type_error, ExceptionData, R};
use crate::function::BuiltinFn;
use crate::int::{is_int, to_i64};
use crate::object::{ty, type_data, type_id, type_name, type_of, Header, TypeId};
use crate::str::{as_string, is_str, new_str};
use crate::tuple::{items, new_tuple};
use crate::value::{none, Owned, Value};

/// The attributes an exception family adds to `BaseException`'s; `None`
/// stands for CPython's NULL slot (read as None unless stated otherwise).
pub enum Fields {
    Plain,
    /// `OSError` and subclasses, from `OSError(errno, strerror[, filename[,
    /// winerror[, filename2]]])`; `written` is `BlockingIOError`'s
    /// `characters_written` (reading it when absent is AttributeError).
    Os {
        errno: Option<Owned>,
        strerror: Option<Owned>,
        filename: Option<Owned>,
        filename2: Option<Owned>,
        written: Option<i64>,
    },
    /// `ImportError`: `msg` (the only positional argument, if one), and the
    /// keyword-only `name`, `path`, `name_from`.
    Import {
        msg: Option<Owned>,
        name: Option<Owned>,
        path: Option<Owned>,
        name_from: Option<Owned>,
    },
    /// `NameError`: the keyword-only `name`.
    Name {
        name: Option<Owned>,
    },
    /// `AttributeError`: the keyword-only `name` and `obj`.
    Attribute {
        name: Option<Owned>,
        obj: Option<Owned>,
    },
    /// `SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))`.
    Syntax(Box<SyntaxFields>),
    /// `UnicodeEncodeError(encoding, object, start, end, reason)` and its
    /// decode/translate siblings (translate has no encoding).
    Unicode {
        encoding: Option<Owned>,
        object: Option<Owned>,
        start: i64,
        end: i64,
        reason: Option<Owned>,
    },
    /// `StopIteration.value` and `SystemExit.code`, set from the arguments
    /// when the exception is made (later changes to `args` leave it alone).
    Value(Owned),
    /// `BaseExceptionGroup(message, exceptions)`: a str and a non-empty tuple.
    Group {
        message: Owned,
        exceptions: Owned,
    },
}

/// The slots of a `SyntaxError`.
#[derive(Default)]
pub struct SyntaxFields {
    pub msg: Option<Owned>,
    pub filename: Option<Owned>,
    pub lineno: Option<Owned>,
    pub offset: Option<Owned>,
    pub text: Option<Owned>,
    pub end_lineno: Option<Owned>,
    pub end_offset: Option<Owned>,
}

/// The exception families with their own constructor or attributes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Family {
    Plain,
    Os,
    Import,
    Name,
    Attribute,
    Syntax,
    UnicodeEncode,
    UnicodeDecode,
    UnicodeTranslate,
    StopIteration,
    SystemExit,
    Group,
}

fn family(t: *mut Header) -> Family {
    for &base in &type_data(t).mro {
        let f = match type_data(base).id {
            TypeId::OSError => Family::Os,
            TypeId::ImportError => Family::Import,
            TypeId::NameError => Family::Name,
            TypeId::AttributeError => Family::Attribute,
            TypeId::SyntaxError => Family::Syntax,
            TypeId::UnicodeEncodeError => Family::UnicodeEncode,
            TypeId::UnicodeDecodeError => Family::UnicodeDecode,
            TypeId::UnicodeTranslateError => Family::UnicodeTranslate,
            TypeId::BaseExceptionGroup => Family::Group,
            TypeId::StopIteration => Family::StopIteration,
            TypeId::SystemExit => Family::SystemExit,
            _ => continue,
        };
        return f;
    }
    Family::Plain
}

/// `StopIteration.value` (the first argument, or None) and `SystemExit.code`
/// (None, the only argument, or the args tuple).
fn value_field(fam: Family, args: &[Value]) -> Fields {
    let value = match (fam, args) {
        (_, []) => none(),
        (Family::StopIteration, [first, ..]) | (_, [first]) => first.new_ref(),
        _ => new_tuple(args.iter().map(|a| a.new_ref()).collect()),
    };
    Fields::Value(value)
}

fn arg_opt(args: &[Value], i: usize) -> Option<Owned> {
    args.get(i).map(|a| a.new_ref())
}

/// The family attributes of an exception the runtime creates itself from an
/// args tuple (as a call without keywords would set them, minus errors).
pub fn default_fields(t: *mut Header, args: Value) -> Fields {
    let args: Vec<Value> = items(args).iter().map(|a| a.v()).collect();
    match family(t) {
        Family::Os => os_fields(t, &args).unwrap_or(Fields::Plain),
        Family::Import => Fields::Import {
            msg: (args.len() == 1).then(|| args[0].new_ref()),
            name: None,
            path: None,
            name_from: None,
        },
        Family::Name => Fields::Name { name: None },
        Family::Attribute => Fields::Attribute {
            name: None,
            obj: None,
        },
        Family::Syntax => Fields::Syntax(Box::new(SyntaxFields {
            msg: args.first().map(|m| m.new_ref()),
            ..SyntaxFields::default()
        })),
        Family::UnicodeEncode | Family::UnicodeDecode | Family::UnicodeTranslate => {
            Fields::Unicode {
                encoding: None,
                object: None,
                start: 0,
                end: 0,
                reason: None,
            }
        }
        fam @ (Family::StopIteration | Family::SystemExit) => value_field(fam, &args),
        // Groups are only made through `construct`, which checks them.
        Family::Group | Family::Plain => Fields::Plain,
    }
}

/// The errno values CPython maps to `OSError` subclasses (Linux numbering):
/// `OSError(2, 'x')` is a `FileNotFoundError`.
const ERRNO_MAP: &[(i64, TypeId)] = &[
    (1, TypeId::PermissionError),          // EPERM
    (2, TypeId::FileNotFoundError),        // ENOENT
    (3, TypeId::ProcessLookupError),       // ESRCH
    (4, TypeId::InterruptedError),         // EINTR
    (10, TypeId::ChildProcessError),       // ECHILD
    (11, TypeId::BlockingIOError),         // EAGAIN, EWOULDBLOCK
    (13, TypeId::PermissionError),         // EACCES
    (17, TypeId::FileExistsError),         // EEXIST
    (20, TypeId::NotADirectoryError),      // ENOTDIR
    (21, TypeId::IsADirectoryError),       // EISDIR
    (32, TypeId::BrokenPipeError),         // EPIPE
    (103, TypeId::ConnectionAbortedError), // ECONNABORTED
    (104, TypeId::ConnectionResetError),   // ECONNRESET
    (108, TypeId::BrokenPipeError),        // ESHUTDOWN
    (110, TypeId::TimeoutError),           // ETIMEDOUT
    (111, TypeId::ConnectionRefusedError), // ECONNREFUSED
    (114, TypeId::BlockingIOError),        // EALREADY
    (115, TypeId::BlockingIOError),        // EINPROGRESS
];

/// The `OSError` subclass for an errno value, if CPython maps it.
pub fn errno_type(errno: i64) -> Option<TypeId> {
    ERRNO_MAP.iter().find(|(e, _)| *e == errno).map(|(_, t)| *t)
}

/// `OSError_new` + `oserror_init`: with 2 to 5 arguments they are
/// `(errno, strerror, filename, winerror, filename2)`; a filename (not
/// None) trims `args` to the first two, except that `BlockingIOError`'s
/// numeric third argument is `characters_written`.
fn os_fields(t: *mut Header, args: &[Value]) -> R<Fields> {
    let n = args.len();
    if !(2..=5).contains(&n) {
        return Ok(Fields::Os {
            errno: None,
            strerror: None,
            filename: None,
            filename2: None,
            written: None,
        });
    }
    let mut filename = None;
    let mut filename2 = None;
    let mut written = None;
    if let Some(&f) = args.get(2).filter(|f| !f.is_none()) {
        let is_number = is_int(f) || f.is_float();
        if type_data(t).id == TypeId::BlockingIOError && is_number {
            if f.is_float() {
                return crate::args::not_index(f);
            }
            written = match to_i64(f) {
                Some(w) => Some(w),
                None => {
                    return err(
                        TypeId::ValueError,
                        "cannot fit 'int' into an index-sized integer",
                    )
                }
            };
        } else {
            filename = Some(f.new_ref());
            filename2 = args.get(4).filter(|f| !f.is_none()).map(|f| f.new_ref());
        }
    }
    Ok(Fields::Os {
        errno: arg_opt(args, 0),
        strerror: arg_opt(args, 1),
        filename,
        filename2,
        written,
    })
}

/// Calls an exception class: `ValueError('m')`, `OSError(2, 'x')`,
/// `ImportError('m', name='n')`.
pub fn construct(t: *mut Header, args: &[Value], kwnames: &[Owned]) -> R {
    let npos = args.len() - kwnames.len();
    let (pos, kwvals) = args.split_at(npos);
    let name = type_data(t).name;
    let fam = family(t);
    let args_tuple = || new_tuple(pos.iter().map(|a| a.new_ref()).collect());
    match fam {
        Family::Group => {
            let made = crate::exception_group::construct(t, pos)?;
            no_kwargs(name, kwnames)?;
            Ok(made)
        }
        Family::Os => {
            no_kwargs(name, kwnames)?;
            let mut t = t;
            if type_data(t).id == TypeId::OSError && (2..=5).contains(&pos.len()) && is_int(pos[0])
            {
                let errno = if pos[0].is_bool() {
                    Some(pos[0].as_bool() as i64)
                } else {
                    to_i64(pos[0])
                };
                if let Some(sub) = errno.and_then(errno_type) {
                    t = ty(sub);
                }
            }
            let fields = os_fields(t, pos)?;
            let args = match &fields {
                Fields::Os {
                    filename: Some(_), ..
                } => new_tuple(pos[..2].iter().map(|a| a.new_ref()).collect()),
                _ => args_tuple(),
            };
            Ok(new_exception_with(t, args, fields))
        }
        Family::Import | Family::Name | Family::Attribute => {
            let (allowed, owner): (&[&str], &str) = match fam {
                Family::Import => (&["name", "path", "name_from"], "ImportError"),
                Family::Name => (&["name"], "NameError"),
                _ => (&["name", "obj"], "AttributeError"),
            };
            let mut got: [Option<Owned>; 3] = [None, None, None];
            for (k, v) in kwnames.iter().zip(kwvals) {
                let k = as_string(k.v());
                match allowed.iter().position(|a| *a == k) {
                    Some(i) => got[i] = Some(v.new_ref()),
                    None => {
                        return type_error(format!(
                            "'{k}' is an invalid keyword argument for {owner}()"
                        ))
                    }
                }
            }
            let [a, b, c] = got;
            let fields = match fam {
                Family::Import => Fields::Import {
                    msg: (pos.len() == 1).then(|| pos[0].new_ref()),
                    name: a,
                    path: b,
                    name_from: c,
                },
                Family::Name => Fields::Name { name: a },
                _ => Fields::Attribute { name: a, obj: b },
            };
            Ok(new_exception_with(t, args_tuple(), fields))
        }
        Family::Syntax => {
            no_kwargs(name, kwnames)?;
            let fields = syntax_fields(pos)?;
            Ok(new_exception_with(t, args_tuple(), fields))
        }
        Family::UnicodeEncode | Family::UnicodeDecode | Family::UnicodeTranslate => {
            no_kwargs(name, kwnames)?;
            let fields = unicode_fields(fam, pos)?;
            Ok(new_exception_with(t, args_tuple(), fields))
        }
        Family::StopIteration | Family::SystemExit => {
            no_kwargs(name, kwnames)?;
            Ok(new_exception_with(t, args_tuple(), value_field(fam, pos)))
        }
        Family::Plain => {
            no_kwargs(name, kwnames)?;
            Ok(new_exception_with(t, args_tuple(), Fields::Plain))
        }
    }
}

/// `SyntaxError_init`: `msg` is the first argument; with exactly two, the
/// second is the `(filename, lineno, offset, text[, end_lineno,
/// end_offset])` sequence.
fn syntax_fields(args: &[Value]) -> R<Fields> {
    let mut f = SyntaxFields {
        msg: arg_opt(args, 0),
        ..SyntaxFields::default()
    };
    if args.len() == 2 {
        let info = crate::iter::collect(args[1])?;
        let n = info.len();
        if n < 4 {
            return type_error(format!("function takes at least 4 arguments ({n} given)"));
        }
        if n > 6 {
            return type_error(format!("function takes at most 6 arguments ({n} given)"));
        }
        let mut it = info.into_iter();
        f.filename = it.next();
        f.lineno = it.next();
        f.offset = it.next();
        f.text = it.next();
        f.end_lineno = it.next();
        f.end_offset = it.next();
        if f.end_lineno.is_some() && f.end_offset.is_none() {
            return type_error("end_offset must be provided when end_lineno is provided");
        }
    }
    Ok(Fields::Syntax(Box::new(f)))
}

/// The `PyArg_ParseTuple` checks of the Unicode errors: `"UUnnU"` for
/// encode, `"UOnnU"` plus a bytes-like object for decode, `"UnnU"` for
/// translate.
fn unicode_fields(fam: Family, args: &[Value]) -> R<Fields> {
    let want = if fam == Family::UnicodeTranslate {
        4
    } else {
        5
    };
    if args.len() != want {
        return type_error(format!(
            "function takes exactly {want} arguments ({} given)",
            args.len()
        ));
    }
    let str_at = |i: usize| -> R<Owned> {
        if is_str(args[i]) {
            Ok(args[i].new_ref())
        } else {
            let got = if args[i].is_none() {
                "None"
            } else {
                type_name(args[i])
            };
            type_error(format!("argument {} must be str, not {got}", i + 1))
        }
    };
    let (encoding, rest) = if fam == Family::UnicodeTranslate {
        (None, args)
    } else {
        (Some(str_at(0)?), &args[1..])
    };
    let offset = want - 4;
    let object = if fam == Family::UnicodeDecode {
        rest[0].new_ref()
    } else {
        str_at(offset)?
    };
    let start = crate::args::ssize(rest[1])?;
    let end = crate::args::ssize(rest[2])?;
    let reason = str_at(offset + 3)?;
    let object = if fam == Family::UnicodeDecode {
        // CPython keeps a bytes copy of any bytes-like object.
        crate::bytes::new_bytes(&crate::bytes::need_buffer(object.v())?)
    } else {
        object
    };
    Ok(Fields::Unicode {
        encoding,
        object: Some(object),
        start,
        end,
        reason: Some(reason),
    })
}

fn or_none(o: &Option<Owned>) -> Owned {
    o.clone().unwrap_or_else(none)
}

/// An exception attribute beyond `__class__`: `None` when the exception has
/// no attribute of that name.
pub fn attribute(exc: Value, attr: &str) -> R<Option<Owned>> {
    let d = exc_data(exc);
    let v = match attr {
        "args" => d.args.clone(),
        "__cause__" => or_none(&d.cause),
        "__context__" => or_none(&d.context),
        "__suppress_context__" => Owned::from(d.suppress_context),
        "__traceback__" => or_none(&d.traceback),
        "__notes__" => match &d.notes {
            Some(n) => n.clone(),
            None => return Ok(None),
        },
        _ => return family_attribute(exc, d, attr),
    };
    Ok(Some(v))
}

fn family_attribute(exc: Value, d: &ExceptionData, attr: &str) -> R<Option<Owned>> {
    let v = match (&d.fields, attr) {
        (Fields::Value(v), "value") if crate::object::is_instance(exc, TypeId::StopIteration) => {
            v.clone()
        }
        (Fields::Value(v), "code") if crate::object::is_instance(exc, TypeId::SystemExit) => {
            v.clone()
        }
        (Fields::Os { errno, .. }, "errno") => or_none(errno),
        (Fields::Os { strerror, .. }, "strerror") => or_none(strerror),
        (Fields::Os { filename, .. }, "filename") => or_none(filename),
        (Fields::Os { filename2, .. }, "filename2") => or_none(filename2),
        (Fields::Os { written, .. }, "characters_written") => match written {
            Some(w) => crate::int::from_i64(*w),
            None => return err(TypeId::AttributeError, "characters_written"),
        },
        (Fields::Import { msg, .. }, "msg") => or_none(msg),
        (Fields::Import { name, .. }, "name") => or_none(name),
        (Fields::Import { path, .. }, "path") => or_none(path),
        (Fields::Import { name_from, .. }, "name_from") => or_none(name_from),
        (Fields::Name { name }, "name") => or_none(name),
        (Fields::Attribute { name, .. }, "name") => or_none(name),
        (Fields::Attribute { obj, .. }, "obj") => or_none(obj),
        (Fields::Syntax(s), _) => match attr {
            "msg" => or_none(&s.msg),
            "filename" => or_none(&s.filename),
            "lineno" => or_none(&s.lineno),
            "offset" => or_none(&s.offset),
            "text" => or_none(&s.text),
            "end_lineno" => or_none(&s.end_lineno),
            "end_offset" => or_none(&s.end_offset),
            "print_file_and_line" => none(),
            _ => return Ok(None),
        },
        (
            Fields::Unicode {
                encoding,
                object,
                start,
                end,
                reason,
            },
            _,
        ) => match attr {
            "encoding" => or_none(encoding),
            "object" => or_none(object),
            "start" => crate::int::from_i64(*start),
            "end" => crate::int::from_i64(*end),
            "reason" => or_none(reason),
            _ => return Ok(None),
        },
        (Fields::Group { message, .. }, "message") => message.clone(),
        (Fields::Group { exceptions, .. }, "exceptions") => exceptions.clone(),
        _ => return Ok(None),
    };
    Ok(Some(v))
}

/// `str(exc)`.
pub fn exception_str(exc: Value) -> R {
    let d = exc_data(exc);
    match &d.fields {
        Fields::Os {
            errno,
            strerror,
            filename,
            filename2,
            ..
        } => {
            let text = |o: &Option<Owned>| match o {
                Some(v) => crate::repr::str_string(v.v()),
                None => Ok("None".to_string()),
            };
            if let Some(f) = filename {
                let mut s = format!(
                    "[Errno {}] {}: {}",
                    text(errno)?,
                    text(strerror)?,
                    crate::repr::repr_string(f.v())?
                );
                if let Some(f2) = filename2 {
                    s.push_str(&format!(" -> {}", crate::repr::repr_string(f2.v())?));
                }
                return Ok(new_str(&s));
            }
            if errno.is_some() && strerror.is_some() {
                return Ok(new_str(&format!(
                    "[Errno {}] {}",
                    text(errno)?,
                    text(strerror)?
                )));
            }
        }
        Fields::Import { msg: Some(m), .. } if m.v().is_ptr() && type_id(m.v()) == TypeId::Str => {
            return Ok(m.clone());
        }
        Fields::Syntax(s) => return syntax_str(s),
        Fields::Unicode {
            encoding,
            object,
            start,
            end,
            reason,
        } => {
            let Some(object) = object else {
                return Ok(new_str(""));
            };
            let reason = crate::repr::str_string(or_none(reason).v())?;
            if crate::object::is_instance(exc, TypeId::UnicodeDecodeError) {
                let encoding = crate::repr::str_string(or_none(encoding).v())?;
                let bytes = crate::bytes::bytes_of(object.v());
                if *start >= 0 && (*start as usize) < bytes.len() && *end == *start + 1 {
                    return Ok(new_str(&format!(
                        "'{encoding}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
                        bytes[*start as usize]
                    )));
                }
                return Ok(new_str(&format!(
                    "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
                    end - 1
                )));
            }
            let prefix = match encoding {
                Some(e) => format!("'{}' codec can't encode", crate::repr::str_string(e.v())?),
                None => "can't translate".to_string(),
            };
            let data = crate::str::str_data(object.v());
            if *start >= 0 && (*start as usize) < data.len && *end == *start + 1 {
                let c = data.get(*start as usize);
                let esc = if c <= 0xff {
                    format!("\\x{c:02x}")
                } else if c <= 0xffff {
                    format!("\\u{c:04x}")
                } else {
                    format!("\\U{c:08x}")
                };
                return Ok(new_str(&format!(
                    "{prefix} character '{esc}' in position {start}: {reason}"
                )));
            }
            return Ok(new_str(&format!(
                "{prefix} characters in position {start}-{}: {reason}",
                end - 1
            )));
        }
        Fields::Group {
            message,
            exceptions,
        } => {
            let n = items(exceptions.v()).len();
            return Ok(new_str(&format!(
                "{} ({n} sub-exception{})",
                crate::repr::str_string(message.v())?,
                if n > 1 { "s" } else { "" }
            )));
        }
        _ => {}
    }
    let args = items(d.args.v());
    match args.len() {
        0 => Ok(new_str("")),
        1 if crate::object::is_instance(exc, TypeId::KeyError) => crate::repr::repr(args[0].v()),
        1 => crate::repr::to_str(args[0].v()),
        _ => crate::repr::to_str(d.args.v()),
    }
}

/// `SyntaxError_str`: `msg (file, line N)` with the file's basename.
fn syntax_str(s: &SyntaxFields) -> R {
    let msg = crate::repr::str_string(or_none(&s.msg).v())?;
    let file = s.filename.as_ref().filter(|f| is_str(f.v())).map(|f| {
        let f = as_string(f.v());
        f.rsplit('/').next().unwrap_or("").to_string()
    });
    let line = s
        .lineno
        .as_ref()
        .filter(|l| is_int(l.v()) && !l.v().is_bool())
        .map(|l| to_i64(l.v()).unwrap_or(-1));
    Ok(new_str(&match (file, line) {
        (None, None) => msg,
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
    }))
}

/// The SyntaxError location CPython prints above the exception line:
/// `(filename, lineno, offset, end_offset, text, msg)`, or None when the
/// attributes do not parse (then the exception prints normally).
pub fn syntax_location(exc: Value) -> Option<(String, i64, i64, i64, Option<String>, Owned)> {
    let Fields::Syntax(s) = &exc_data(exc).fields else {
        return None;
    };
    let int_of = |o: &Option<Owned>| -> Option<Option<i64>> {
        match o {
            None => Some(None),
            Some(v) if v.v().is_none() => Some(None),
            Some(v) if is_int(v.v()) => Some(Some(to_i64(v.v()).unwrap_or(i64::MAX))),
            Some(_) => None,
        }
    };
    let filename = match &s.filename {
        Some(f) if !f.v().is_none() => crate::repr::str_string(f.v()).ok()?,
        _ => "<string>".to_string(),
    };
    // `lineno` must be an int (None fails `PyLong_AsSsize_t`).
    let lineno = int_of(&s.lineno)??;
    let offset = int_of(&s.offset)?.unwrap_or(-1);
    let exact = type_data(type_of(exc)).id == TypeId::SyntaxError;
    let (end_lineno, mut end_offset) = if exact {
        (
            int_of(&s.end_lineno)?.unwrap_or(lineno),
            int_of(&s.end_offset)?.unwrap_or(-1),
        )
    } else {
        (lineno, -1)
    };
    let text = match &s.text {
        Some(t) if !t.v().is_none() => Some(crate::repr::str_string(t.v()).ok()?),
        _ => None,
    };
    if let Some(t) = &text {
        let size = t.len() as i64;
        if end_lineno > lineno {
            end_offset = size;
        }
        if end_offset > size + 1 {
            end_offset = size + 1;
        }
    }
    Some((filename, lineno, offset, end_offset, text, or_none(&s.msg)))
}

/// The methods every exception has.
pub const METHODS: &[(&str, BuiltinFn)] =
    &[("add_note", add_note), ("with_traceback", with_traceback)];

/// `BaseException.add_note(note)`: appends to `__notes__`, creating it.
fn add_note(args: &[Value], kwnames: &[Owned]) -> R {
    let note = one_arg("BaseException.add_note", &args[1..], kwnames)?;
    if !is_str(note) {
        return type_error(format!("note must be a str, not '{}'", type_name(note)));
    }
    let d = exc_data(args[0]);
    let notes = d
        .notes
        .get_or_insert_with(|| crate::list::new_list(Vec::new()))
        .clone();
    if !crate::list::is_list(notes.v()) {
        return type_error("Cannot add note: __notes__ is not a list");
    }
    crate::list::list_items(notes.v()).push(note.new_ref());
    Ok(none())
}

/// `BaseException.with_traceback(tb)`: sets `__traceback__`, returns the exception.
fn with_traceback(args: &[Value], kwnames: &[Owned]) -> R {
    let tb = one_arg("BaseException.with_traceback", &args[1..], kwnames)?;
    set_traceback(args[0], tb)?;
    Ok(args[0].new_ref())
}

/// `exc.__traceback__ = tb` with CPython's check.
pub fn set_traceback(exc: Value, tb: Value) -> R<()> {
    let d = exc_data(exc);
    if tb.is_none() {
        d.traceback = None;
    } else if tb.is_ptr() && type_id(tb) == TypeId::Traceback {
        d.traceback = Some(tb.new_ref());
    } else {
        return type_error("__traceback__ must be a traceback or None");
    }
    Ok(())
}

/// `exc.attr = value` (`value` None for `del exc.attr`) for the writable
/// attributes every exception has (`args`, `__cause__`, `__context__`,
/// `__suppress_context__`, `__traceback__`) and `StopIteration.value` /
/// `SystemExit.code`. `None` for other names.
pub fn set_attribute(exc: Value, attr: &str, value: Option<Value>) -> Option<R<()>> {
    let chained = |value: Option<Value>, what: &str| -> R<Option<Owned>> {
        match value {
            None => type_error(format!("__{what}__ may not be deleted")),
            Some(v) if v.is_none() => Ok(None),
            Some(v) if crate::exception::is_exception(v) => Ok(Some(v.new_ref())),
            Some(_) => type_error(format!(
                "exception {what} must be None or derive from BaseException"
            )),
        }
    };
    let d = exc_data(exc);
    Some(match attr {
        "args" => match value {
            Some(v) => crate::iter::collect(v).map(|items| d.args = new_tuple(items)),
            None => type_error("args may not be deleted"),
        },
        "value" | "code" if matches!(d.fields, Fields::Value(_)) => {
            let stop = crate::object::is_instance(exc, TypeId::StopIteration);
            if (attr == "value") != stop {
                return None;
            }
            d.fields = Fields::Value(value.map_or_else(none, |v| v.new_ref()));
            Ok(())
        }
        "__cause__" => chained(value, "cause").map(|c| crate::exception::set_cause(exc, c)),
        "__context__" => chained(value, "context").map(|c| d.context = c),
        "__suppress_context__" => match value {
            Some(v) if v.is_bool() => {
                d.suppress_context = v.as_bool();
                Ok(())
            }
            Some(_) => type_error("attribute value type must be bool"),
            None => type_error("can't delete numeric/char attribute"),
        },
        "__traceback__" => match value {
            Some(tb) => set_traceback(exc, tb),
            None => type_error("__traceback__ may not be deleted"),
        },
        _ => return None,
    })
}

/// Raises `NameError(msg)` with its `name` attribute set, as the
/// interpreter's own name errors have it.
pub fn name_error<T>(msg: String, name: Value) -> R<T> {
    let args = new_tuple(vec![new_str(&msg)]);
    let fields = Fields::Name {
        name: Some(name.new_ref()),
    };
    let exc = new_exception_with(ty(TypeId::NameError), args, fields);
    Err(crate::exception::raise_value(exc))
}

/// Raises `AttributeError(msg)` with `name` and `obj` set, as CPython's
/// attribute lookup does.
pub fn attribute_error<T>(msg: String, obj: Value, name: Value) -> R<T> {
    let args = new_tuple(vec![new_str(&msg)]);
    let fields = Fields::Attribute {
        name: Some(name.new_ref()),
        obj: Some(obj.new_ref()),
    };
    let exc = new_exception_with(ty(TypeId::AttributeError), args, fields);
    Err(crate::exception::raise_value(exc))
}

/// Raises an `ImportError` (or `ModuleNotFoundError`) with `name`, and
/// `path` and `name_from` when known, as the import system does.
pub fn import_error<T>(
    id: TypeId,
    msg: String,
    name: Value,
    path: Option<Owned>,
    name_from: Option<Owned>,
) -> R<T> {
    let msg = new_str(&msg);
    let fields = Fields::Import {
        msg: Some(msg.clone()),
        name: Some(name.new_ref()),
        path,
        name_from,
    };
    let exc = new_exception_with(ty(id), new_tuple(vec![msg]), fields);
    Err(crate::exception::raise_value(exc))
}

#[cfg(test)]
mod tests {
    use crate::args::testing::{call, i, method, s, setup, show};

    #[test]
    fn oserror_picks_subclass_from_errno() {
        let _g = setup();
        let e = call("OSError", &[&i(2), &s("No such file"), &s("x")], &[]).unwrap();
        assert_eq!(show(Ok(e.clone())), "FileNotFoundError(2, 'No such file')");
        let text = crate::repr::str_string(e.v()).unwrap();
        assert_eq!(text, "[Errno 2] No such file: 'x'");
        let e = call("OSError", &[&i(999), &s("x")], &[]).unwrap();
        assert_eq!(show(Ok(e)), "OSError(999, 'x')");
    }

    #[test]
    fn keyword_arguments_follow_cpython() {
        let _g = setup();
        let r = call("ValueError", &[&i(1)], &[("x", &i(1))]);
        assert_eq!(
            show(r),
            "TypeError: ValueError() takes no keyword arguments"
        );
        let r = call("NameError", &[], &[("nam", &i(1))]);
        assert_eq!(
            show(r),
            "TypeError: 'nam' is an invalid keyword argument for NameError()"
        );
        let e = call("ImportError", &[&s("m")], &[("path", &s("p"))]).unwrap();
        let p = crate::attr::getattr(e.v(), s("path").v());
        assert_eq!(show(p), "'p'");
    }

    #[test]
    fn notes_are_a_list_of_str() {
        let _g = setup();
        let e = call("ValueError", &[], &[]).unwrap();
        assert_eq!(
            show(method(&e, "add_note", &[&i(3)], &[])),
            "TypeError: note must be a str, not 'int'"
        );
        method(&e, "add_note", &[&s("n")], &[]).unwrap();
        let notes = crate::attr::getattr(e.v(), s("__notes__").v());
        assert_eq!(show(notes), "['n']");
    }
}
