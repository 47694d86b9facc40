#!/usr/bin/env python3.12
"""Benchmark harness: Molt-compiled executables vs CPython 3.12.

Usage:
    python3.12 bench/run.py [--molt PATH] [--python PATH] [--repeat N]
                            [--only NAME ...] [--timeout SECONDS]

For every program in bench/programs/ it builds a native executable with
`molt build prog.py -o bench/work/prog`, checks that its stdout matches
CPython's, then runs Molt and CPython interleaved N times, recording wall
time and the child's peak RSS.  Results go to bench/RESULTS.md and stdout.

Exit status is 0 whenever the harness ran (even if programs failed or
targets were missed); 2 if the harness itself could not run.
"""

import argparse
import datetime
import glob
import os
import platform
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
PROGRAMS_DIR = BENCH_DIR / "programs"
WORK_DIR = BENCH_DIR / "work"
RESULTS_MD = BENCH_DIR / "RESULTS.md"

# Speed targets: Molt at least this many times faster than CPython.
SPEEDUP_TARGETS = {
    "fib": 5.0,
    "gen_pipeline": 3.0,
    "unpacking": 3.0,
    "closure_calls": 3.0,
    "comprehensions": 3.0,
}
# Memory targets: Molt's peak RSS under this many KiB.
RSS_TARGETS_KIB = {
    "mem_churn": 30 * 1024,  # 30 MB
    "cycles": 50 * 1024,  # 50 MB
}


class HarnessError(Exception):
    """A problem with the harness setup (not with a benchmark program)."""


# ---------------------------------------------------------------- discovery

def python_info(exe):
    """Return (sys.executable, version string) if `exe` runs, else None."""
    try:
        proc = subprocess.run(
            [exe, "-c", "import sys; print(sys.executable); print(sys.version.split()[0])"],
            capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    lines = proc.stdout.split("\n")
    if proc.returncode != 0 or len(lines) < 2 or not lines[0]:
        return None
    return lines[0], lines[1]


def pyenv_root():
    try:
        proc = subprocess.run(["pyenv", "root"], capture_output=True, text=True, timeout=30)
        if proc.returncode == 0 and proc.stdout.strip():
            return Path(proc.stdout.strip())
    except (OSError, subprocess.TimeoutExpired):
        pass
    return Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))


def version_key(path):
    # .../versions/3.12.10/bin/python3.12 -> (3, 12, 10); non-numeric parts sort first.
    parts = Path(path).parents[1].name.split(".")
    return tuple(int(p) if p.isdigit() else -1 for p in parts)


def find_cpython(explicit):
    """--python, else $MOLT_CPYTHON, else python3.12 on PATH if it runs,
    else the newest $(pyenv root)/versions/3.12*/bin/python3.12.

    Returns (resolved interpreter path, version).  The resolved path is
    sys.executable of that interpreter, so pyenv shims do not add their
    start-up cost to every timed run."""
    if explicit or os.environ.get("MOLT_CPYTHON"):
        source = "--python" if explicit else "$MOLT_CPYTHON"
        exe = explicit or os.environ["MOLT_CPYTHON"]
        info = python_info(exe)
        if info is None:
            raise HarnessError(f"CPython from {source} ({exe}) does not run")
        return info
    on_path = shutil.which("python3.12")
    if on_path:
        info = python_info(on_path)
        if info is not None:
            return info
    pattern = str(pyenv_root() / "versions" / "3.12*" / "bin" / "python3.12")
    for exe in sorted(glob.glob(pattern), key=version_key, reverse=True):
        info = python_info(exe)
        if info is not None:
            return info
    raise HarnessError("no runnable CPython 3.12 found (tried --python, $MOLT_CPYTHON, "
                       f"python3.12 on PATH, {pattern})")


def find_molt(explicit):
    path = Path(explicit) if explicit else REPO_ROOT / "target" / "release" / "molt"
    if not path.is_file() or not os.access(path, os.X_OK):
        hint = "" if explicit else " (build it with `cargo build --release` or pass --molt PATH)"
        raise HarnessError(f"molt binary not found or not executable: {path}{hint}")
    return path.resolve()


def select_programs(only):
    programs = {p.stem: p for p in sorted(PROGRAMS_DIR.glob("*.py"))}
    if not only:
        return list(programs.values())
    names = [n[:-3] if n.endswith(".py") else n for n in only]
    unknown = [n for n in names if n not in programs]
    if unknown:
        raise HarnessError(f"unknown program(s) {unknown}; available: {sorted(programs)}")
    return [programs[n] for n in names]


# ---------------------------------------------------------------- measuring

class Run:
    def __init__(self, exit_code, stdout, stderr, seconds, maxrss_kib, timed_out):
        self.exit_code = exit_code
        self.stdout = stdout
        self.stderr = stderr
        self.seconds = seconds
        self.maxrss_kib = maxrss_kib
        self.timed_out = timed_out

    def problem(self):
        """None if the run succeeded, else a short description."""
        if self.timed_out:
            return "timed out (see --timeout)"
        if self.exit_code != 0:
            tail = self.stderr.strip().splitlines()[-1:] or [""]
            return f"exit code {self.exit_code}: {tail[0][:200]}"
        return None


# Why not simply Popen(argv) + os.wait4(pid)?  On Linux a child's ru_maxrss
# includes the RSS of the memory image it had before exec -- i.e. a copy of
# this harness (~15 MiB), which would hide small binaries.  So each command
# is started by a tiny /bin/sh that launches it in the background and exits;
# as a "child subreaper" this process inherits the command, and os.wait4 on
# it then reports only the command's own peak RSS (plus sh's ~1 MiB floor).
PR_SET_CHILD_SUBREAPER = 36
LAUNCHER = 'pidfile=$1; shift; "$@" & echo $! >"$pidfile"'


def become_subreaper():
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        ok = libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        ok = False
    if not ok:
        raise HarnessError("prctl(PR_SET_CHILD_SUBREAPER) failed; this harness needs Linux")


def run_child(argv, timeout):
    """Run argv; return a Run with wall time and the command's peak RSS.

    Output goes to temporary files (not pipes) so the command can never
    block on a full pipe while we sit in os.wait4."""
    with tempfile.TemporaryDirectory() as tmp, \
            open(os.path.join(tmp, "out"), "w+b") as out, \
            open(os.path.join(tmp, "err"), "w+b") as err:
        pidfile = os.path.join(tmp, "pid")
        start = time.perf_counter()
        subprocess.run(["/bin/sh", "-c", LAUNCHER, "sh", pidfile, *argv],
                       stdin=subprocess.DEVNULL, stdout=out, stderr=err, check=True)
        with open(pidfile) as f:
            pid = int(f.read())
        timed_out = []

        def kill():
            timed_out.append(True)
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:  # exited just now
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, rusage = os.wait4(pid, 0)
        except BaseException:  # e.g. Ctrl-C: do not leave the command running
            os.kill(pid, signal.SIGKILL)
            os.wait4(pid, 0)
            raise
        finally:
            elapsed = time.perf_counter() - start
            timer.cancel()
        out.seek(0)
        err.seek(0)
        return Run(os.waitstatus_to_exitcode(status),
                   out.read().decode("utf-8", "replace"),
                   err.read().decode("utf-8", "replace"),
                   elapsed,
                   rusage.ru_maxrss,  # KiB on Linux
                   bool(timed_out))


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def bench_program(prog, molt, cpython, repeat, timeout):
    name = prog.stem
    res = {"name": name, "failure": None, "build_s": None,
           "molt_times": [], "py_times": [], "molt_rss": [], "py_rss": []}
    exe = WORK_DIR / name

    log(f"[{name}] building")
    if exe.exists():
        exe.unlink()
    build = run_child([str(molt), "build", str(prog), "-o", str(exe)], timeout)
    res["build_s"] = build.seconds
    if build.problem() or not exe.is_file():
        res["failure"] = "build failed: " + (build.problem() or f"{exe} was not written")
        res["detail"] = build.stdout + build.stderr
        return res

    # Correctness check (these runs are warm-up and are not timed).
    log(f"[{name}] checking output")
    ref = run_child([cpython, str(prog)], timeout)
    if ref.problem():
        res["failure"] = "CPython run failed: " + ref.problem()
        res["detail"] = ref.stderr
        return res
    got = run_child([str(exe)], timeout)
    if got.problem():
        res["failure"] = "Molt binary failed: " + got.problem()
        res["detail"] = got.stderr
        return res
    if got.stdout != ref.stdout:
        res["failure"] = "output mismatch"
        res["detail"] = f"CPython stdout:\n{ref.stdout[:2000]}\nMolt stdout:\n{got.stdout[:2000]}"
        return res
    expected = ref.stdout

    # Interleaved timing: molt, cpython, molt, cpython, ...
    for i in range(repeat):
        log(f"[{name}] run {i + 1}/{repeat}")
        for label, argv, times, rss in (("Molt", [str(exe)], res["molt_times"], res["molt_rss"]),
                                        ("CPython", [cpython, str(prog)], res["py_times"], res["py_rss"])):
            run = run_child(argv, timeout)
            problem = run.problem()
            if problem is None and run.stdout != expected:
                problem = "stdout changed between runs"
            if problem:
                res["failure"] = f"{label} timed run {i + 1} failed: {problem}"
                res["detail"] = run.stderr
                return res
            times.append(run.seconds)
            rss.append(run.maxrss_kib)
    return res


# ---------------------------------------------------------------- reporting

def speedup_text(ratio):
    if ratio >= 1:
        return f"×{ratio:.2f} faster"
    return f"×{ratio:.2f} (Molt slower)"


def summarize(res):
    """Add medians / peaks / ratio to a result dict (only for successes)."""
    if res["failure"] is None:
        res["molt_med"] = statistics.median(res["molt_times"])
        res["py_med"] = statistics.median(res["py_times"])
        res["ratio"] = res["py_med"] / res["molt_med"] if res["molt_med"] > 0 else float("inf")
        res["molt_peak"] = max(res["molt_rss"])
        res["py_peak"] = max(res["py_rss"])


def mib(kib):
    return f"{kib / 1024:.1f} MiB"


def results_table(results):
    rows = ["| Program | Molt median | CPython median | Speedup (CPython/Molt) "
            "| Molt peak RSS | CPython peak RSS | Build time | Status |",
            "|---|---:|---:|---:|---:|---:|---:|---|"]
    for r in results:
        build = f"{r['build_s']:.2f} s" if r["build_s"] is not None else "–"
        if r["failure"]:
            failure = r["failure"].replace("|", "\\|")
            rows.append(f"| {r['name']} | – | – | – | – | – | {build} | FAIL: {failure} |")
        else:
            rows.append(f"| {r['name']} | {r['molt_med']:.3f} s | {r['py_med']:.3f} s "
                        f"| {speedup_text(r['ratio'])} | {mib(r['molt_peak'])} "
                        f"| {mib(r['py_peak'])} | {build} | ok |")
    return "\n".join(rows)


def targets_section(results):
    by_name = {r["name"]: r for r in results}

    def status(name, check, show):
        r = by_name.get(name)
        if r is None:
            return "not measured (program not selected)"
        if r["failure"]:
            return f"NOT MET — program failed ({r['failure']})"
        return ("MET" if check(r) else "NOT MET") + f" — measured {show(r)}"

    lines = ["## Targets", ""]
    for name, target in SPEEDUP_TARGETS.items():
        got = status(name, lambda r, t=target: r["ratio"] >= t,
                     lambda r: speedup_text(r["ratio"]))
        lines.append(f"- {name}: Molt at least {target:g}× faster than python3.12 — **{got}**")
    for name, limit in RSS_TARGETS_KIB.items():
        got = status(name, lambda r, t=limit: r["molt_peak"] < t,
                     lambda r: f"{mib(r['molt_peak'])} ({r['molt_peak']} KiB)")
        lines.append(f"- {name}: Molt peak RSS under {limit // 1024} MB ({limit} KiB) — **{got}**")
    return "\n".join(lines)


def failure_details(results):
    failed = [r for r in results if r["failure"]]
    if not failed:
        return ""
    parts = ["## Failures", ""]
    for r in failed:
        parts += [f"### {r['name']}: {r['failure']}", ""]
        detail = (r.get("detail") or "").strip()
        if detail:
            parts += ["```", detail[-3000:], "```", ""]
    return "\n".join(parts)


def main():
    ap = argparse.ArgumentParser(description="Benchmark Molt executables against CPython 3.12.")
    ap.add_argument("--molt", help="path to the molt binary (default: target/release/molt)")
    ap.add_argument("--python", help="CPython 3.12 interpreter to compare against")
    ap.add_argument("--repeat", type=int, default=5, help="timed runs per side (default 5)")
    ap.add_argument("--only", nargs="+", metavar="NAME", help="run only these programs")
    ap.add_argument("--timeout", type=float, default=300.0,
                    help="kill any single build/run after this many seconds (default 300)")
    args = ap.parse_args()
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")

    try:
        become_subreaper()
        molt = find_molt(args.molt)
        cpython, py_version = find_cpython(args.python)
        programs = select_programs(args.only)
    except HarnessError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if not py_version.startswith("3.12."):
        log(f"warning: comparing against CPython {py_version}, not 3.12")
    log(f"molt: {molt}\nCPython {py_version}: {cpython}")
    WORK_DIR.mkdir(exist_ok=True)

    results = []
    for prog in programs:
        res = bench_program(prog, molt, cpython, args.repeat, args.timeout)
        summarize(res)
        if res["failure"]:
            log(f"[{prog.stem}] FAILED: {res['failure']}")
        results.append(res)

    command = shlex.join(["python3.12"] + sys.argv)
    table = results_table(results)
    header = "\n".join([
        "# Molt benchmark results",
        "",
        f"- Date: {datetime.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')}",
        f"- Machine: {os.cpu_count()} cores, {platform.platform()}",
        f"- CPython: {py_version} ({cpython})",
        f"- Molt: {molt}",
        f"- Command: `{command}`",
        f"- Runs: {args.repeat} timed runs per side, Molt and CPython interleaved; "
        "times are medians of wall time, RSS is the highest peak RSS seen across runs.",
    ])
    doc = "\n\n".join(p for p in [header, table, targets_section(results),
                                   failure_details(results)] if p) + "\n"
    RESULTS_MD.write_text(doc)
    print(table)
    print()
    print(targets_section(results))
    log(f"\nwrote {RESULTS_MD}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
