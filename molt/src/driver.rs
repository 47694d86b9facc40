//! Reading sources, compiling, linking with the embedded runtime, running.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The runtime static library, embedded at build time.
const RUNTIME_LIB: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/libmolt_runtime.a"));

fn read_source(file: &Path) -> Result<String, String> {
    std::fs::read_to_string(file)
        .map_err(|e| format!("molt: error: cannot read {}: {e}", file.display()))
}

fn compile(file: &Path) -> Result<molt_ir::module::Module, String> {
    let source = read_source(file)?;
    // Tracebacks name the script by its absolute path, as CPython does.
    let path = std::path::absolute(file).unwrap_or_else(|_| file.to_path_buf());
    molt_frontend::compile_main(&path.to_string_lossy(), &source).map_err(|d| d.to_string())
}

/// `molt build`: compiles `file` to an executable; returns its path.
pub fn build(file: &Path, output: Option<&Path>, verbose: bool) -> Result<PathBuf, String> {
    let module = compile(file)?;
    let object = molt_backend::object::compile_module(&module)
        .map_err(|e| format!("molt: internal error: {e}"))?;
    let out = match output {
        Some(o) => o.to_path_buf(),
        None => PathBuf::from(
            file.file_stem()
                .ok_or_else(|| format!("molt: error: {} has no file name", file.display()))?,
        ),
    };
    let work = tempfile::tempdir()
        .map_err(|e| format!("molt: error: cannot create a temporary directory: {e}"))?;
    let obj_path = work.path().join("program.o");
    let lib_path = work.path().join("libmolt_runtime.a");
    std::fs::write(&obj_path, object).map_err(|e| format!("molt: error: {e}"))?;
    std::fs::write(&lib_path, RUNTIME_LIB).map_err(|e| format!("molt: error: {e}"))?;
    // Link next to the output, then move into place: no half-written output.
    let staged = work.path().join("program");
    molt_backend::link::link(&obj_path, &lib_path, &staged)
        .map_err(|e| format!("molt: error: {e}"))?;
    std::fs::copy(&staged, &out)
        .map_err(|e| format!("molt: error: cannot write {}: {e}", out.display()))?;
    if verbose {
        eprintln!("molt: wrote {}", out.display());
    }
    Ok(out)
}

fn cache_dir() -> PathBuf {
    if let Ok(d) = std::env::var("XDG_CACHE_HOME") {
        return PathBuf::from(d).join("molt");
    }
    if let Ok(h) = std::env::var("HOME") {
        return PathBuf::from(h).join(".cache/molt");
    }
    std::env::temp_dir().join("molt-cache")
}

/// `molt run`: builds into the cache and runs with `args`; returns its exit code.
pub fn run(file: &Path, args: &[String]) -> Result<i32, String> {
    let dir = cache_dir();
    std::fs::create_dir_all(&dir)
        .map_err(|e| format!("molt: error: cannot create {}: {e}", dir.display()))?;
    let stem = file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "program".into());
    let exe = dir.join(format!("{stem}-{}", std::process::id()));
    build(file, Some(&exe), false)?;
    let status = Command::new(&exe).args(args).status();
    let _ = std::fs::remove_file(&exe);
    let status = status.map_err(|e| format!("molt: error: cannot run {}: {e}", exe.display()))?;
    // Killed by a signal: report it the way a shell does (128 + signal).
    use std::os::unix::process::ExitStatusExt;
    Ok(status
        .code()
        .or_else(|| status.signal().map(|s| 128 + s))
        .unwrap_or(1))
}

/// `molt ir`: prints the IR.
pub fn print_ir(file: &Path) -> Result<(), String> {
    let module = compile(file)?;
    print!("{}", molt_ir::print::module_to_string(&module));
    Ok(())
}
