//! End-to-end tests over the release `molt` binary (built by `.ci/run`).

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// `$MOLT_BIN`, else the `molt` of the profile directory this test was
/// built into (the test runs from `<target>/release/deps/`), whatever the
/// target directory.
fn molt() -> PathBuf {
    let p = std::env::var_os("MOLT_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            let exe = std::env::current_exe().expect("the test's own path");
            exe.parent()
                .and_then(Path::parent)
                .expect("tests run from <target>/<profile>/deps")
                .join("molt")
        });
    assert!(
        p.exists(),
        "{} not found: run `cargo build --release` first",
        p.display()
    );
    p
}

/// Runs a command, retrying while its freshly written executable is
/// "busy": a process another test forks meanwhile can hold the copy's
/// write descriptor open until it execs (`ETXTBSY`).
fn output_retrying_busy(cmd: &mut Command) -> std::process::Output {
    for _ in 0..100 {
        match cmd.output() {
            Err(e) if e.kind() == std::io::ErrorKind::ExecutableFileBusy => {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            r => return r.unwrap(),
        }
    }
    cmd.output().unwrap()
}

#[test]
fn a_copied_molt_alone_builds_working_programs() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("molt");
    std::fs::copy(molt(), &copy).unwrap();
    std::fs::write(
        dir.path().join("app.py"),
        "import math\nprint(sum([1, 2, 3]), math.pi)\n",
    )
    .unwrap();
    let build = output_retrying_busy(
        Command::new(&copy)
            .current_dir(dir.path())
            .args(["build", "app.py"]),
    );
    assert!(
        build.status.success(),
        "{}",
        String::from_utf8_lossy(&build.stderr)
    );
    let run = output_retrying_busy(&mut Command::new(dir.path().join("app")));
    assert_eq!(
        String::from_utf8_lossy(&run.stdout),
        "6 3.141592653589793\n"
    );
}

#[test]
fn run_passes_arguments_and_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    let app = dir.path().join("args.py");
    std::fs::write(&app, "import sys\nprint(sys.argv[1:])\nsys.exit(3)\n").unwrap();
    let out = Command::new(molt())
        .arg("run")
        .arg(&app)
        .args(["a", "-b"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "['a', '-b']\n");
    assert_eq!(out.status.code(), Some(3));
}

#[test]
fn bad_input_is_reported_not_panicked() {
    let dir = tempfile::tempdir().unwrap();
    let missing = Command::new(molt())
        .args(["build", "/nonexistent/x.py"])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read"));
    let bad = dir.path().join("bad.py");
    std::fs::write(&bad, "x = (1,\n").unwrap();
    let out = Command::new(molt())
        .arg("build")
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("SyntaxError"));
    let ok = dir.path().join("ok.py");
    std::fs::write(&ok, "print(1)\n").unwrap();
    let out = Command::new(molt())
        .arg("build")
        .arg(&ok)
        .args(["-o", "/nonexistent/dir/out"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot write"));
}

/// The differential corpus: every program passes except those listed in
/// `differential/KNOWN_FAILURES` (which must still fail, so the list stays honest).
#[test]
fn differential_corpus_matches_cpython() {
    let out = Command::new(molt())
        .current_dir(repo())
        .args(["diff", "differential/", "-j", "2"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let known =
        std::fs::read_to_string(repo().join("differential/KNOWN_FAILURES")).unwrap_or_default();
    let known: Vec<&str> = known.lines().filter(|l| !l.trim().is_empty()).collect();
    let mut unexpected = Vec::new();
    let mut fixed = Vec::new();
    for line in text.lines() {
        if let Some(p) = line.strip_prefix("FAIL ") {
            if !known.contains(&p) {
                unexpected.push(p.to_string());
            }
        } else if let Some(p) = line.strip_prefix("PASS ") {
            if known.contains(&p) {
                fixed.push(p.to_string());
            }
        }
    }
    assert!(
        text.lines().last().unwrap_or("").ends_with("failed"),
        "molt diff did not finish:\n{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        unexpected.is_empty(),
        "new differential failures: {unexpected:#?}\n{text}"
    );
    assert!(
        fixed.is_empty(),
        "now passing, remove from KNOWN_FAILURES: {fixed:#?}"
    );
}

/// Reference cycles are reclaimed as they pile up (DESIGN §4): the
/// `cycles` benchmark (a million self-referencing lists, a million
/// closure cycles; about 500 MB without the collector) runs under a
/// 150 MB address-space limit.
#[test]
fn cycles_are_collected_within_a_memory_bound() {
    let dir = tempfile::tempdir().unwrap();
    let app = dir.path().join("cycles");
    let build = Command::new(molt())
        .arg("build")
        .arg(repo().join("bench/programs/cycles.py"))
        .arg("-o")
        .arg(&app)
        .output()
        .unwrap();
    assert!(
        build.status.success(),
        "{}",
        String::from_utf8_lossy(&build.stderr)
    );
    let run = output_retrying_busy(
        Command::new("/bin/sh")
            .args(["-c", "ulimit -v 153600 && exec \"$0\""])
            .arg(&app),
    );
    assert!(
        run.status.success(),
        "exit {:?}: {}",
        run.status,
        String::from_utf8_lossy(&run.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&run.stdout), "2000000\n1000000\n");
}
