#!/usr/bin/env python3
"""Generates the NNTensor test fixtures from NumPy 2 and PyTorch.

Run with the reference venv:  /work/refvenv/bin/python generate.py
Every expected value in the JSON files beside this script comes from NumPy or PyTorch,
never from nn. Arrays are {"dtype", "shape", "data"} with NaN/inf as strings.
"""
import json, math, os, warnings
import numpy as np
import torch

warnings.filterwarnings("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))
NP_DT = {"float32": np.float32, "float64": np.float64, "int64": np.int64, "bool": np.bool_}
TORCH_DT = {"float32": torch.float32, "float64": torch.float64, "int64": torch.int64, "bool": torch.bool}


def enc_value(v):
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    v = float(v)
    if math.isnan(v):
        return "nan"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    return v


def enc(a):
    if isinstance(a, torch.Tensor):
        a = a.detach().numpy()
    a = np.asarray(a)
    # float16/int8 results (NumPy's choice for some bool inputs) are recorded so the tests can
    # skip them: nn computes those in its default float / int64 instead.
    name = a.dtype.name
    return {"dtype": name, "shape": list(a.shape), "data": [enc_value(x) for x in a.reshape(-1).tolist()]}


def make(dtype, shape, values):
    n = int(np.prod(shape)) if shape else 1
    vals = [values[i % len(values)] for i in range(n)]
    return np.asarray(np.array(vals, dtype=NP_DT[dtype]).reshape(shape))


def run(fn):
    try:
        return {"value": enc(fn())}
    except Exception as e:  # noqa: BLE001
        return {"error": str(e), "type": type(e).__name__}


def write(name, cases):
    with open(os.path.join(HERE, name), "w") as f:
        json.dump(cases, f, indent=None, separators=(",", ":"))
        f.write("\n")
    print(name, len(cases))


VALUES = {
    "float32": [1.5, -2.25, 0.0, 3.0, -0.5, 7.0],
    "float64": [2.5, -1.0, 0.25, -3.5, 4.0, 0.0],
    "int64": [3, -7, 0, 5, -2, 9],
    "bool": [True, False, True, True, False],
}
DIVISORS = {"float32": [2.0, -0.75, 4.0, -3.0, 0.5], "float64": [-2.0, 0.5, 3.0, -4.0, 1.5],
            "int64": [2, -3, 4, -5, 7], "bool": [True, True, False]}

# ---------------------------------------------------------------- binary ops
NP_BIN = {"add": np.add, "subtract": np.subtract, "multiply": np.multiply, "divide": np.true_divide,
          "floorDivide": np.floor_divide, "remainder": np.remainder, "power": np.power,
          "maximum": np.maximum, "minimum": np.minimum, "equal": np.equal, "notEqual": np.not_equal,
          "less": np.less, "lessEqual": np.less_equal, "greater": np.greater,
          "greaterEqual": np.greater_equal, "logicalAnd": np.logical_and, "logicalOr": np.logical_or,
          "logicalXor": np.logical_xor, "bitwiseAnd": np.bitwise_and, "bitwiseOr": np.bitwise_or,
          "bitwiseXor": np.bitwise_xor}
TORCH_BIN = {"add": torch.add, "subtract": torch.sub, "multiply": torch.mul, "divide": torch.true_divide,
             "floorDivide": torch.floor_divide, "remainder": torch.remainder, "power": torch.pow,
             "maximum": torch.maximum, "minimum": torch.minimum, "equal": torch.eq, "notEqual": torch.ne,
             "less": torch.lt, "lessEqual": torch.le, "greater": torch.gt, "greaterEqual": torch.ge,
             "logicalAnd": torch.logical_and, "logicalOr": torch.logical_or,
             "logicalXor": torch.logical_xor, "bitwiseAnd": torch.bitwise_and,
             "bitwiseOr": torch.bitwise_or, "bitwiseXor": torch.bitwise_xor}


def binary_cases():
    cases = []
    shapes = [([2, 3], [2, 3]), ([2, 3], [3]), ([3, 1], [1, 4]), ([], [2, 2]), ([2, 1, 3], [4, 1])]
    for op in NP_BIN:
        for da in VALUES:
            for db in VALUES:
                for sa, sb in (shapes if da == db else shapes[:2]):
                    a = make(da, sa, VALUES[da])
                    bvals = DIVISORS[db] if op in ("divide", "floorDivide", "remainder") else VALUES[db]
                    if op == "power":
                        bvals = [2, 3, 0, 1] if db in ("int64", "bool") else [2.0, 0.5, 3.0, -1.0]
                        if db == "bool":
                            bvals = [True, False]
                        a = np.asarray(np.abs(a)) if da != "bool" else a
                    b = make(db, sb, bvals)
                    case = {"op": op, "a": enc(a), "b": enc(b)}
                    case["numpy"] = run(lambda: NP_BIN[op](a, b))
                    case["torch"] = run(lambda: TORCH_BIN[op](torch.from_numpy(a), torch.from_numpy(b)))
                    cases.append(case)
    # Tensor with Python scalars on either side (weak scalars).
    for op in ["add", "subtract", "multiply", "divide", "floorDivide", "remainder", "power",
               "maximum", "minimum", "less", "greater", "equal"]:
        for da in VALUES:
            for s in [2, -3, 0.5, 2.0, True]:
                if op in ("floorDivide", "remainder", "divide") and s == 0:
                    continue
                a = make(da, [2, 3], VALUES[da])
                if op == "power":
                    a = np.abs(a) if da != "bool" else a
                for left in (False, True):
                    case = {"op": op, "a": enc(a), "scalar": enc_value(s) if not isinstance(s, bool) else s,
                            "scalarKind": "bool" if isinstance(s, bool) else ("int" if isinstance(s, int) else "float"),
                            "scalarOnLeft": left}
                    ta = torch.from_numpy(a)
                    if left:
                        npf = {"maximum": lambda: np.maximum(s, a), "minimum": lambda: np.minimum(s, a)}.get(op, lambda: NP_BIN[op](s, a))
                        case["numpy"] = run(npf)
                        # torch.maximum/minimum take no Python scalar; the operators do.
                        reflected = {"add": lambda: s + ta, "multiply": lambda: s * ta, "less": lambda: s < ta,
                                     "greater": lambda: s > ta, "equal": lambda: s == ta, "power": lambda: s ** ta,
                                     "floorDivide": lambda: s // ta, "remainder": lambda: s % ta,
                                     "divide": lambda: s / ta, "subtract": lambda: s - ta}
                        case["torch"] = run(reflected[op]) if op in reflected else None
                    else:
                        case["numpy"] = run(lambda: NP_BIN[op](a, s))
                        if op in ("maximum", "minimum"):
                            case["torch"] = None
                        else:
                            case["torch"] = run(lambda: TORCH_BIN[op](ta, s))
                    cases.append(case)
    return cases


# ---------------------------------------------------------------- promotion table
def promotion_cases():
    cases = []
    kinds = ["float32", "float64", "int64", "bool"]
    for da in kinds:
        for za in (False, True):
            for db in kinds:
                for zb in (False, True):
                    a = make(da, [] if za else [2], VALUES[da])
                    b = make(db, [] if zb else [2], [1, 2] if db != "bool" else [True])
                    na = np.result_type(a, b).name
                    ta = torch.result_type(torch.from_numpy(np.asarray(a)), torch.from_numpy(np.asarray(b)))
                    cases.append({"a": da, "aZeroDim": za, "b": db, "bZeroDim": zb,
                                  "numpy": "bool" if na == "bool" else na, "torch": str(ta).replace("torch.", "")})
            for s, kind in [(True, "bool"), (3, "int"), (2.5, "float")]:
                a = make(da, [] if za else [2], VALUES[da])
                na = (np.asarray(a) + s).dtype.name if not (da == "bool" and kind == "bool") else "bool"
                ta = torch.result_type(torch.from_numpy(np.asarray(a)), s)
                cases.append({"a": da, "aZeroDim": za, "scalar": kind, "numpy": na,
                              "torch": str(ta).replace("torch.", "")})
    return cases


# ---------------------------------------------------------------- unary ops
NP_UN = {"negative": np.negative, "absolute": np.abs, "sign": np.sign, "square": np.square,
         "exp": np.exp, "log": np.log, "sqrt": np.sqrt, "tanh": np.tanh,
         "sigmoid": lambda x: 1 / (1 + np.exp(-x)), "log1p": np.log1p, "expm1": np.expm1,
         "sin": np.sin, "cos": np.cos, "reciprocal": lambda x: 1 / x, "floor": np.floor, "ceil": np.ceil,
         "round": np.round, "trunc": np.trunc, "isnan": np.isnan, "isinf": np.isinf,
         "isfinite": np.isfinite, "logicalNot": np.logical_not, "bitwiseNot": np.invert,
         "relu": lambda x: np.maximum(x, 0)}
TORCH_UN = {"negative": torch.neg, "absolute": torch.abs, "sign": torch.sign, "square": torch.square,
            "exp": torch.exp, "log": torch.log, "sqrt": torch.sqrt, "tanh": torch.tanh,
            "sigmoid": torch.sigmoid, "log1p": torch.log1p, "expm1": torch.expm1, "sin": torch.sin,
            "cos": torch.cos, "reciprocal": torch.reciprocal, "floor": torch.floor, "ceil": torch.ceil,
            "round": torch.round, "trunc": torch.trunc, "isnan": torch.isnan, "isinf": torch.isinf,
            "isfinite": torch.isfinite, "logicalNot": torch.logical_not, "bitwiseNot": torch.bitwise_not,
            "relu": torch.relu}


def unary_cases():
    cases = []
    vals = {"float32": [-5.0, -2.0, -0.5, 0.0, 0.5, 2.0, 5.0, 2.5, -1.5, 30.0, -30.0, float("nan"), float("inf")],
            "float64": [-5.0, -2.0, -0.5, 0.0, 0.5, 2.0, 5.0, 2.5, -1.5, 30.0, -30.0, float("nan"), float("-inf")],
            "int64": [-5, -2, 0, 1, 2, 5, 7], "bool": [True, False, True]}
    for op in NP_UN:
        for dt, vs in vals.items():
            x = np.array(vs, dtype=NP_DT[dt])
            if op in ("log", "sqrt", "log1p") and dt != "bool":
                x = np.abs(x) if dt != "int64" else np.abs(x)
            if op == "sigmoid" and dt not in ("float32", "float64"):
                npres = run(lambda: NP_UN[op](x.astype(np.float64)))
            else:
                npres = run(lambda: NP_UN[op](x))
            case = {"op": op, "a": enc(x), "numpy": npres,
                    "torch": run(lambda: TORCH_UN[op](torch.from_numpy(x)))}
            if op == "relu" and dt == "bool":
                case["numpy"] = None
            cases.append(case)
    return cases


# ---------------------------------------------------------------- reductions
def reduction_cases():
    cases = []
    x32 = np.array([[1.5, -2.0, 3.25, 0.5], [4.0, 0.25, -1.0, 2.0], [-3.0, 5.5, 1.0, -0.75]], dtype=np.float32)
    x64 = x32.astype(np.float64) * 1.1
    xi = np.array([[3, -1, 4, 1], [-5, 9, 2, 6], [5, 3, -5, 8]], dtype=np.int64)
    xb = np.array([[True, False, True, True], [False, False, True, False], [True, True, True, True]])
    x3 = np.arange(24, dtype=np.float64).reshape(2, 3, 4) * 0.5 - 3
    arrays = {"f32": x32, "f64": x64, "i64": xi, "bool": xb, "f64x3": x3}
    axes_list = [None, [0], [1], [-1], [0, 1]]
    for name, x in arrays.items():
        t = torch.from_numpy(x)
        for axes in axes_list + ([[0, 2], [2], [1, 2]] if x.ndim == 3 else []):
            for keep in (False, True):
                ax = None if axes is None else tuple(axes)
                def tdim():
                    return ax if ax is not None else tuple(range(x.ndim))
                for op in ["sum", "prod", "max", "min", "mean", "any", "all"]:
                    np_fn = {"sum": np.sum, "prod": np.prod, "max": np.max, "min": np.min, "mean": np.mean,
                             "any": np.any, "all": np.all}[op]
                    case = {"op": op, "a": enc(x), "axes": axes, "keepdims": keep,
                            "numpy": run(lambda: np.asarray(np_fn(x, axis=ax, keepdims=keep)))}
                    if op in ("sum", "mean", "prod", "any", "all", "max", "min"):
                        def tf():
                            if op == "sum": return torch.sum(t, dim=tdim(), keepdim=keep)
                            if op == "mean": return torch.mean(t, dim=tdim(), keepdim=keep)
                            if op == "prod":
                                r = t
                                for d in sorted(tdim(), reverse=True):
                                    r = torch.prod(r, dim=d, keepdim=keep)
                                return r
                            if op == "any": return torch.any(t, dim=tdim(), keepdim=keep)
                            if op == "all": return torch.all(t, dim=tdim(), keepdim=keep)
                            if op == "max": return torch.amax(t, dim=tdim(), keepdim=keep)
                            if op == "min": return torch.amin(t, dim=tdim(), keepdim=keep)
                        case["torch"] = run(tf)
                    cases.append(case)
                if x.dtype != np.bool_:
                    for ddof in (0, 1):
                        for op, np_fn, t_fn in [("var", np.var, torch.var), ("std", np.std, torch.std)]:
                            case = {"op": op, "a": enc(x), "axes": axes, "keepdims": keep, "correction": ddof,
                                    "numpy": run(lambda: np.asarray(np_fn(x, axis=ax, keepdims=keep, ddof=ddof))),
                                    "torch": run(lambda: t_fn(t, dim=tdim(), keepdim=keep, correction=ddof))}
                            cases.append(case)
        for axis in [None, 0, 1, -1]:
            for keep in (False, True):
                for op in ["argmax", "argmin"]:
                    np_fn = np.argmax if op == "argmax" else np.argmin
                    t_fn = torch.argmax if op == "argmax" else torch.argmin
                    cases.append({"op": op, "a": enc(x), "axis": axis, "keepdims": keep,
                                  "numpy": run(lambda: np.asarray(np_fn(x, axis=axis, keepdims=keep))),
                                  "torch": run(lambda: t_fn(t, dim=axis, keepdim=keep)) if x.dtype != np.bool_ else None})
            if axis is not None:
                cases.append({"op": "cumsum", "a": enc(x), "axis": axis, "numpy": run(lambda: np.cumsum(x, axis=axis)),
                              "torch": run(lambda: torch.cumsum(t, dim=axis))})
                if x.dtype != np.bool_ and x.dtype != np.int64:
                    cases.append({"op": "softmax", "a": enc(x), "axis": axis, "numpy": None,
                                  "torch": run(lambda: torch.softmax(t, dim=axis))})
                    cases.append({"op": "logSoftmax", "a": enc(x), "axis": axis, "numpy": None,
                                  "torch": run(lambda: torch.log_softmax(t, dim=axis))})
                    cases.append({"op": "logsumexp", "a": enc(x), "axes": [axis], "keepdims": False, "numpy": None,
                                  "torch": run(lambda: torch.logsumexp(t, dim=axis))})
                    cases.append({"op": "maxWithIndices", "a": enc(x), "axis": axis, "numpy": None,
                                  "torch": {"values": enc(torch.max(t, dim=axis).values), "indices": enc(torch.max(t, dim=axis).indices)}})
        cases.append({"op": "cumsum", "a": enc(x), "axis": None, "numpy": run(lambda: np.cumsum(x)), "torch": None})
    big = (np.sin(np.arange(20000, dtype=np.float64)) * 3 + 0.5).astype(np.float32)
    cases.append({"op": "sum", "a": enc(big), "axes": None, "keepdims": False,
                  "numpy": run(lambda: np.asarray(np.sum(big))), "torch": run(lambda: torch.sum(torch.from_numpy(big)))})
    nanx = np.array([1.0, float("nan"), 3.0, 0.5])
    for op, fn in [("max", np.max), ("min", np.min), ("argmax", np.argmax), ("argmin", np.argmin)]:
        cases.append({"op": op, "a": enc(nanx), "axes": None, "axis": None, "keepdims": False,
                      "numpy": run(lambda: np.asarray(fn(nanx))), "torch": None})
    # Large-input stability.
    lx = np.array([[1000.0, 1001.0, 1002.0], [-1000.0, -1001.0, -1002.0]])
    for op in ["softmax", "logSoftmax"]:
        tf = torch.softmax if op == "softmax" else torch.log_softmax
        cases.append({"op": op, "a": enc(lx), "axis": 1, "numpy": None, "torch": run(lambda: tf(torch.from_numpy(lx), dim=1))})
    cases.append({"op": "logsumexp", "a": enc(lx), "axes": [1], "keepdims": True, "numpy": None,
                  "torch": run(lambda: torch.logsumexp(torch.from_numpy(lx), dim=1, keepdim=True))})
    return cases


# ---------------------------------------------------------------- matmul
def matmul_cases():
    cases = []
    shapes = [([3], [3]), ([2, 3], [3]), ([3], [3, 4]), ([2, 3], [3, 4]), ([5, 2, 3], [3, 4]),
              ([5, 2, 3], [5, 3, 4]), ([2, 1, 2, 3], [4, 3, 2]), ([1, 3], [3, 1]), ([4, 0], [0, 3]),
              ([2, 3], [4]), ([2, 3], [2, 3]), ([3], [4, 2]), ([5, 2, 3], [4, 3, 2]), ([0, 3], [3, 2])]
    for dt in ["float32", "float64", "int64"]:
        for sa, sb in shapes:
            a = make(dt, sa, [1.5, -2, 0.5, 3, -1, 2.25, 4] if dt != "int64" else [1, -2, 3, 4, -1, 2])
            b = make(dt, sb, [0.5, 1, -1.5, 2, 3, -0.25] if dt != "int64" else [2, 1, -3, 0, 5])
            cases.append({"op": "matmul", "a": enc(a), "b": enc(b),
                          "numpy": run(lambda: np.matmul(a, b)),
                          "torch": run(lambda: torch.matmul(torch.from_numpy(a), torch.from_numpy(b)))})
    # Transposed (column-major) operands: no copy needed; results must still match.
    a = np.arange(12, dtype=np.float32).reshape(4, 3) * 0.5
    b = np.arange(15, dtype=np.float32).reshape(3, 5) - 4
    cases.append({"op": "matmulTransposed", "a": enc(a), "b": enc(b),
                  "numpy": run(lambda: a.T.T @ b), "torch": None})
    for sa, sb in [([2, 3], [3, 2]), ([3], [3]), ([2, 3, 4], [4, 2]), ([2, 3, 4], [5, 4, 2]), ([2, 3], [4, 5])]:
        a = make("float64", sa, [1, 2, -1, 0.5])
        b = make("float64", sb, [0.5, -2, 3])
        cases.append({"op": "dot", "a": enc(a), "b": enc(b), "numpy": run(lambda: np.dot(a, b)), "torch": None})
    a = np.array([1.0, 2.0, 3.0]); b = np.array([[4.0, -1.0], [0.5, 2.0]])
    cases.append({"op": "outer", "a": enc(a), "b": enc(b), "numpy": run(lambda: np.outer(a, b)),
                  "torch": None})
    return cases


# ---------------------------------------------------------------- shape ops
def shape_cases():
    cases = []
    x = np.arange(24, dtype=np.int64).reshape(2, 3, 4)
    t = torch.from_numpy(x)
    def add(op, params, npf, tf):
        cases.append({"op": op, "a": enc(x), "params": params, "numpy": run(npf), "torch": run(tf) if tf else None})
    for s in [[6, 4], [-1], [4, -1, 2], [24], [2, 12], [5, 5], [-1, -1], [0, -1], [3, -1, 3]]:
        add("reshape", {"shape": s}, lambda: x.reshape(s), lambda: t.reshape(s))
    for p in [[2, 0, 1], [0, 2, 1], [1, 1, 0], [0, 1]]:
        add("permute", {"axes": p}, lambda: x.transpose(p), lambda: t.permute(p))
    for a, b in [(0, 2), (1, -1), (0, 3)]:
        add("transpose", {"a": a, "b": b}, lambda: np.swapaxes(x, a, b), lambda: t.transpose(a, b))
    add("T", {}, lambda: x.T, None)
    for ax in [0, 1, -1, 3, -4]:
        add("unsqueeze", {"axis": ax}, lambda: np.expand_dims(x, ax), lambda: t.unsqueeze(ax))
    for s, e in [(0, -1), (1, 2), (0, 1), (2, 1)]:
        add("flatten", {"start": s, "end": e}, lambda: t.flatten(s, e).numpy(), lambda: t.flatten(s, e))
    for axes in [[0], [1], [0, 2], [-1]]:
        add("flip", {"axes": axes}, lambda: np.flip(x, axes), lambda: torch.flip(t, axes))
    for reps in [[2], [2, 1], [1, 2, 1, 2]]:
        add("tile", {"reps": reps}, lambda: np.tile(x, reps), lambda: t.repeat(*([1] * (max(len(reps), 3) - len(reps)) + reps)) if len(reps) >= 3 else t.repeat(*([1] * (3 - len(reps)) + reps)))
    for r, ax in [(2, None), (3, 1), (2, -1)]:
        add("repeatElements", {"repeats": r, "axis": ax}, lambda: np.repeat(x, r, axis=ax), None)
    for shape in [[2, 3, 4], [4, 2, 3, 4], [2, 1, 1], [2, 3, 1, 4]]:
        add("expand", {"shape": shape}, lambda: np.broadcast_to(x, shape), lambda: t.expand(*shape))
    y = np.arange(6, dtype=np.int64).reshape(2, 3, 1) * -1
    for ax in [0, 1, 2, -1]:
        if ax in (2, -1):
            cases.append({"op": "concatenate", "list": [enc(x), enc(y)], "axis": ax,
                          "numpy": run(lambda: np.concatenate([x, y], axis=ax)),
                          "torch": run(lambda: torch.cat([t, torch.from_numpy(y)], dim=ax))})
        else:
            cases.append({"op": "concatenate", "list": [enc(x), enc(x * 2)], "axis": ax,
                          "numpy": run(lambda: np.concatenate([x, x * 2], axis=ax)),
                          "torch": run(lambda: torch.cat([t, t * 2], dim=ax))})
    xf = x.astype(np.float32) / 2
    cases.append({"op": "concatenate", "list": [enc(x), enc(xf)], "axis": 0,
                  "numpy": run(lambda: np.concatenate([x, xf])), "torch": run(lambda: torch.cat([t, torch.from_numpy(xf)]))})
    cases.append({"op": "concatenate", "list": [enc(x), enc(y)], "axis": 0,
                  "numpy": run(lambda: np.concatenate([x, y])), "torch": run(lambda: torch.cat([t, torch.from_numpy(y)]))})
    cases.append({"op": "concatenate", "list": [enc(x), enc(y[0])], "axis": 0,
                  "numpy": run(lambda: np.concatenate([x, y[0]])), "torch": run(lambda: torch.cat([t, torch.from_numpy(y[0])]))})
    for ax in [0, 1, 3, -1, 4]:
        cases.append({"op": "stack", "list": [enc(x), enc(x + 100)], "axis": ax,
                      "numpy": run(lambda: np.stack([x, x + 100], axis=ax)),
                      "torch": run(lambda: torch.stack([t, t + 100], dim=ax))})
    cases.append({"op": "stack", "list": [enc(x), enc(y)], "axis": 0,
                  "numpy": run(lambda: np.stack([x, y])), "torch": run(lambda: torch.stack([t, torch.from_numpy(y)]))})
    for axes in [None, [1], [0]]:
        z = np.zeros((2, 1, 3, 1))
        cases.append({"op": "squeeze", "a": enc(z), "params": {"axes": axes},
                      "numpy": run(lambda: np.squeeze(z, axis=None if axes is None else tuple(axes))),
                      "torch": run(lambda: torch.from_numpy(z).squeeze() if axes is None else torch.from_numpy(z).squeeze(tuple(axes)))})
    return cases


# ---------------------------------------------------------------- indexing
def idx_enc(entry):
    if entry is None:
        return {"newaxis": True}
    if entry is Ellipsis:
        return {"ellipsis": True}
    if isinstance(entry, slice):
        return {"slice": [entry.start, entry.stop, entry.step]}
    if isinstance(entry, int):
        return {"int": entry}
    arr = np.asarray(entry)
    if arr.dtype == np.bool_:
        return {"mask": enc(arr)}
    return {"array": enc(arr)}


def to_torch_index(entry):
    if isinstance(entry, np.ndarray):
        return torch.from_numpy(entry)
    return entry


def indexing_cases():
    cases = []
    x = np.arange(60, dtype=np.float64).reshape(3, 4, 5)
    t = torch.from_numpy(x)
    idx = [
        (1,), (-1,), (1, 2), (1, 2, 3), (-1, -2, -3), (slice(1, 3),), (slice(None, None, 2),),
        (slice(None), slice(None, None, -1)), (slice(None, None, -2), 1), (Ellipsis, 0), (0, Ellipsis),
        (None,), (None, 1, None), (Ellipsis, None), (slice(5, 1),), (slice(-100, 100),),
        (slice(1, None), slice(None, 2), slice(None, None, 3)),
        (np.array([2, 0, 2]),), (np.array([[0, 1], [2, -1]]),), (slice(None), np.array([3, 1])),
        (np.array([0, 2]), np.array([1, 3])), (np.array([0, 2]), slice(None), np.array([1, 3])),
        (1, slice(None), np.array([0, 4])), (np.array([0, 1]), 0, np.array([0, 1])),
        (np.array([0, 1]), slice(None), 0), (slice(None), 0, np.array([0, 1])),
        (x[:, 0, 0] > 10,), (x[0] > 7,), (slice(None), x[0, :, 0] > 10), (x > 50,),
        (Ellipsis, np.array([4, 0])), (np.array([[1], [2]]), np.array([0, 3])),
        (np.array(True),), (np.array(False),), (None, np.array([1, 0]), None),
        (5,), (0, 4), (0, 0, -6), (np.array([3]),), (0, 0, 0, 0), (Ellipsis, Ellipsis),
        (slice(None, None, 0),), (np.array([1.0]),), (np.array([True, False]),),
        (np.array([0, 1]), np.array([0, 1, 2])), (slice(None, None, -1),),
    ]
    for entry in idx:
        tidx = tuple(to_torch_index(e) for e in entry)
        cases.append({"a": enc(x), "index": [idx_enc(e) for e in entry],
                      "numpy": run(lambda: x[entry]), "torch": run(lambda: t[tidx])})
    sets = [((1,), 7.0), ((slice(None), 1), np.array([9.0, 8.0, 7.0, 6.0, 5.0])), ((x > 50,), -1.0),
            ((np.array([0, 0, 2]),), 3.0), ((np.array([0, 2]), slice(None), np.array([1, 3])), np.array([[1.0], [2.0], [3.0], [4.0]])),
            ((Ellipsis, 0), np.array([1.0, 2.0, 3.0])), ((slice(None, 2),), np.array([1.0, 2.0, 3.0])),
            ((np.array([0, 1]),), np.ones(3)), ((0, slice(None, None, 2)), np.array([-1, -2, -3]))]
    for entry, value in sets:
        y = x.copy()
        v = value
        def npset():
            y[entry] = v
            return y
        ty = torch.from_numpy(x.copy())
        def tset():
            ty[tuple(to_torch_index(e) for e in entry)] = torch.as_tensor(v) if isinstance(v, np.ndarray) else v
            return ty
        cases.append({"a": enc(x), "index": [idx_enc(e) for e in entry],
                      "value": enc(np.asarray(v)) if isinstance(v, np.ndarray) else v,
                      "numpy": run(npset), "torch": run(tset)})
    return cases


# ---------------------------------------------------------------- creation
def creation_cases():
    cases = []
    for start, stop, step in [(0, 5, 1), (2, 11, 3), (5, 0, -2), (0, 1, 0.25), (1.5, 4, 0.5), (0, 5, -1), (-3, 3, 1), (0, 0.3, 0.1)]:
        cases.append({"op": "arange", "start": start, "stop": stop, "step": step,
                      "numpy": run(lambda: np.arange(start, stop, step)),
                      "torch": run(lambda: torch.arange(start, stop, step))})
    for start, stop, num, endpoint in [(0, 1, 5, True), (-1, 1, 4, False), (2, 3, 1, True), (0, 10, 0, True), (1, 2, 7, True)]:
        cases.append({"op": "linspace", "start": start, "stop": stop, "num": num, "endpoint": endpoint,
                      "numpy": run(lambda: np.linspace(start, stop, num, endpoint=endpoint)),
                      "torch": run(lambda: torch.linspace(start, stop, num)) if endpoint else None})
    for n, m, k in [(3, None, 0), (2, 4, 1), (4, 3, -1), (3, 3, 5)]:
        cases.append({"op": "eye", "n": n, "m": m, "k": k, "numpy": run(lambda: np.eye(n, m, k)), "torch": None})
    nested = [[1, 2, 3], [[1, 2], [3, 4]], [1.5, 2], [True, 2], [True, False], [[True], [1.5]], [],
              [[1, 2], [3]], [1, [2]], [[[1], [2]], [[3], [4]]], [[], []], 3.5, 7]
    for n in nested:
        cases.append({"op": "nested", "value": n, "numpy": run(lambda: np.array(n)), "torch": run(lambda: torch.tensor(n))})
    return cases


# ---------------------------------------------------------------- astype
def astype_cases():
    cases = []
    src = {"float64": [1.7, -1.7, 0.0, 2.5, -0.5, float("nan"), float("inf"), 1e20, -1e300],
           "float32": [1.7, -1.7, 0.0, 2.5, 3.4e38, float("nan")],
           "int64": [0, 1, -1, 2 ** 40, -(2 ** 53) - 1], "bool": [True, False]}
    for s, vals in src.items():
        a = np.array(vals, dtype=NP_DT[s])
        for d in NP_DT:
            cases.append({"a": enc(a), "dtype": d, "numpy": run(lambda: a.astype(NP_DT[d]))})
    return cases


if __name__ == "__main__":
    write("binary.json", binary_cases())
    write("promotion.json", promotion_cases())
    write("unary.json", unary_cases())
    write("reduction.json", reduction_cases())
    write("matmul.json", matmul_cases())
    write("shape.json", shape_cases())
    write("indexing.json", indexing_cases())
    write("creation.json", creation_cases())
    write("astype.json", astype_cases())
