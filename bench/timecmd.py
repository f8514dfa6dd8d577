#!/usr/bin/env python3
"""Times a command as a whole process: runs it --runs times (after one warm-up run) and
prints min / median / max wall time and peak resident memory. Exit 1 if any run fails."""
import argparse, resource, statistics, subprocess, sys, time

def run_once(cmd, cwd):
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, err = p.communicate()
    dt = time.perf_counter() - t0
    return p.returncode, dt, err.decode(errors="replace")

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--cwd", default=None)
    ap.add_argument("--label", default="")
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    cmd = a.cmd[1:] if a.cmd and a.cmd[0] == "--" else a.cmd
    rc, _, err = run_once(cmd, a.cwd)  # warm-up (page cache, lazy binding)
    if rc != 0:
        print(f"{a.label}: FAILED (exit {rc})\n{err[-2000:]}", file=sys.stderr)
        sys.exit(1)
    times, peak = [], 0
    for _ in range(a.runs):
        rc, dt, err = run_once(cmd, a.cwd)
        if rc != 0:
            print(f"{a.label}: FAILED (exit {rc})\n{err[-2000:]}", file=sys.stderr)
            sys.exit(1)
        times.append(dt)
        # ru_maxrss of children is the largest child so far; every child runs the same command.
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"{statistics.median(times):.4f} {min(times):.4f} {max(times):.4f} {peak // 1024}")

main()
