//! The standard streams: `sys.stdout` is buffered (flushed at exit, on
//! `flush`, before reading stdin, and per line on a terminal); `sys.stderr`
//! is written through.

use std::io::Write;

use crate::call::{arg_count, no_kwargs};
use crate::exception::{type_error, R};
use crate::methods::MethodTable;
use crate::object::{alloc, payload, type_name, TypeId};
use crate::str::{is_str, str_data};
use crate::value::{none, Owned, Value};

/// The payload of a text stream: its file descriptor.
pub struct StreamData {
    pub fd: i32,
}

static mut STDOUT_BUF: Vec<u8> = Vec::new();
static mut STDOUT_TTY: bool = false;

/// A new stream object for `fd`.
pub fn new_stream(fd: i32) -> Owned {
    alloc(TypeId::TextIOWrapper, StreamData { fd })
}

/// The descriptor of a stream value.
pub fn stream_fd(v: Value) -> i32 {
    unsafe { payload::<StreamData>(v).fd }
}

/// Notes whether stdout is a terminal (for line buffering).
pub fn init_streams() {
    unsafe {
        STDOUT_TTY = libc_isatty(1);
    }
}

fn libc_isatty(fd: i32) -> bool {
    extern "C" {
        fn isatty(fd: i32) -> i32;
    }
    unsafe { isatty(fd) == 1 }
}

/// Writes text to a descriptor (stdout buffered).
pub fn write_text(fd: i32, text: &str) {
    if fd == 1 {
        unsafe {
            let buf = &mut *std::ptr::addr_of_mut!(STDOUT_BUF);
            buf.extend_from_slice(text.as_bytes());
            if buf.len() >= 1 << 16 || (STDOUT_TTY && text.contains('\n')) {
                flush_stdout();
            }
        }
    } else {
        flush_stdout_if_tty();
        let _ = std::io::stderr().write_all(text.as_bytes());
    }
}

fn flush_stdout_if_tty() {
    if unsafe { STDOUT_TTY } {
        flush_stdout();
    }
}

/// Flushes buffered stdout.
pub fn flush_stdout() {
    unsafe {
        let buf = &mut *std::ptr::addr_of_mut!(STDOUT_BUF);
        if !buf.is_empty() {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(buf);
            let _ = out.flush();
            buf.clear();
        }
    }
}

fn write(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs("write", kwnames)?;
    arg_count("write", &args[1..], 1, 1)?;
    let s = args[1];
    if !is_str(s) {
        return type_error(format!(
            "write() argument must be str, not {}",
            type_name(s)
        ));
    }
    write_text(stream_fd(args[0]), &str_data(s).to_string_lossy());
    Ok(crate::int::from_i64(str_data(s).len as i64))
}

fn flush(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs("flush", kwnames)?;
    if stream_fd(args[0]) == 1 {
        flush_stdout();
    }
    Ok(none())
}

/// Methods of the stream objects.
pub const METHODS: MethodTable = &[("write", write), ("flush", flush)];
