//! IR→IR passes, in the order [`run_pipeline`] runs them:
//!
//! 1. [`insert_decrefs`] — releases every owned value after its last use.
//!
//! [`ownership`] is the analysis the backend uses to release owned values on
//! error edges.

pub mod insert_decrefs;
pub mod ownership;

use crate::module::Module;
use crate::verify::{verify_module, VerifyError};

/// Runs every pass over the module, verifying after each one.
pub fn run_pipeline(m: &mut Module) -> Result<(), VerifyError> {
    verify_module(m)?;
    for f in &mut m.functions {
        insert_decrefs::insert_decrefs(f);
    }
    verify_module(m)
}
