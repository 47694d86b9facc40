//! Builds the runtime static library (the `molt-stdlib` crate, which links
//! `molt-runtime`) in release mode and places it in OUT_DIR, so that the
//! `molt` binary can embed it with `include_bytes!`.

use std::path::PathBuf;
use std::process::Command;

fn main() {
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let root = manifest_dir.parent().unwrap().to_path_buf();
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let target_dir = out.join("runtime-target");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .current_dir(&root)
        .args(["build", "--release", "-p", "molt-stdlib", "--target-dir"])
        .arg(&target_dir)
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .status()
        .expect("failed to run cargo for the runtime library");
    assert!(status.success(), "building the runtime library failed");
    std::fs::copy(
        target_dir.join("release/libmolt_stdlib.a"),
        out.join("libmolt_runtime.a"),
    )
    .expect("runtime library missing after build");
    for dir in ["molt-runtime", "molt-stdlib"] {
        println!("cargo:rerun-if-changed={}", root.join(dir).display());
    }
    println!(
        "cargo:rerun-if-changed={}",
        root.join("Cargo.lock").display()
    );
}
