//! The thread state: the exception being raised, the stack of exceptions
//! being handled (`sys.exception()`), the recursion depth and the hash key.
//! Compiled code runs under the GIL, so one global state serves.

use crate::value::Owned;

/// The runtime's global mutable state.
pub struct ThreadState {
    /// The exception being raised, if any.
    pub raised: Option<Owned>,
    /// Exceptions being handled, innermost last.
    pub handling: Vec<Owned>,
    /// The SipHash key for str and bytes hashes.
    pub hash_key: (u64, u64),
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// Containers whose repr is being computed (for `[...]`).
    pub repr_stack: Vec<crate::value::Value>,
}

static mut STATE: ThreadState = ThreadState {
    raised: None,
    handling: Vec::new(),
    hash_key: (0, 0),
    argv: Vec::new(),
    repr_stack: Vec::new(),
};

/// The Python call depth and its limit. `depth` counts the function
/// frames entered (not the module's own frame, which CPython counts too),
/// so `limit` is `sys.getrecursionlimit() - 1`.
/// Compiled call sites check and bump `depth` inline (`molt_ir::abi::FRAMES_*`).
#[repr(C)]
pub struct Frames {
    pub depth: usize,
    pub limit: usize,
}

/// The call-depth counter, exported for compiled code.
#[no_mangle]
#[allow(non_upper_case_globals)]
pub static mut molt_frames: Frames = Frames {
    depth: 0,
    limit: 1000 - 1,
};

/// `sys.getrecursionlimit()`.
pub fn recursion_limit() -> usize {
    frames().limit + 1
}

/// The current recursion depth as CPython counts it (the module's frame
/// included).
pub fn recursion_depth() -> usize {
    frames().depth + 1
}

/// The call-depth counter.
#[inline]
pub fn frames() -> &'static mut Frames {
    unsafe { &mut *std::ptr::addr_of_mut!(molt_frames) }
}

/// The thread state.
#[inline]
pub fn ts() -> &'static mut ThreadState {
    unsafe { &mut *std::ptr::addr_of_mut!(STATE) }
}

/// The SipHash key CPython derives from `PYTHONHASHSEED`: zero for `0`, the
/// bytes of its LCG for another number, random when unset or `random`.
pub fn hash_key_from_env() -> (u64, u64) {
    let seed = std::env::var("PYTHONHASHSEED").ok();
    let seed = seed.as_deref().and_then(|s| s.parse::<u32>().ok());
    let mut bytes = [0u8; 16];
    match seed {
        Some(0) => {}
        Some(n) => {
            // CPython's lcg_urandom: x = x * 214013 + 2531011 (mod 2**32).
            let mut x = n;
            for b in bytes.iter_mut() {
                x = x.wrapping_mul(214013).wrapping_add(2531011);
                *b = ((x >> 16) & 0xff) as u8;
            }
        }
        None => {
            use std::io::Read;
            if let Ok(mut f) = std::fs::File::open("/dev/urandom") {
                let _ = f.read_exact(&mut bytes);
            }
        }
    }
    let k0 = u64::from_le_bytes(bytes[..8].try_into().unwrap());
    let k1 = u64::from_le_bytes(bytes[8..].try_into().unwrap());
    (k0, k1)
}

/// Lets the main thread's stack grow further than the default 8 MB soft
/// limit (up to the hard limit, at most `WANT`), so deep Python recursion
/// under a raised `sys.setrecursionlimit` has room.
pub fn init_native_stack() {
    #[repr(C)]
    struct RLimit {
        cur: u64,
        max: u64,
    }
    extern "C" {
        fn getrlimit(resource: i32, rlim: *mut RLimit) -> i32;
        fn setrlimit(resource: i32, rlim: *const RLimit) -> i32;
    }
    const RLIMIT_STACK: i32 = 3;
    const WANT: u64 = 1 << 30;
    let mut r = RLimit { cur: 0, max: 0 };
    unsafe {
        if getrlimit(RLIMIT_STACK, &mut r) == 0 && r.cur < WANT {
            r.cur = WANT.min(r.max);
            setrlimit(RLIMIT_STACK, &r);
        }
    }
}
