//! molt-frontend
