#!/usr/bin/env python3
"""Times a command as a whole process: runs it --runs times (after one warm-up run) and
prints median / min / max wall time and peak resident memory. Exit 1 if any run fails.
With --last-line FILE, the last non-empty line the last run printed is written to FILE
(workloads print their own in-process figures there)."""
import argparse, resource, statistics, subprocess, sys, time

def run_once(cmd, cwd, capture=False):
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
                         stderr=subprocess.PIPE)
    out, err = p.communicate()
    dt = time.perf_counter() - t0
    run_once.last_output = (out or b"").decode(errors="replace")
    return p.returncode, dt, err.decode(errors="replace")

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--cwd", default=None)
    ap.add_argument("--label", default="")
    ap.add_argument("--last-line", default=None)
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    cmd = a.cmd[1:] if a.cmd and a.cmd[0] == "--" else a.cmd
    capture = a.last_line is not None
    rc, _, err = run_once(cmd, a.cwd, capture)  # warm-up (page cache, lazy binding)
    if rc != 0:
        print(f"{a.label}: FAILED (exit {rc})\n{err[-2000:]}", file=sys.stderr)
        sys.exit(1)
    times, peak = [], 0
    for _ in range(a.runs):
        rc, dt, err = run_once(cmd, a.cwd, capture)
        if rc != 0:
            print(f"{a.label}: FAILED (exit {rc})\n{err[-2000:]}", file=sys.stderr)
            sys.exit(1)
        times.append(dt)
        # ru_maxrss of children is the largest child so far; every child runs the same command.
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if capture:
        lines = [line for line in run_once.last_output.splitlines() if line.strip()]
        with open(a.last_line, "w") as f:
            f.write(lines[-1] + "\n" if lines else "")
    print(f"{statistics.median(times):.4f} {min(times):.4f} {max(times):.4f} {peak // 1024}")

main()
