//! `molt diff`: compile each program, run it and CPython 3.12 with
//! `PYTHONHASHSEED=0`, compare stdout, exit code and stderr (caret lines
//! aside). A program starting with `# molt: expect-error TEXT` passes when the
//! build fails with a located message containing TEXT.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;

/// Finds CPython 3.12: `--python`, `$MOLT_CPYTHON`, `python3.12` on PATH, pyenv's 3.12.
pub fn find_python(explicit: Option<&Path>) -> Result<PathBuf, String> {
    if let Some(p) = explicit {
        return Ok(p.to_path_buf());
    }
    if let Ok(p) = std::env::var("MOLT_CPYTHON") {
        return Ok(PathBuf::from(p));
    }
    let works = |p: &Path| {
        Command::new(p)
            .args(["-c", "import sys; assert sys.version_info[:2] == (3, 12)"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    if works(Path::new("python3.12")) {
        return Ok(PathBuf::from("python3.12"));
    }
    let root = Command::new("pyenv")
        .arg("root")
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()))
        .or_else(|| {
            std::env::var("HOME")
                .ok()
                .map(|h| PathBuf::from(h).join(".pyenv"))
        });
    if let Some(root) = root {
        if let Ok(entries) = std::fs::read_dir(root.join("versions")) {
            let mut found: Vec<PathBuf> = entries
                .flatten()
                .filter(|e| e.file_name().to_string_lossy().starts_with("3.12"))
                .map(|e| e.path().join("bin/python3.12"))
                .filter(|p| works(p))
                .collect();
            found.sort();
            if let Some(p) = found.pop() {
                return Ok(p);
            }
        }
    }
    Err("molt diff: error: no CPython 3.12 found (tried --python, $MOLT_CPYTHON, python3.12 on PATH, $(pyenv root)/versions/3.12*)".into())
}

fn collect(paths: &[PathBuf], out: &mut Vec<PathBuf>) -> Result<(), String> {
    for p in paths {
        if p.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(p)
                .map_err(|e| format!("molt diff: error: cannot read {}: {e}", p.display()))?
                .flatten()
                .map(|e| e.path())
                .collect();
            entries.sort();
            let (dirs, files): (Vec<PathBuf>, Vec<PathBuf>) =
                entries.into_iter().partition(|e| e.is_dir());
            out.extend(
                files
                    .into_iter()
                    .filter(|f| f.extension().is_some_and(|x| x == "py")),
            );
            collect(&dirs, out)?;
        } else if p.exists() {
            out.push(p.clone());
        } else {
            return Err(format!("molt diff: error: {} does not exist", p.display()));
        }
    }
    Ok(())
}

/// Drops the caret/underline lines CPython adds under traceback source
/// lines, including those inside an exception group's `| ` margin.
fn normalize_stderr(s: &str) -> String {
    s.lines()
        .filter(|l| {
            let t = l.trim();
            let t = t.strip_prefix('|').map_or(t, str::trim);
            t.is_empty() || !t.chars().all(|c| matches!(c, '^' | '~'))
        })
        .map(|l| format!("{l}\n"))
        .collect()
}

struct Outcome {
    passed: bool,
    report: String,
}

fn run_capture(cmd: &mut Command) -> Result<(String, String, i32), String> {
    let out = cmd
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .output()
        .map_err(|e| e.to_string())?;
    Ok((
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    ))
}

fn short_diff(what: &str, expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let i = e
        .iter()
        .zip(a.iter())
        .position(|(x, y)| x != y)
        .unwrap_or(e.len().min(a.len()));
    let show = |v: &[&str]| {
        v.iter()
            .skip(i)
            .take(3)
            .map(|l| format!("        {l}\n"))
            .collect::<String>()
    };
    format!(
        "    {what} differs at line {}:\n      cpython:\n{}      molt:\n{}",
        i + 1,
        show(&e),
        show(&a)
    )
}

fn check(file: &Path, python: &Path) -> Outcome {
    let source = std::fs::read_to_string(file).unwrap_or_default();
    let first = source.lines().next().unwrap_or("");
    let exe_dir = match tempfile::tempdir() {
        Ok(d) => d,
        Err(e) => {
            return Outcome {
                passed: false,
                report: format!("    cannot create a temporary directory: {e}\n"),
            }
        }
    };
    let exe = exe_dir.path().join("program");
    let molt = std::env::current_exe().unwrap_or_else(|_| PathBuf::from("molt"));
    let build = Command::new(&molt)
        .arg("build")
        .arg(file)
        .arg("-o")
        .arg(&exe)
        .output();
    let build = match build {
        Ok(b) => b,
        Err(e) => {
            return Outcome {
                passed: false,
                report: format!("    cannot run molt: {e}\n"),
            }
        }
    };
    let build_err = String::from_utf8_lossy(&build.stderr).into_owned();
    if let Some(expected) = first.strip_prefix("# molt: expect-error ") {
        let abs = std::path::absolute(file).unwrap_or_else(|_| file.to_path_buf());
        let located = build_err.contains(&format!("{}:", abs.display()));
        let ok = !build.status.success() && build_err.contains(expected.trim()) && located;
        return Outcome {
            passed: ok,
            report: if ok {
                String::new()
            } else {
                format!("    expected a located build error containing {expected:?}, got:\n{build_err}\n")
            },
        };
    }
    if !build.status.success() {
        return Outcome {
            passed: false,
            report: format!("    build failed:\n{build_err}\n"),
        };
    }
    let (mo, me, mc) = match run_capture(&mut Command::new(&exe)) {
        Ok(r) => r,
        Err(e) => {
            return Outcome {
                passed: false,
                report: format!("    cannot run the binary: {e}\n"),
            }
        }
    };
    let (po, pe, pc) = match run_capture(Command::new(python).arg(file)) {
        Ok(r) => r,
        Err(e) => {
            return Outcome {
                passed: false,
                report: format!("    cannot run {}: {e}\n", python.display()),
            }
        }
    };
    let mut report = String::new();
    if mo != po {
        report.push_str(&short_diff("stdout", &po, &mo));
    }
    if mc != pc {
        report.push_str(&format!("    exit code: cpython {pc}, molt {mc}\n"));
    }
    let (ne, np) = (normalize_stderr(&me), normalize_stderr(&pe));
    if ne != np {
        report.push_str(&short_diff("stderr", &np, &ne));
    }
    Outcome {
        passed: report.is_empty(),
        report,
    }
}

/// Runs the comparison over `paths`; returns 0 when all pass.
pub fn diff(paths: &[PathBuf], python: Option<&Path>, jobs: usize) -> Result<i32, String> {
    let python = find_python(python)?;
    let mut files = Vec::new();
    collect(paths, &mut files)?;
    let next = Mutex::new(0usize);
    let results: Mutex<Vec<Option<Outcome>>> = Mutex::new((0..files.len()).map(|_| None).collect());
    let printed = Mutex::new(0usize);
    std::thread::scope(|s| {
        for _ in 0..jobs.max(1) {
            s.spawn(|| loop {
                let i = {
                    let mut n = next.lock().unwrap();
                    let i = *n;
                    *n += 1;
                    i
                };
                if i >= files.len() {
                    break;
                }
                let outcome = check(&files[i], &python);
                results.lock().unwrap()[i] = Some(outcome);
                // Print finished results in order.
                let mut p = printed.lock().unwrap();
                let res = results.lock().unwrap();
                while *p < files.len() {
                    let Some(o) = &res[*p] else { break };
                    println!(
                        "{} {}",
                        if o.passed { "PASS" } else { "FAIL" },
                        files[*p].display()
                    );
                    print!("{}", o.report);
                    *p += 1;
                }
            });
        }
    });
    let res = results.into_inner().unwrap();
    let passed = res.iter().flatten().filter(|o| o.passed).count();
    let failed = res.len() - passed;
    println!("{passed} passed, {failed} failed");
    Ok(if failed == 0 { 0 } else { 1 })
}
