#!/usr/bin/env python3
"""Launch-to-first-prompt time of the interactive `nn` session, measured on a real
pseudo-terminal: the clock starts just before the process is spawned and stops when the
`>>> ` prompt has been read from the terminal; then Ctrl-D ends the session. The history
file holds 1000 entries (the cap), so loading it is part of what is measured. Also times
`echo | nn` (piped mode: start, read an empty input, exit) as a whole process.

    bench/startup.py NN_BINARY [--runs N]
Prints one line per measurement: median, min and max in milliseconds."""
import argparse, os, pty, select, statistics, subprocess, tempfile, time


def first_prompt(binary, env):
    master, slave = pty.openpty()
    t0 = time.perf_counter()
    p = subprocess.Popen([binary], stdin=slave, stdout=slave, stderr=slave, env=env,
                         start_new_session=True, close_fds=True)
    os.close(slave)
    seen = b""
    elapsed = None
    deadline = t0 + 10
    while time.perf_counter() < deadline:
        ready, _, _ = select.select([master], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
            if b">>> " in seen:
                elapsed = time.perf_counter() - t0
                break
    os.write(master, b"\x04")
    try:
        p.wait(timeout=5)
    except subprocess.TimeoutExpired:
        p.kill()
        p.wait()
    os.close(master)
    if elapsed is None:
        raise SystemExit(f"no prompt from {binary}; output: {seen[-500:]!r}")
    return elapsed


def piped(binary, env):
    t0 = time.perf_counter()
    subprocess.run([binary], input=b"\n", stdout=subprocess.DEVNULL, env=env, check=True)
    return time.perf_counter() - t0


def report(label, samples):
    ms = [s * 1000 for s in samples]
    print(f"{label:<34} {statistics.median(ms):8.1f} ms  (min {min(ms):.1f}, max {max(ms):.1f})")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--runs", type=int, default=20)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as home:
        history = os.path.join(home, ".nn_history")
        with open(history, "w") as f:
            for i in range(1000):
                f.write(f"x{i} = np.linspace(0, 1, {i})\n")
        env = dict(os.environ, HOME=home, NN_HISTORY=history, TERM="xterm-256color", INPUTRC="/dev/null")
        env.pop("NO_COLOR", None)
        first_prompt(a.binary, env)  # warm-up (page cache, dynamic linking)
        report("repl: launch to first prompt", [first_prompt(a.binary, env) for _ in range(a.runs)])
        piped(a.binary, env)
        report("repl: echo | nn (whole process)", [piped(a.binary, env) for _ in range(a.runs)])


main()
