#!/usr/bin/env python3
"""Differential testing against CPython: random expressions over values of many types and
operators, run by CPython and by nn, printed as repr or as "ErrorType: message"; prints the
expressions whose results differ.

Usage: Tests/golden/tools/differential.py SEED COUNT [NN_BINARY]

Known, documented differences: ints past 64 bits (nn raises OverflowError), identity of
unboxed numbers (`x is y` for equal floats), hash() of identity-hashed objects and of str.
"""
import random, subprocess, sys
random.seed(int(sys.argv[1]))
vals = ["0", "1", "-3", "7", "2.5", "-0.0", "0.1", "True", "False", "None", "'ab'", "''", "[1, 'x']", "[]", "(1,)", "()", "{}", "{'k': 1}", "range(3)", "1e300", "float('inf')", "-7.5"]
binops = ["+", "-", "*", "/", "//", "%", "**", "<", "<=", "==", "!=", ">", "in", "not in", "is", "and", "or", "&", "|", "^", "<<", ">>"]
funcs = ["len", "str", "repr", "bool", "int", "float", "abs", "round", "list", "tuple", "sorted", "min", "max", "sum", "type", "hash", "divmod", "set"]
def expr(d=0):
    r = random.random()
    if d > 2 or r < 0.3:
        return random.choice(vals)
    if r < 0.65:
        return f"({expr(d+1)} {random.choice(binops)} {expr(d+1)})"
    if r < 0.75:
        return f"({random.choice(['-', '+', 'not ', '~'])}{expr(d+1)})"
    if r < 0.85:
        return f"{expr(d+1)}[{random.choice(['0', '-1', '1:', '::-1', '1'])}]"
    f = random.choice(funcs)
    if f == "divmod":
        return f"divmod({expr(d+1)}, {expr(d+1)})"
    return f"{f}({expr(d+1)})"
lines = ["def t(f):", "    try:", "        r = f()", "        if isinstance(r, int) and not isinstance(r, bool) and abs(r) > 2**62: print('big'); return", "        if type(r) is type: print(r.__name__); return", "        print(repr(r))", "    except Exception as e:", "        print(type(e).__name__ + ':', e)"]
exprs = []
for _ in range(int(sys.argv[2])):
    e = expr()
    if "hash" in e and ("'" in e):  # string hashes differ by design
        continue
    exprs.append(e)
    lines.append(f"t(lambda: {e})")
src = "\n".join(lines) + "\n"
import tempfile, os
SCRIPT = os.path.join(tempfile.mkdtemp(), "differential.py")
open(SCRIPT, "w").write(src)
py = subprocess.run(["python3", SCRIPT], capture_output=True, text=True).stdout.splitlines()
nn = subprocess.run([(sys.argv[3] if len(sys.argv) > 3 else ".build/release/nn"), SCRIPT], capture_output=True, text=True)
out = nn.stdout.splitlines()
if nn.returncode != 0:
    print("nn failed", nn.returncode, nn.stderr[-500:])
n = 0
for e, a, b in zip(exprs, py, out):
    if a != b:
        n += 1
        if n <= 25:
            print(f"{e}\n   py: {a}\n   nn: {b}")
print("mismatches", n, "of", len(exprs), "lines py", len(py), "nn", len(out))
