//! Glue between the numeric algorithms in `num/` and Python values:
//! raising their errors, and the methods of int and float.

use crate::exception::{err, R};
use crate::methods::MethodTable;
use crate::num::arith::PowError;
use crate::object::TypeId;

/// Raises the exception for a failed float power.
pub fn raise_pow_error<T>(e: PowError) -> R<T> {
    match e {
        PowError::ZeroDivision => {
            err(TypeId::ZeroDivisionError, "0.0 cannot be raised to a negative power")
        }
        PowError::Overflow => err(TypeId::OverflowError, "(34, 'Numerical result out of range')"),
        PowError::Complex => err(TypeId::ValueError, "complex numbers are not supported yet"),
    }
}

/// Methods of int.
pub const INT_METHODS: MethodTable = &[];
/// Methods of float.
pub const FLOAT_METHODS: MethodTable = &[];
