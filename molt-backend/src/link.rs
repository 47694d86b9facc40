//! Linking an object file with the runtime static library into an executable.

use std::path::Path;
use std::process::Command;

/// The system libraries the Rust runtime needs.
const SYSTEM_LIBS: &[&str] = &["-lm", "-lpthread", "-ldl", "-lgcc_s", "-lc"];

/// Links `object` and `runtime_lib` into `output` with the system C compiler
/// (`$CC`, else `cc`).
pub fn link(object: &Path, runtime_lib: &Path, output: &Path) -> Result<(), String> {
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".to_string());
    let mut cmd = Command::new(&cc);
    cmd.arg("-o")
        .arg(output)
        .arg(object)
        .arg(runtime_lib)
        .args(SYSTEM_LIBS);
    cmd.arg("-Wl,--gc-sections").arg("-no-pie");
    let out = cmd.output().map_err(|e| {
        format!("could not run the system linker `{cc}`: {e}; install a C toolchain (e.g. `apt-get install gcc`) or set $CC")
    })?;
    if !out.status.success() {
        return Err(format!(
            "the system linker `{cc}` failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(())
}
