#!/usr/bin/env python3
"""Writes the output CPython 3.11 produces into golden .nn files as `#>` / `#!` lines.

Usage: Tests/golden/tools/cpython_expect.py FILE.nn...

Each file is run statement by statement, the way nn runs it: every top-level statement's
printed output, and the repr of a top-level expression's value (unless it is None or the
statement ends with ';'), goes right after the statement as `#> ` lines. The first
exception ends the run and is written as `#! ` lines in nn's diagnostic format, using
CPython's own position of the failing operation (3.11 fine-grained positions), its message,
its "Did you mean" suggestion and its call frames.

nn shows no memory addresses in reprs (`<function f>`), so ` at 0x...` is removed. The
modules nn pre-binds (math, random, time) are imported first.
Files whose first line is `# golden: nn-only` hold nn-specific behaviour whose expected
lines are written by hand; they are skipped.
"""
import ast
import contextlib
import io
import math
import os
import random
import re
import sys
import time

ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")
INLINED = {"<listcomp>", "<dictcomp>", "<setcomp>"}


def char_col(line, byte_col):
    return len(line.encode("utf-8")[:byte_col].decode("utf-8", errors="replace")) + 1


def suggestion(exc):
    """The 'Did you mean' part CPython's excepthook adds (computed in C in 3.11)."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        sys.__excepthook__(type(exc), exc, None)
    last = err.getvalue().strip().splitlines()[-1] if err.getvalue().strip() else ""
    m = re.search(r"\. Did you mean: '([^']+)'\?$", last)
    return m.group(1) if m else None


def diagnostic(exc, name, lines, line_map):
    tb = exc.__traceback__
    entries = []  # (function, lineno, positions) outermost first, frames of this file only
    while tb is not None:
        code = tb.tb_frame.f_code
        if code.co_filename == name:
            pos = None
            for i, p in enumerate(code.co_positions()):
                if i == tb.tb_lasti // 2:
                    pos = p
                    break
            entries.append((code.co_name, tb.tb_lineno, pos))
        tb = tb.tb_next
    # Comprehensions run inline in nn (as in CPython 3.12): their frame adds no line, but
    # the innermost position is still where the error happened.
    message = str(exc)
    if isinstance(exc, KeyError) and len(exc.args) == 1:
        message = repr(exc.args[0])
    hint = suggestion(exc) if isinstance(exc, (NameError, AttributeError)) else None
    if hint:
        message += f" (did you mean '{hint}'?)"
    kind = type(exc).__name__
    head = f"{kind}: {message}" if message else kind
    if not entries:
        return [head]
    fn, lineno, pos = entries[-1]
    text = lines[lineno - 1] if lineno - 1 < len(lines) else ""
    col, length = 1, 1
    if pos and pos[2] is not None:
        col = char_col(text, pos[2])
        if pos[1] == pos[0] and pos[3] is not None:
            length = max(1, char_col(text, pos[3]) - col)
        else:
            length = max(1, len(text) - col + 1)
    shown = line_map(lineno)
    out = [f"{name}:{shown}:{col}: {head}",
           f"   {shown} | {text}",
           " " * (3 + len(str(shown)) + 1) + "| " + " " * (col - 1) + "^" * length]
    # Frames innermost first: each function the error passed through, with its call site.
    for i in range(len(entries) - 1, 0, -1):
        if entries[i][0] not in INLINED:
            out.append(f"  in {entries[i][0]} ({name}:{line_map(entries[i - 1][1])})")
    return out


def run(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read().split("\n")
    if raw and raw[0].strip() == "# golden: nn-only":
        return False
    kept = [l for l in raw if not (l.startswith("#>") or l.startswith("#!"))]
    if kept and kept[-1] == "":
        kept.pop()
    source = "\n".join(kept) + "\n"
    name = os.path.basename(path)
    tree = ast.parse(source, filename=name)
    after = {}  # line number -> output lines
    env = {"__name__": "__main__", "math": math, "random": random, "time": time}
    for stmt in tree.body:
        out = io.StringIO()
        shown = []
        error = None
        try:
            with contextlib.redirect_stdout(out):
                if isinstance(stmt, ast.Expr):
                    end_line = kept[stmt.end_lineno - 1].encode()[stmt.end_col_offset:].decode()
                    value = eval(compile(ast.Expression(stmt.value), name, "eval"), env)
                    rest = end_line.strip()
                    hidden = rest.startswith(";") and (rest[1:].strip() == "" or rest[1:].strip().startswith("#"))
                    if value is not None and not hidden:
                        shown.append(repr(value))
                else:
                    exec(compile(ast.Module([stmt], []), name, "exec"), env)
        except Exception as exc:
            error = exc
        text = out.getvalue()
        lines_out = [f"#> {l}" if l else "#>" for l in (text[:-1] if text.endswith("\n") else text).split("\n")] if text else []
        lines_out += [f"#> {l}" for s in shown for l in s.split("\n")]
        lines_out = [ADDRESS.sub("", l) for l in lines_out]
        if lines_out:
            after.setdefault(stmt.end_lineno, []).extend(lines_out)
        if error is not None:
            # Line numbers of the finished file, where output lines sit between statements.
            def line_map(n):
                return n + sum(len(v) for k, v in after.items() if k < n)
            after.setdefault(stmt.end_lineno, []).extend(f"#! {l}" for l in diagnostic(error, name, kept, line_map))
            break
    result = []
    for i, l in enumerate(kept, start=1):
        result.append(l)
        result.extend(after.get(i, []))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(result) + "\n")
    return True


if __name__ == "__main__":
    for p in sys.argv[1:]:
        print(("wrote " if run(p) else "skipped (nn-only) ") + p)
