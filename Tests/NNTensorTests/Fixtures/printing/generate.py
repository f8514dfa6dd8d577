#!/usr/bin/env python3
"""Writes the printing fixtures: what NumPy and PyTorch print for a broad table of arrays.

Run with the reference environment (NumPy 2.x, PyTorch 2.x):

    /work/refvenv/bin/python Tests/NNTensorTests/Fixtures/printing/generate.py

It writes numpy.json, numpy_scalars.json, torch.json and digits.json next to this file. Each array case
holds the shape, the element kind, the elements, the print options and the exact text NumPy
(`str`, `repr`) or PyTorch (`repr`) printed. Floats are stored as `float.hex` strings so that
float32 and float64 elements are bit-exact; integers as decimal strings; booleans as "True" /
"False". digits.json checks single floats through Python's and NumPy's scalar formatting
functions (shortest repr, fixed and exponential precision, minimum digits). When a case is summarised (more elements than the threshold) only the elements the
printer may look at (the leading and trailing `edgeitems` of every axis) are stored, as
[flat index, value] pairs, so a printer that reads any other element fails the test.
"""

import itertools
import json
import math
import os
import sys

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))

NP_DEFAULTS = dict(precision=8, threshold=1000, edgeitems=3, linewidth=75, suppress=False,
                   nanstr="nan", infstr="inf", sign="-", floatmode="maxprec")
TORCH_DEFAULTS = dict(precision=4, threshold=1000, edgeitems=3, linewidth=80, sci_mode=None)


def kind_of(dtype):
    if dtype in (np.float32, torch.float32):
        return "float32"
    if dtype in (np.float64, torch.float64):
        return "float64"
    if dtype in (np.int64, torch.int64):
        return "int64"
    if dtype in (np.bool_, torch.bool):
        return "bool"
    raise ValueError(f"unsupported dtype {dtype}")


def encode(kind, x):
    if kind in ("float32", "float64"):
        if math.isnan(x) and math.copysign(1.0, x) < 0:
            return "-nan"  # float.hex drops the sign of NaN
        return float(x).hex()
    if kind == "int64":
        return str(int(x))
    return "True" if bool(x) else "False"


def edge_axis_indices(n, edgeitems):
    """Indices NumPy's _leading_trailing keeps along one axis (a[-0:] is the whole axis)."""
    if n > 2 * edgeitems:
        return list(range(edgeitems)) + list(range(n))[-edgeitems:] if edgeitems else list(range(n))
    return list(range(n))


def element_payload(kind, arr, summarised, edgeitems):
    """The elements to store: all of them, or for a summarised case only the edge ones
    (read one by one, so broadcast views of huge arrays are never materialised)."""
    shape = list(arr.shape)
    if not summarised:
        return {"values": [encode(kind, v) for v in arr.reshape(-1).tolist()]}
    strides = []
    acc = 1
    for n in reversed(shape):
        strides.insert(0, acc)
        acc *= n
    picks = [edge_axis_indices(n, edgeitems) for n in shape]
    edges = []
    for idx in itertools.product(*picks):
        flat = sum(i * s for i, s in zip(idx, strides))
        edges.append([flat, encode(kind, arr[idx].item())])
    return {"edges": edges}


# ----------------------------------------------------------------------------------- NumPy

np_cases = []


def np_case(name, arr, **opts):
    arr = np.asarray(arr)
    full = dict(NP_DEFAULTS)
    full.update(opts)
    with np.printoptions(**full):
        s = str(arr)
        r = repr(arr)
    kind = kind_of(arr.dtype)
    summarised = arr.size > full["threshold"]
    case = {"name": name, "shape": list(arr.shape), "kind": kind, "options": opts}
    case.update(element_payload(kind, arr, summarised, full["edgeitems"]))
    case["str"] = s
    case["repr"] = r
    np_cases.append(case)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def numpy_cases():
    rng = np.random.default_rng(20240601)
    tv = np.array([-5, -2, 0, 2, 5])
    tvf = tv.astype(float)

    # Seed lectures (004: activations and derivatives; 001: products, forward pass).
    np_case("seed004 test values", tv)
    np_case("seed004 sigmoid", sigmoid(tvf))
    np_case("seed004 sigmoid derivative", sigmoid(tvf) * (1 - sigmoid(tvf)))
    np_case("seed004 tanh", np.tanh(tvf))
    np_case("seed004 tanh derivative", 1 - np.tanh(tvf) ** 2)
    np_case("seed004 relu", np.maximum(0, tv))
    np_case("seed004 relu derivative", (tv > 0).astype(float))
    np_case("seed004 leaky relu", np.where(tv > 0, tv, 0.01 * tv))
    np_case("seed004 leaky relu derivative", np.where(tv > 0, 1, 0.01))
    np_case("seed004 elu", np.where(tvf > 0, tvf, np.exp(tvf) - 1))
    A = np.array([[1, 2], [3, 4]])
    B = np.array([[5, 6], [7, 8]])
    np_case("seed001 A", A)
    np_case("seed001 dot(A, B)", np.dot(A, B))
    np_case("seed001 X @ W", np.array([1, 2]) @ np.array([[1, 3, 5], [2, 4, 6]]))
    np_case("seed001 W", np.array([[1, 3, 5], [2, 4, 6]]))
    np_case("seed001 and weights", np.array([0.5, 0.5]))
    np_case("seed001 nand weights", np.array([-0.5, -0.5]))
    np_case("seed001 step", np.array(np.arange(-5, 5, 0.1) > 0, dtype=int))
    np_case("seed001 arange(-5, 5, 0.1)", np.arange(-5, 5, 0.1))
    np_case("seed001 sigmoid(arange)", sigmoid(np.arange(-5, 5, 0.1)))
    np_case("seed001 sigmoid([-1, 1, 2])", sigmoid(np.array([-1.0, 1.0, 2.0])))
    X = np.array([1.0, 0.5])
    W1 = np.array([[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]])
    B1 = np.array([0.1, 0.2, 0.3])
    A1 = X @ W1 + B1
    np_case("seed001 A1", A1)
    np_case("seed001 Z1", sigmoid(A1))
    np_case("seed001 W1", W1)
    a = np.array([0.3, 2.9, 4.0])
    np_case("seed001 softmax", np.exp(a) / np.sum(np.exp(a)))
    np_case("seed001 exp(a)", np.exp(a))
    np_case("seed001 y", np.array([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0]))
    np_case("seed001 t", np.array([0, 0, 1, 0, 0, 0, 0, 0, 0, 0]))

    def f2(x):
        return np.sum(x ** 2)

    def numerical_gradient(f, x):
        h = 1e-4
        grad = np.zeros_like(x)
        for i in range(x.size):
            t = x[i]
            x[i] = t + h
            f1 = f(x)
            x[i] = t - h
            f0 = f(x)
            grad[i] = (f1 - f0) / (2 * h)
            x[i] = t
        return grad

    np_case("seed001 numerical gradient (3, 4)", numerical_gradient(f2, np.array([3.0, 4.0])))
    np_case("seed001 numerical gradient (0, 2)", numerical_gradient(f2, np.array([0.0, 2.0])))
    np_case("seed002 gradient (3, 3, 3)", np.array([3.0, 3.0, 3.0]))

    # Random normal matrices, vectors and blocks.
    np_case("normal 3x4", rng.standard_normal((3, 4)))
    np_case("normal 10x10 wraps", rng.standard_normal((10, 10)))
    np_case("normal 4x30 wraps rows", rng.standard_normal((4, 30)))
    np_case("normal 1-D 30 wraps", rng.standard_normal(30))
    np_case("normal 1-D 2000 summarised", rng.standard_normal(2000))
    np_case("normal 2x3x4", rng.standard_normal((2, 3, 4)))
    np_case("normal 2x2x2x2", rng.standard_normal((2, 2, 2, 2)))
    np_case("normal 40x50 summarised", rng.standard_normal((40, 50)))
    np_case("normal 10x10x12 summarised", rng.standard_normal((10, 10, 12)))
    np_case("normal 3x400 summarised rows", rng.standard_normal((3, 400)))
    np_case("normal 400x3 summarised columns", rng.standard_normal((400, 3)))
    np_case("normal 5x5 float32", rng.standard_normal((5, 5)).astype(np.float32))
    np_case("normal 10x10 float32", rng.standard_normal((10, 10)).astype(np.float32))
    np_case("normal 2000 float32", rng.standard_normal(2000).astype(np.float32))
    np_case("uniform 1x7", rng.random((1, 7)))
    np_case("uniform 7x1", rng.random((7, 1)))
    np_case("scaled normal 3x3", rng.standard_normal((3, 3)) * 1000)
    np_case("scaled normal 3x3 tiny", rng.standard_normal((3, 3)) * 1e-3)
    np_case("normal 6 mixed signs", rng.standard_normal(6) * 10)
    np_case("normal 2x3x4 float32", rng.standard_normal((2, 3, 4)).astype(np.float32))
    np_case("billion elements, broadcast", np.broadcast_to(np.arange(1000.0) / 7, (1000, 1000, 1000)))
    np_case("normal 3x3x3x3 ints summarised", rng.integers(-50, 50, (3, 3, 3, 3)), threshold=20)

    # Magnitudes and the switch to scientific notation.
    np_case("sci tiny", np.array([1e-5, 1.0]))
    np_case("sci 1e-4 stays positional", np.array([1e-4, 0.5]))
    np_case("sci just below 1e-4", np.array([9.99e-5, 0.5]))
    np_case("sci huge", np.array([1e8, 1.0]))
    np_case("positional just below 1e8", np.array([99999999.0, 12345678.0]))
    np_case("sci ratio over 1e3", np.array([1001.0, 1.0]))
    np_case("positional ratio 1e3", np.array([1000.0, 1.0]))
    np_case("sci 1e-5 1e5", np.array([1e-5, 1e5]))
    np_case("sci three-digit exponent", np.array([1e-300, 1e300]))
    np_case("sci 1e100", np.array([1e100]))
    np_case("sci subnormal", np.array([5e-324, 1.0]))
    np_case("sci max double", np.array([np.finfo(np.float64).max, -1.0]))
    np_case("sci mixed digits", np.array([1.5e-7, 2.25e-3, 3.125, -4e6]))
    np_case("sci negative", np.array([-1e-6, -2.5e10]))
    np_case("sci one element", np.array([6.02214076e23]))
    np_case("sci with zero", np.array([0.0, 1e-9, 1.0]))
    np_case("float32 1e6 is scientific", np.array([1e6, 1.0], dtype=np.float32))
    np_case("float32 999999 positional", np.array([999999.0, 1.0], dtype=np.float32))
    np_case("float32 min 1e-4 boundary", np.array([np.float32(1e-4), np.float32(0.05)], dtype=np.float32))
    np_case("float32 subnormal", np.array([1e-45, 1.0], dtype=np.float32))
    np_case("float32 ratio", np.array([1.0, np.float32(1000.0001)], dtype=np.float32))
    np_case("float64 1e-4 boundary", np.array([1e-4, 0.05]))
    np_case("powers of ten", 10.0 ** np.arange(-3, 4))
    np_case("powers of ten wide", 10.0 ** np.arange(-10, 11, 2))
    np_case("small positional", np.array([0.001, 0.0125, 0.1]))

    # Non-finite values, signs, zeros.
    np_case("nan inf", np.array([np.nan, 1.5, np.inf, -np.inf]))
    np_case("nan alone", np.array([np.nan]))
    np_case("negative nan", np.array([-np.nan, 1.25]))
    np_case("inf and -inf", np.array([np.inf, -np.inf]))
    np_case("all nan float32", np.array([np.nan, np.nan], dtype=np.float32))
    np_case("nan with sci", np.array([np.nan, 1e-7, 1.0]))
    np_case("inf with integral", np.array([np.inf, 1.0, 2.0]))
    np_case("-inf wide", np.array([-np.inf, 0.123456789]))
    np_case("nan 2-D", np.array([[np.nan, 1.0], [2.5, np.inf]]))
    np_case("negative zero", np.array([-0.0, 0.0]))
    np_case("negative zero alone", np.array([-0.0]))
    np_case("negative zero fraction", np.array([-0.0, 1.5]))
    np_case("zeros", np.zeros(4))
    np_case("zeros 2x3", np.zeros((2, 3)))
    np_case("ones float32", np.ones(3, dtype=np.float32))
    np_case("integral floats", np.array([1.0, 2.0, 3.0]))
    np_case("integral mixed sign", np.array([100.0, -3.0, 0.0]))
    np_case("integral large", np.array([1e15, 2.0]))
    np_case("integral 1e16 scientific", np.array([1e16, 1.0]))
    np_case("mixed signs", np.array([-1.5, 2.25, -0.001]))
    np_case("halves", np.array([0.5, 0.25, 0.125, 0.0625]))
    np_case("thirds", np.array([1 / 3, 2 / 3, 1.0]))
    np_case("rounding up to 1", np.array([0.999999999, 0.5]))
    np_case("rounding carry", np.array([9.999999996, 0.1]))
    np_case("rounds to zero", np.array([4e-9, 1.0]), suppress=True)
    np_case("float32 tenths", np.array([0.1, 0.2, 0.3], dtype=np.float32))
    np_case("float64 tenths", np.array([0.1, 0.2, 0.3]))
    np_case("float32 sigmoid", sigmoid(tvf).astype(np.float32))
    np_case("float32 pi e", np.array([np.pi, np.e], dtype=np.float32))
    np_case("linspace 0 1 11", np.linspace(0, 1, 11))
    np_case("linspace 0 1 7", np.linspace(0, 1, 7))
    np_case("linspace -1 1 5 float32", np.linspace(-1, 1, 5, dtype=np.float32))

    # Booleans.
    np_case("bool 1-D", np.array([True, False, True]))
    np_case("bool 2-D", np.array([[True, False], [False, True]]))
    np_case("bool all false", np.array([False, False]))
    np_case("bool single", np.array([True]))
    np_case("bool mask", tvf > 0)
    np_case("bool 3-D", np.arange(8).reshape(2, 2, 2) % 3 == 0)
    np_case("bool long wraps", np.arange(40) % 3 == 0)
    np_case("bool summarised", np.arange(2000) % 2 == 0)

    # Integers.
    np_case("int negatives", np.array([-10, 5, 123]))
    np_case("int large", np.array([9223372036854775807, -9223372036854775808, 0]))
    np_case("int big positive", np.array([10 ** 12, 7]))
    np_case("int 2-D", np.arange(12).reshape(3, 4))
    np_case("int 2-D negatives", np.arange(-6, 6).reshape(3, 4))
    np_case("int 3-D", np.arange(24).reshape(2, 3, 4))
    np_case("int 4-D", np.arange(16).reshape(2, 2, 2, 2))
    np_case("int arange 30", np.arange(30))
    np_case("int arange 100 wraps", np.arange(100))
    np_case("int arange 2000 summarised", np.arange(2000))
    np_case("int arange 1001 summarised", np.arange(1001))
    np_case("int arange 1000 full", np.arange(1000))
    np_case("int 50x50 summarised", np.arange(2500).reshape(50, 50))
    np_case("int 10x10x10 summarised", np.arange(1000).reshape(10, 10, 10), threshold=999)
    np_case("int zeros", np.zeros(3, dtype=np.int64))
    np_case("int single", np.array([42]))
    np_case("int 1x1", np.array([[7]]))
    np_case("int 3x1", np.array([[1], [22], [333]]))
    np_case("int 1x3", np.array([[1, 22, 333]]))

    # Empty and 0-d arrays.
    np_case("empty float64", np.array([]))
    np_case("empty 0x3", np.zeros((0, 3)))
    np_case("empty 2x0", np.zeros((2, 0)))
    np_case("empty 1x0x2", np.zeros((1, 0, 2)))
    np_case("empty float32", np.array([], dtype=np.float32))
    np_case("empty int64", np.array([], dtype=np.int64))
    np_case("empty bool", np.array([], dtype=bool))
    np_case("empty 0x3 float32", np.zeros((0, 3), dtype=np.float32))
    np_case("0-d half", np.array(0.5))
    np_case("0-d third", np.array(1 / 3))
    np_case("0-d third float32", np.array(1 / 3, dtype=np.float32))
    np_case("0-d int", np.array(5))
    np_case("0-d negative int", np.array(-12))
    np_case("0-d bool", np.array(True))
    np_case("0-d false", np.array(False))
    np_case("0-d nan", np.array(np.nan))
    np_case("0-d -inf", np.array(-np.inf))
    np_case("0-d negative zero", np.array(-0.0))
    np_case("0-d 1e20", np.array(1e20))
    np_case("0-d 1e-7", np.array(1e-7))
    np_case("0-d integral", np.array(3.0))
    np_case("0-d float32 integral", np.array(2.0, dtype=np.float32))

    # Print options.
    pie = np.array([np.pi, np.e, np.sqrt(2), -1 / 7])
    for p in (0, 1, 3, 4, 12, 16, 17):
        np_case(f"precision {p}", pie, precision=p)
    np_case("precision 3 sci", np.array([1.23456e-7, 1.0]), precision=3)
    np_case("precision 2 float32", np.array([0.125, 0.375, 2.0], dtype=np.float32), precision=2)
    np_case("precision 4 tenths", np.array([0.1, 0.25, 1.0]), precision=4)
    np_case("suppress tiny", np.array([1e-10, 1.0, 2.5]), suppress=True)
    np_case("suppress ratio", np.array([1e-3, 10.0, 1e3]), suppress=True)
    np_case("suppress huge still sci", np.array([1e10, 1.0]), suppress=True)
    np_case("suppress docs example", np.array([1e-6, 4e-7, 2, 3]), precision=6, suppress=True)
    pos = np.array([0.5, 0.123456789, 1.0])
    for mode in ("fixed", "unique", "maxprec", "maxprec_equal"):
        np_case(f"floatmode {mode}", pos, floatmode=mode)
        np_case(f"floatmode {mode} sci", np.array([1e-5, 1.5, 2.123456789e3]), floatmode=mode)
        np_case(f"floatmode {mode} precision 3", pos, floatmode=mode, precision=3)
    np_case("floatmode unique float32", np.array([0.1, 1 / 3], dtype=np.float32), floatmode="unique")
    np_case("sign plus", np.array([1.5, -2.0, 0.0]), sign="+")
    np_case("sign plus ints", np.array([1, -2, 0]), sign="+")
    np_case("sign plus positive ints", np.array([1, 2]), sign="+")
    np_case("sign space", np.array([1.5, 2.0]), sign=" ")
    np_case("sign space mixed", np.array([1.5, -2.0]), sign=" ")
    np_case("sign space ints", np.array([1, 20]), sign=" ")
    np_case("sign space negative ints", np.array([-1, 20]), sign=" ")
    np_case("sign plus sci", np.array([1e-6, -1e6]), sign="+")
    np_case("sign plus nan inf", np.array([np.nan, np.inf, 1.0]), sign="+")
    np_case("sign space nan", np.array([np.nan, 1.0]), sign=" ")
    np_case("nanstr infstr", np.array([np.nan, np.inf, -np.inf, 1.0]), nanstr="NaN", infstr="Infinity")
    np_case("long nanstr", np.array([np.nan, 0.5]), nanstr="missing")
    np_case("threshold 5 edgeitems 2", np.arange(10), threshold=5, edgeitems=2)
    np_case("threshold 5 edgeitems 1 2-D", np.arange(20).reshape(4, 5), threshold=5, edgeitems=1)
    np_case("threshold 10 edgeitems 5 float", np.linspace(0, 1, 12), threshold=10, edgeitems=5)
    np_case("threshold 0 edgeitems 0", np.arange(10), threshold=0, edgeitems=0)
    np_case("threshold 0 edgeitems 0 2-D", np.arange(12).reshape(3, 4), threshold=0, edgeitems=0)
    np_case("edgeitems bigger than axis", np.arange(12).reshape(3, 4), threshold=5, edgeitems=3)
    np_case("threshold max", np.arange(1500), threshold=sys.maxsize)
    np_case("threshold 3 3-D", np.arange(60).reshape(3, 4, 5), threshold=3, edgeitems=1)
    np_case("linewidth 40", np.arange(30), linewidth=40)
    np_case("linewidth 40 floats", rng.standard_normal(12), linewidth=40)
    np_case("linewidth 20 2-D", rng.standard_normal((3, 5)), linewidth=20)
    np_case("linewidth 10", np.arange(20), linewidth=10)
    np_case("linewidth 5", np.arange(6) * 1000, linewidth=5)
    np_case("linewidth 100", rng.standard_normal((3, 12)), linewidth=100)
    np_case("linewidth 150", np.arange(60), linewidth=150)
    np_case("linewidth 30 summarised", np.arange(2000), linewidth=30)
    np_case("linewidth 50 3-D", rng.standard_normal((2, 2, 8)), linewidth=50)

    # Repr wrapping and the dtype / shape suffixes.
    np_case("float32 suffix wraps", np.linspace(0, 1, 13, dtype=np.float32))
    np_case("float32 suffix fits", np.linspace(0, 1, 5, dtype=np.float32))
    np_case("float32 suffix new line", np.array([0.12345678] * 8, dtype=np.float32))
    np_case("float32 2-D suffix", rng.standard_normal((3, 3)).astype(np.float32))
    np_case("float32 summarised shape and dtype", np.arange(1500, dtype=np.float32))
    np_case("int wide line exact", np.arange(100, 126))
    np_case("float 2-D wide rows", rng.standard_normal((2, 9)))
    np_case("float32 0x3 with both", np.zeros((0, 3), dtype=np.float32))
    np_case("int 1-D exactly linewidth", np.array([1234567] * 9))


# ---------------------------------------------------------------------------- NumPy scalars

np_scalars = []


def np_scalar(x):
    kind = kind_of(np.asarray(x).dtype)
    np_scalars.append({"kind": kind, "value": encode(kind, x), "str": str(x), "repr": repr(x)})


def scalar_cases():
    doubles = [0.5, 0.1, 1 / 3, 2 / 3, 1.0, 0.0, -0.0, 123.0, 1e15, 1e16, 9999999999999998.0,
               1.5e-5, 1e-4, 9.999999999999999e-05, 0.0001234, 1e22, 1e23, 5e-324,
               2.2250738585072014e-308, 1.7976931348623157e308, float("nan"), float("inf"),
               float("-inf"), -2.5, 12345.678, 0.7310585786300049, 3.141592653589793,
               1e-7, 123456789012.0, 4.35, 0.3346, 100.0, -1e-10]
    for d in doubles:
        np_scalar(np.float64(d))
    floats = [0.5, 0.1, 1 / 3, 0.7310585786300049, 1.0, 0.0, -0.0, 1e10, 1e16, 1e-4,
              1.5e-5, 3.4028234663852886e38, 1e-45, 16777216.0, 0.3346, float("nan"),
              float("inf"), -7.25, 123456.789, 0.2]
    for f in floats:
        np_scalar(np.float32(f))
    for i in (0, 5, -3, 9223372036854775807, -9223372036854775808):
        np_scalar(np.int64(i))
    np_scalar(np.True_)
    np_scalar(np.False_)


# ---------------------------------------------------------------------------------- PyTorch

torch_cases = []


def torch_case(name, t, **opts):
    torch.set_printoptions(profile="default")
    torch.set_printoptions(**opts)
    try:
        r = repr(t)
    finally:
        torch.set_printoptions(profile="default")
        torch.set_printoptions(sci_mode=None)
    suffixes = []
    if t.grad_fn is not None:
        suffixes.append(f"grad_fn=<{type(t.grad_fn).__name__}>")
    elif t.requires_grad:
        suffixes.append("requires_grad=True")
    kind = kind_of(t.dtype)
    full = dict(TORCH_DEFAULTS)
    full.update(opts)
    summarised = t.numel() > full["threshold"]
    case = {"name": name, "shape": list(t.shape), "kind": kind, "options": opts,
            "suffixes": suffixes}
    case.update(element_payload(kind, t.detach(), summarised, full["edgeitems"]))
    case["repr"] = r
    torch_cases.append(case)


def torch_cases_all():
    g = torch.Generator().manual_seed(20240601)
    tv = torch.tensor([-5.0, -2.0, 0.0, 2.0, 5.0])

    # Seed lectures and LANGUAGE.md examples.
    torch_case("lang half one", torch.tensor([0.5, 1.0]))
    torch_case("seed004 sigmoid", torch.sigmoid(tv))
    torch_case("seed004 tanh", torch.tanh(tv))
    torch_case("seed004 relu", torch.relu(tv))
    torch_case("seed004 test values long", torch.tensor([-5, -2, 0, 2, 5]))
    torch_case("seed004 forward 0.597", torch.tensor([0.5970]))
    torch_case("seed004 gradients", torch.tensor([-0.0153, -0.0162, 0.0421, -0.1337]))
    torch_case("scalar 0.3346", torch.tensor(0.3346))
    x = torch.tensor(1.0, requires_grad=True)
    y = torch.tensor(2.0, requires_grad=True)
    z = torch.tensor(3.0, requires_grad=True)
    f = (x + y) * z
    torch_case("seed002 f=(x+y)z", f)
    torch_case("seed002 x requires grad", x)
    torch_case("seed001 mm", torch.tensor([[1.0, 2.0], [3.0, 4.0]]) @ torch.tensor([[5.0, 6.0], [7.0, 8.0]]))
    torch_case("seed001 mm long", torch.tensor([[1, 2], [3, 4]]) @ torch.tensor([[5, 6], [7, 8]]))
    logits = torch.randn(4, 10, generator=g)
    torch_case("softmax 4x10", torch.softmax(logits, dim=1))
    torch_case("argmax", torch.argmax(logits, dim=1))
    w = torch.randn(8, 4, generator=g, requires_grad=True)
    torch_case("weight 8x4 requires grad", w)
    loss = (w.sum() * 0.01).abs()
    torch_case("loss with grad_fn", loss)
    torch_case("mean with grad_fn", w.mean())
    h = torch.relu(torch.randn(2, 3, generator=g, requires_grad=True) * 2)
    torch_case("relu 2x3 grad_fn", h)
    torch_case("add backward 1-D", torch.randn(3, generator=g, requires_grad=True) + 1)
    torch_case("long 1-D grad_fn wraps", torch.randn(20, generator=g, requires_grad=True) * 3)
    torch_case("float64 requires grad", torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True))
    torch_case("float64 grad_fn", torch.tensor([1.5, 2.0], dtype=torch.float64, requires_grad=True) * 2)
    torch_case("linear bias", torch.randn(10, generator=g, requires_grad=True))

    # Random tensors.
    torch_case("randn 3x4", torch.randn(3, 4, generator=g))
    torch_case("randn 10x10", torch.randn(10, 10, generator=g))
    torch_case("randn 1-D 30", torch.randn(30, generator=g))
    torch_case("randn 1-D 2000", torch.randn(2000, generator=g))
    torch_case("randn 2x3x4", torch.randn(2, 3, 4, generator=g))
    torch_case("randn 2x2x2x2", torch.randn(2, 2, 2, 2, generator=g))
    torch_case("randn 40x50", torch.randn(40, 50, generator=g))
    torch_case("randn 10x10x12", torch.randn(10, 10, 12, generator=g))
    torch_case("randn 3x400", torch.randn(3, 400, generator=g))
    torch_case("randn 400x3", torch.randn(400, 3, generator=g))
    torch_case("randn 5x5 float64", torch.randn(5, 5, generator=g, dtype=torch.float64))
    torch_case("rand 1x7", torch.rand(1, 7, generator=g))
    torch_case("rand 7x1", torch.rand(7, 1, generator=g))
    torch_case("randn scaled 1000", torch.randn(3, 3, generator=g) * 1000)
    torch_case("randn scaled 1e-3", torch.randn(3, 3, generator=g) * 1e-3)
    torch_case("randn 2x12 float64 wraps", torch.randn(2, 12, generator=g, dtype=torch.float64))
    torch_case("billion elements, expanded", (torch.arange(1000.0) / 7).expand(1000, 1000, 1000))
    torch_case("randint 3x3x3x3 summarised", torch.randint(-50, 50, (3, 3, 3, 3), generator=g), threshold=20)
    torch_case("image batch 2x1x4x4", torch.rand(2, 1, 4, 4, generator=g))

    # Magnitudes and sci mode.
    torch_case("sci 1e-5 1e5", torch.tensor([1e-5, 1e5]))
    torch_case("sci tiny", torch.tensor([1e-5, 1.0]))
    torch_case("sci 1e-4 float32", torch.tensor([1e-4, 0.5]))
    torch_case("sci 1e-4 float64", torch.tensor([1e-4, 0.5], dtype=torch.float64))
    torch_case("sci huge", torch.tensor([1e9, 1.5]))
    torch_case("int mode 1e8", torch.tensor([1e8, 1.0]))
    torch_case("int mode sci 1e10", torch.tensor([1e10, 1.0]))
    torch_case("ratio 1001", torch.tensor([1001.0, 1.0]))
    torch_case("ratio 1000", torch.tensor([1000.0, 1.0]))
    torch_case("ratio fraction", torch.tensor([1000.5, 1.0]))
    torch_case("sci 3-digit exponent", torch.tensor([1e-300, 1e300], dtype=torch.float64))
    torch_case("sci subnormal", torch.tensor([1e-45, 1.0]))
    torch_case("sci max float32", torch.tensor([3.4028234663852886e38, -1.0]))
    torch_case("sci mixed", torch.tensor([1.5e-7, 2.25e-3, 3.125, -4e6]))
    torch_case("sci negative", torch.tensor([-1e-6, -2.5e10]))
    torch_case("sci with zero", torch.tensor([0.0, 1e-9, 1.0]))
    torch_case("powers of ten", 10.0 ** torch.arange(-3, 4, dtype=torch.float64))
    torch_case("small positional", torch.tensor([0.001, 0.0125, 0.1]))
    torch_case("rounding half even", torch.tensor([0.125, 0.375, 2.5], dtype=torch.float64), precision=2)
    torch_case("rounding carry", torch.tensor([9.99996, 0.5]))
    torch_case("rounds to zero", torch.tensor([0.00004, 1.0]), sci_mode=False)

    # Non-finite, zeros, integral floats.
    torch_case("nan inf", torch.tensor([float("nan"), 1.5, float("inf"), float("-inf")]))
    torch_case("nan alone", torch.tensor([float("nan")]))
    torch_case("negative nan", torch.tensor([-float("nan"), 1.25]))
    torch_case("inf -inf", torch.tensor([float("inf"), float("-inf")]))
    torch_case("nan integral", torch.tensor([float("nan"), 1.0, 2.0]))
    torch_case("inf integral", torch.tensor([float("inf"), 100.0]))
    torch_case("nan sci", torch.tensor([float("nan"), 1e-7, 1.0]))
    torch_case("nan 2-D", torch.tensor([[float("nan"), 1.0], [2.5, float("inf")]]))
    torch_case("0-d nan", torch.tensor(float("nan")))
    torch_case("0-d inf", torch.tensor(float("-inf")))
    torch_case("negative zero", torch.tensor([-0.0, 0.0]))
    torch_case("negative zero fraction", torch.tensor([-0.0, 0.5]))
    torch_case("zeros", torch.zeros(4))
    torch_case("zeros 2x3", torch.zeros(2, 3))
    torch_case("ones float64", torch.ones(3, dtype=torch.float64))
    torch_case("integral floats", torch.tensor([1.0, 2.0]))
    torch_case("integral mixed", torch.tensor([100.0, -3.0, 0.0]))
    torch_case("integral 2-D", torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
    torch_case("integral large", torch.tensor([12345678.0, 1.0]))
    torch_case("mixed signs", torch.tensor([-1.5, 2.25, -0.001]))
    torch_case("thirds", torch.tensor([1 / 3, 2 / 3, 1.0]))
    torch_case("thirds float64", torch.tensor([1 / 3, 2 / 3, 1.0], dtype=torch.float64))
    torch_case("tenths", torch.tensor([0.1, 0.2, 0.3]))
    torch_case("arange float", torch.arange(0, 1, 0.1))
    torch_case("linspace", torch.linspace(-1, 1, 9))

    # Integers and booleans.
    torch_case("long negatives", torch.tensor([-10, 5, 123]))
    torch_case("long extremes", torch.tensor([9223372036854775807, -9223372036854775808, 0]))
    torch_case("long 2-D", torch.arange(12).reshape(3, 4))
    torch_case("long 3-D", torch.arange(24).reshape(2, 3, 4))
    torch_case("long 4-D", torch.arange(16).reshape(2, 2, 2, 2))
    torch_case("long arange 30", torch.arange(30))
    torch_case("long arange 100 wraps", torch.arange(100))
    torch_case("long arange 2000", torch.arange(2000))
    torch_case("long arange 1001", torch.arange(1001))
    torch_case("long arange 1000", torch.arange(1000))
    torch_case("long 50x50", torch.arange(2500).reshape(50, 50))
    torch_case("long 10x10x10", torch.arange(1000).reshape(10, 10, 10), threshold=999)
    torch_case("long single", torch.tensor([42]))
    torch_case("long 1x1", torch.tensor([[7]]))
    torch_case("long 3x1", torch.tensor([[1], [22], [333]]))
    torch_case("labels", torch.tensor([9, 0, 0, 3, 0, 2, 7, 2]))
    torch_case("bool 1-D", torch.tensor([True, False, True]))
    torch_case("bool 2-D", torch.tensor([[True, False], [False, True]]))
    torch_case("bool all false", torch.tensor([False, False]))
    torch_case("bool mask", tv > 0)
    torch_case("bool long wraps", torch.arange(40) % 3 == 0)
    torch_case("bool summarised", torch.arange(2000) % 2 == 0)

    # Empty and 0-d.
    torch_case("empty float32", torch.tensor([]))
    torch_case("empty 0x3", torch.zeros(0, 3))
    torch_case("empty 2x0", torch.zeros(2, 0))
    torch_case("empty 1x0x2", torch.zeros(1, 0, 2))
    torch_case("empty float64", torch.zeros(0, dtype=torch.float64))
    torch_case("empty long", torch.zeros(0, dtype=torch.int64))
    torch_case("empty bool", torch.zeros(0, dtype=torch.bool))
    torch_case("empty 0x3 long", torch.zeros(0, 3, dtype=torch.int64))
    torch_case("empty requires grad", torch.zeros(0, requires_grad=True))
    torch_case("0-d third", torch.tensor(1 / 3))
    torch_case("0-d integral", torch.tensor(3.0))
    torch_case("0-d long", torch.tensor(5))
    torch_case("0-d bool", torch.tensor(True))
    torch_case("0-d float64", torch.tensor(0.25, dtype=torch.float64))
    torch_case("0-d sci", torch.tensor(1e-7))
    torch_case("0-d negative zero", torch.tensor(-0.0))
    torch_case("0-d requires grad", torch.tensor(2.5, requires_grad=True))

    # Print options.
    pie = torch.tensor([math.pi, math.e, math.sqrt(2), -1 / 7])
    for p in (0, 1, 2, 6, 8, 12):
        torch_case(f"precision {p}", pie, precision=p)
    torch_case("precision 0 sci", torch.tensor([1.5e-5, 2.0]), precision=0)
    torch_case("precision 2 sci", torch.tensor([1.5e-5, 2.0]), precision=2)
    torch_case("precision 8 float64", pie.double(), precision=8)
    torch_case("sci_mode true", torch.tensor([0.5, 1.0]), sci_mode=True)
    torch_case("sci_mode true integral", torch.tensor([1.0, 20.0]), sci_mode=True)
    torch_case("sci_mode false tiny", torch.tensor([1e-5, 1.0]), sci_mode=False)
    torch_case("sci_mode false huge", torch.tensor([1e10, 0.5]), sci_mode=False)
    torch_case("sci_mode false integral huge", torch.tensor([1e10, 1.0]), sci_mode=False)
    torch_case("sci_mode true 2-D", torch.randn(2, 3, generator=g), sci_mode=True)
    torch_case("threshold 5 edgeitems 2", torch.arange(10), threshold=5, edgeitems=2)
    torch_case("threshold 5 edgeitems 1 2-D", torch.arange(20).reshape(4, 5), threshold=5, edgeitems=1)
    torch_case("threshold 10 edgeitems 5 float", torch.linspace(0, 1, 12), threshold=10, edgeitems=5)
    torch_case("edgeitems bigger than axis", torch.arange(12).reshape(3, 4), threshold=5, edgeitems=3)
    torch_case("threshold 3 3-D", torch.arange(60).reshape(3, 4, 5), threshold=3, edgeitems=1)
    torch_case("threshold 3 3-D float", torch.randn(3, 4, 5, generator=g), threshold=3, edgeitems=1)
    torch_case("edgeitems 0 1-D", torch.arange(10), threshold=5, edgeitems=0)
    torch_case("threshold large", torch.arange(1500), threshold=100000)
    torch_case("linewidth 40", torch.arange(30), linewidth=40)
    torch_case("linewidth 40 floats", torch.randn(12, generator=g), linewidth=40)
    torch_case("linewidth 20 2-D", torch.randn(3, 5, generator=g), linewidth=20)
    torch_case("linewidth 10", torch.arange(20), linewidth=10)
    torch_case("linewidth 120", torch.randn(3, 12, generator=g), linewidth=120)
    torch_case("linewidth 30 summarised", torch.arange(2000), linewidth=30)
    torch_case("linewidth 50 3-D", torch.randn(2, 2, 8, generator=g), linewidth=50)
    torch_case("linewidth 30 suffix", torch.randn(4, generator=g, requires_grad=True) * 2, linewidth=30)
    torch_case("linewidth 40 float64 suffix", torch.randn(3, generator=g, dtype=torch.float64,
                                                        requires_grad=True), linewidth=40)
    torch_case("suffix exact fit", torch.arange(0, 17, dtype=torch.float64).reshape(1, 17) / 3)
    torch_case("suffix new line 2-D", torch.randn(3, 8, generator=g, dtype=torch.float64,
                                                  requires_grad=True) * 5)


def digit_cases():
    """Single floats through every formatting path, to check the digit generator itself:
    random bit patterns (every exponent), short decimals, exact binary ties, boundaries."""
    rng = np.random.default_rng(7)
    doubles = []
    for bits in rng.integers(0, 2 ** 63 - 1, 300, dtype=np.int64, endpoint=True):
        d = float(np.array([bits]).view(np.float64)[0])
        if math.isfinite(d):
            doubles.append(d if len(doubles) % 2 else -d)
    doubles += [float(x) for x in np.round(rng.standard_normal(200) * 100, 3)]
    doubles += [k / 2 ** n for k in range(1, 40, 3) for n in (1, 3, 5, 9)]
    doubles += [float(np.float32(x)) for x in rng.standard_normal(100)]
    doubles += [0.0, -0.0, 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
                1.7976931348623157e308, 9007199254740993.0, 1e23, 1e22, 0.1, 0.2, 0.3,
                2.0 ** -1074, 2.0 ** 1023, 0.5, 1.5, 2.5, 0.125, 0.375, 1e-4, 9.5, 0.95, 0.05]
    floats = []
    for bits in rng.integers(0, 2 ** 31 - 1, 250, dtype=np.int64, endpoint=True):
        f = np.array([bits], dtype=np.int32).view(np.float32)[0]
        if np.isfinite(f):
            floats.append(f if len(floats) % 2 else -f)
    floats += [np.float32(x) for x in rng.standard_normal(200)]
    floats += [np.float32(x) for x in (1e-45, 1.1754944e-38, 3.4028235e38, 16777217.0, 0.1, 1 / 3)]
    out = []
    for d in doubles:
        out.append({"kind": "float64", "value": d.hex(), "repr": repr(d),
                    "f4": f"{d:.4f}", "e4": f"{d:.4e}", "f0": f"{d:.0f}", "e0": f"{d:.0e}",
                    "e10": f"{d:.10e}",
                    "pos8": np.format_float_positional(d, precision=8, unique=True, trim="."),
                    "sci8": np.format_float_scientific(d, precision=8, unique=True, trim="."),
                    "fixed3": np.format_float_positional(d, precision=3, unique=False, trim="k"),
                    "min12": np.format_float_scientific(d, precision=12, unique=True, trim="k", min_digits=12)})
    for f in floats:
        out.append({"kind": "float32", "value": float(f).hex(), "repr": str(f),
                    "pos8": np.format_float_positional(f, precision=8, unique=True, trim="."),
                    "sci8": np.format_float_scientific(f, precision=8, unique=True, trim="."),
                    "min12": np.format_float_scientific(f, precision=12, unique=True, trim="k", min_digits=12)})
    return out


def torch_sizes():
    return [{"dims": list(s), "str": str(torch.Size(s))}
            for s in ([8, 4], [], [3], [64, 1, 28, 28], [0, 3])]


def write(name, payload):
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(payload, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    print(f"wrote {path}")


def main():
    numpy_cases()
    scalar_cases()
    torch_cases_all()
    versions = {"numpy": np.__version__, "torch": torch.__version__.split("+")[0]}
    write("numpy.json", {"generator": versions, "defaults": NP_DEFAULTS, "cases": np_cases})
    write("numpy_scalars.json", {"generator": versions, "cases": np_scalars})
    write("torch.json", {"generator": versions, "defaults": TORCH_DEFAULTS, "cases": torch_cases,
                         "sizes": torch_sizes()})
    write("digits.json", {"generator": versions, "python": sys.version.split()[0],
                          "cases": digit_cases()})
    print(f"{len(np_cases)} numpy cases, {len(np_scalars)} scalars, {len(torch_cases)} torch cases")


if __name__ == "__main__":
    main()
