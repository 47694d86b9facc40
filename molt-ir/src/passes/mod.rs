//! IR→IR passes, in the order [`run_pipeline`] runs them:
//!
//! 1. [`spill_cross_block`] — carries values used outside their defining
//!    block through hidden slots.
//! 2. [`fuse_compare`] — a comparison used only by its truth test becomes
//!    one `compare.bool`.
//! 3. [`insert_decrefs`] — releases every owned value after its last use.
//!
//! [`ownership`] is the analysis the backend uses to release owned values on
//! error edges.

pub mod fuse_compare;
pub mod insert_decrefs;
pub mod ownership;
pub mod spill_cross_block;

use crate::module::Module;
use crate::verify::{verify_module, VerifyError};

/// Runs every pass over the module, verifying after each one.
pub fn run_pipeline(m: &mut Module) -> Result<(), VerifyError> {
    for f in &mut m.functions {
        spill_cross_block::spill_cross_block(f);
    }
    verify_module(m)?;
    for f in &mut m.functions {
        fuse_compare::fuse_compare(f);
    }
    verify_module(m)?;
    for f in &mut m.functions {
        insert_decrefs::insert_decrefs(f);
    }
    verify_module(m)
}
