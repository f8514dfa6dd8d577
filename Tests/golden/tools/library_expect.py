#!/usr/bin/env python3
"""Writes the output NumPy and PyTorch produce into golden .nn files as `#>` / `#!` lines.

Usage: /work/refvenv/bin/python Tests/golden/tools/library_expect.py FILE.nn...
(any Python 3.11 with NumPy 2.4 and PyTorch 2.15).

Each file runs statement by statement as nn runs it, with `np` and `torch` (and math,
random, time) pre-bound; see cpython_expect.py for the format. nn's documented differences
from the libraries (Tests/golden/numpy/README.md) are applied to what the libraries print:

- NumPy scalars show as the Python numbers nn gives (`np.float64(0.5)` shows as `0.5`),
  also inside tuples, lists and dicts;
- shape mismatches are nn's ShapeError (PyTorch raises RuntimeError, NumPy ValueError);
- PyTorch's "mm: " prefix of matrix-product messages is dropped;
- NumPy's exception subclasses (UFuncTypeError…) are their Python base class, except
  AxisError;
- `torch.__version__` / `np.__version__` are nn's.

Files whose first line is `# golden: nn-only` are skipped.
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

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cpython_expect  # noqa: E402  (the shared diagnostic builder)

import numpy as np  # noqa: E402
import torch  # noqa: E402

SHAPE_MESSAGES = [
    r"^mat1 and mat2 shapes cannot be multiplied",
    r"^operands could not be broadcast together",
    r"^The size of tensor a \(\d+\) must match",
    r"^shape '\[.*\]' is invalid for input of size",
    r"^cannot reshape array of size",
    r"^matmul: Input operand",
    r"^shapes \(.*\) and \(.*\) not aligned",
    r"^size mismatch",
    r"^inconsistent tensor size",
    r"^Sizes of tensors must match",
    r"^all the input array dimensions except",
    r"^all input arrays must have the same shape",
    r"^stack expects each tensor to be equal size",
    r"^Expected size for first two dimensions of batch2",
    r"^The expanded size of the tensor",
    r"^could not broadcast input array",
    r"^shape mismatch",
    r"^1D tensors expected",
]


def normalize(value):
    """What nn shows for a value the library returned."""
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, tuple) and type(value) is tuple:
        return tuple(normalize(v) for v in value)
    if isinstance(value, list):
        return [normalize(v) for v in value]
    if isinstance(value, dict):
        return {normalize(k): normalize(v) for k, v in value.items()}
    return value


class ShapeError(ValueError):
    """nn's ShapeError."""


def translate(exc):
    """The exception nn raises for a library exception."""
    message = str(exc)
    if message.startswith("mm: "):
        message = message[4:]
    if isinstance(exc, (RuntimeError, ValueError)) and any(re.search(p, message) for p in SHAPE_MESSAGES):
        new = ShapeError(message)
        new.__traceback__ = exc.__traceback__
        return new
    if type(exc).__module__.startswith("numpy") and type(exc).__name__ != "AxisError":
        # NumPy's own subclasses (UFuncTypeError…) are their Python base class in nn.
        base = next(c for c in type(exc).__mro__ if c.__module__ == "builtins")
        new = base(message)
        new.__traceback__ = exc.__traceback__
        return new
    if message != str(exc):
        new = type(exc)(message)
        new.__traceback__ = exc.__traceback__
        return new
    return exc


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
    after = {}
    np.set_printoptions()
    np.set_printoptions(precision=8, threshold=1000, edgeitems=3, linewidth=75, suppress=False,
                        nanstr="nan", infstr="inf", sign="-", floatmode="maxprec")
    torch.set_printoptions(profile="default")
    np.__version__ = "2.4.6+nn"
    torch.__version__ = "2.15.0+nn"
    env = {"__name__": "__main__", "math": math, "random": random, "time": time, "np": np, "torch": torch}
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
                        shown.append(repr(normalize(value)))
                else:
                    exec(compile(ast.Module([stmt], []), name, "exec"), env)
        except Exception as exc:
            error = translate(exc)
        text = out.getvalue()
        lines_out = [f"#> {l}" if l else "#>" for l in (text[:-1] if text.endswith("\n") else text).split("\n")] if text else []
        lines_out += [f"#> {l}" if l else "#>" for s in shown for l in s.split("\n")]
        lines_out = [cpython_expect.ADDRESS.sub("", l) for l in lines_out]
        if lines_out:
            after.setdefault(stmt.end_lineno, []).extend(lines_out)
        if error is not None:
            def line_map(n):
                return n + sum(len(v) for k, v in after.items() if k < n)
            after.setdefault(stmt.end_lineno, []).extend(
                f"#! {l}" for l in cpython_expect.diagnostic(error, name, kept, line_map))
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
