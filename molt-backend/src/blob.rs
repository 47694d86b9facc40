//! The module blob the runtime reads at start-up (layout documented in
//! `molt-runtime/src/init.rs`): name, path, source, constants, global names.

use molt_ir::module::{Const, Module};

fn put_u32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn put_text(out: &mut Vec<u8>, s: &str) {
    put_u32(out, s.len() as u32);
    out.extend_from_slice(s.as_bytes());
}

/// Serializes a module's metadata and constant pool (`consts` may extend the module's).
pub fn module_blob(m: &Module, consts: &[Const]) -> Vec<u8> {
    let mut out = Vec::new();
    put_text(&mut out, &m.name);
    put_text(&mut out, &m.path);
    put_text(&mut out, &m.source);
    put_u32(&mut out, consts.len() as u32);
    for c in consts {
        match c {
            Const::Str(cps) => {
                out.push(0);
                put_u32(&mut out, cps.len() as u32);
                for &cp in cps {
                    put_u32(&mut out, cp);
                }
            }
            Const::BigInt(digits) => {
                out.push(1);
                put_text(&mut out, digits);
            }
            Const::Tuple(items) => {
                out.push(2);
                put_u32(&mut out, items.len() as u32);
                for i in items {
                    put_u32(&mut out, i.0);
                }
            }
            Const::None => out.push(3),
            Const::Ellipsis => out.push(6),
            Const::Bytes(bytes) => {
                out.push(4);
                put_u32(&mut out, bytes.len() as u32);
                out.extend_from_slice(bytes);
            }
            Const::Complex(bits) => {
                out.push(5);
                out.extend_from_slice(&bits.to_le_bytes());
            }
        }
    }
    put_u32(&mut out, m.globals.len() as u32);
    for g in &m.globals {
        put_text(&mut out, g);
    }
    out
}
