//! molt-backend
