"""Expected values for NNAutograd's primitives, produced by PyTorch.

Run with the reference venv:  /work/refvenv/bin/python generate.py
Writes ops.json: for each case, the float32 inputs, the output, the name of its grad_fn and
the gradient of sum(w * out) with respect to every floating input, where
w[i] = 0.5 + 0.37 * ((7 * i) % 11) (the same weights the Swift tests use).
"""
import json
import numpy as np
import torch
import torch.nn.functional as F

rng = np.random.default_rng(4)


def arr(t):
    t = t.detach()
    return {"dtype": str(t.dtype).replace("torch.", ""), "shape": list(t.shape),
            "data": t.reshape(-1).tolist()}


def rand(*shape, lo=-2.0, hi=2.0):
    return torch.tensor(rng.uniform(lo, hi, size=shape), dtype=torch.float32)


def ints(values):
    return torch.tensor(values, dtype=torch.int64)


def weights(n):
    return torch.tensor([0.5 + 0.37 * ((7 * i) % 11) for i in range(n)], dtype=torch.float32)


cases = []


def case(name, inputs, fn):
    leaves = [x.clone().requires_grad_(x.is_floating_point()) for x in inputs]
    out = fn(*leaves)
    grads = []
    if out.requires_grad:
        w = weights(out.numel()).reshape(out.shape)
        (out * w).sum().backward()
        grads = [arr(x.grad) if x.grad is not None else None for x in leaves]
    cases.append({"name": name, "inputs": [arr(x) for x in inputs], "output": arr(out),
                  "grad_fn": type(out.grad_fn).__name__ if out.grad_fn is not None else None,
                  "grads": grads})


x34 = rand(3, 4)
pos = rand(3, 4, lo=0.2, hi=3.0)
case("add", [rand(2, 3), rand(3)], lambda a, b: a + b)
case("sub", [rand(2, 3), rand(2, 1)], lambda a, b: a - b)
case("rsub", [rand(4)], lambda a: 3 - a)
case("mul", [rand(2, 3), rand(1, 3)], lambda a, b: a * b)
case("div", [rand(2, 3), rand(3, lo=0.5, hi=2)], lambda a, b: a / b)
case("rdiv", [rand(4, lo=0.5, hi=2)], lambda a: 2 / a)
case("neg", [rand(4)], lambda a: -a)
case("pow", [pos], lambda a: a ** 2.5)
case("pow.tensor", [pos, rand(3, 4, lo=-1, hi=2)], lambda a, b: a ** b)
case("rpow", [rand(4)], lambda a: 2.5 ** a)
for fname, f in [("exp", torch.exp), ("tanh", torch.tanh), ("sigmoid", torch.sigmoid), ("relu", F.relu),
                 ("abs", torch.abs), ("sin", torch.sin), ("cos", torch.cos),
                 ("leaky_relu", lambda t: F.leaky_relu(t, 0.1)), ("elu", lambda t: F.elu(t, 1.3)),
                 ("selu", F.selu), ("celu", lambda t: F.celu(t, 0.7)), ("gelu", F.gelu),
                 ("gelu.tanh", lambda t: F.gelu(t, approximate="tanh")), ("silu", F.silu), ("mish", F.mish),
                 ("logsigmoid", F.logsigmoid), ("hardsigmoid", F.hardsigmoid), ("hardswish", F.hardswish),
                 ("softplus", lambda t: F.softplus(t, beta=1.5, threshold=2)), ("hardtanh", F.hardtanh),
                 ("relu6", F.relu6), ("softshrink", F.softshrink), ("hardshrink", F.hardshrink),
                 ("softsign", F.softsign), ("tanhshrink", F.tanhshrink)]:
    case(fname, [rand(2, 5, lo=-4, hi=4)], f)
for fname, f in [("log", torch.log), ("sqrt", torch.sqrt), ("log1p", torch.log1p), ("reciprocal", torch.reciprocal)]:
    case(fname, [pos], f)
case("maximum", [rand(2, 3), rand(3)], torch.maximum)
case("minimum", [rand(2, 3), rand(2, 3)], torch.minimum)
case("clamp", [rand(8)], lambda a: a.clamp(-0.5, 1.0))
case("sum", [x34], lambda a: a.sum())
case("sum.dim", [x34], lambda a: a.sum(1))
case("mean", [x34], lambda a: a.mean())
case("mean.dim.keepdim", [x34], lambda a: a.mean(0, keepdim=True))
case("max", [x34], lambda a: a.max())
case("max.dim", [x34], lambda a: a.max(1)[0])
case("min.dim", [x34], lambda a: a.min(0)[0])
case("var", [x34], lambda a: a.var(1))
case("std", [x34], lambda a: a.std())
case("logsumexp", [x34], lambda a: a.logsumexp(1))
case("mm", [rand(3, 4), rand(4, 2)], lambda a, b: a @ b)
case("mv", [rand(3, 4), rand(4)], lambda a, b: a @ b)
case("dot", [rand(4), rand(4)], lambda a, b: a @ b)
case("vecmat", [rand(3), rand(3, 2)], lambda a, b: a @ b)
case("bmm", [rand(2, 3, 4), rand(2, 4, 2)], torch.bmm)
case("matmul.batch", [rand(2, 3, 4), rand(4, 2)], lambda a, b: a @ b)
case("linear", [rand(5, 4), rand(3, 4), rand(3)], F.linear)
case("linear.3d", [rand(2, 2, 4), rand(3, 4), rand(3)], F.linear)
case("addmm", [rand(3), rand(2, 4), rand(4, 3)], lambda c, a, b: torch.addmm(c, a, b, beta=0.5, alpha=2))
case("view", [x34], lambda a: a.view(2, 6))
case("reshape.copy", [x34], lambda a: a.T.reshape(12))
case("transpose", [rand(2, 3, 4)], lambda a: a.transpose(0, 2))
case("t", [x34], lambda a: a.t())
case("permute", [rand(2, 3, 4)], lambda a: a.permute(1, 2, 0))
case("unsqueeze", [x34], lambda a: a.unsqueeze(1))
case("squeeze", [rand(3, 1, 2)], lambda a: a.squeeze())
case("expand", [rand(3, 1)], lambda a: a.expand(2, 3, 4))
case("select", [x34], lambda a: a[1])
case("slice", [x34], lambda a: a[:, 1:3])
case("index.array", [x34], lambda a: a[ints([0, 2, 0])])
case("cat", [rand(2, 3), rand(1, 3)], lambda a, b: torch.cat([a, b]))
case("stack", [rand(2, 3), rand(2, 3)], lambda a, b: torch.stack([a, b], 1))
case("softmax", [x34], lambda a: F.softmax(a, 1))
case("log_softmax", [x34], lambda a: F.log_softmax(a, 0))
case("cross_entropy", [x34, ints([2, 0, 3])], F.cross_entropy)
case("cross_entropy.sum", [x34, ints([2, 0, 3])], lambda a, t: F.cross_entropy(a, t, reduction="sum"))
case("cross_entropy.none", [x34, ints([2, 0, 3])], lambda a, t: F.cross_entropy(a, t, reduction="none"))
case("cross_entropy.weight.ignore", [x34, ints([2, -100, 3]), torch.tensor([0.5, 1.5, 1.0, 2.0])],
     lambda a, t, w: F.cross_entropy(a, t, weight=w.detach()))
case("cross_entropy.smoothing", [x34, ints([2, 0, 3])], lambda a, t: F.cross_entropy(a, t, label_smoothing=0.2))
case("nll_loss", [x34, ints([1, 0, 3])], F.nll_loss)
case("mse_loss", [x34, rand(3, 4)], F.mse_loss)
case("l1_loss", [x34, rand(3, 4)], F.l1_loss)
case("bce", [rand(6, lo=0.05, hi=0.95), rand(6, lo=0, hi=1)], F.binary_cross_entropy)
case("bce_with_logits", [rand(6, lo=-3, hi=3), rand(6, lo=0, hi=1)], F.binary_cross_entropy_with_logits)
case("bce_with_logits.pos_weight", [rand(2, 3, lo=-3, hi=3), rand(2, 3, lo=0, hi=1), torch.tensor([3.0, 0.5, 1.0])],
     lambda a, t, p: F.binary_cross_entropy_with_logits(a, t, pos_weight=p.detach()))
case("conv2d", [rand(2, 2, 5, 4), rand(3, 2, 3, 2), rand(3)], F.conv2d)
case("conv2d.options", [rand(1, 2, 6, 6), rand(2, 2, 2, 3)],
     lambda a, w: F.conv2d(a, w, stride=(2, 1), padding=(1, 2), dilation=(2, 1)))
case("max_pool2d", [rand(1, 2, 4, 6)], lambda a: F.max_pool2d(a, 2))
case("max_pool2d.options", [rand(2, 1, 5, 5)], lambda a: F.max_pool2d(a, 3, stride=2, padding=1, ceil_mode=True))
case("avg_pool2d", [rand(1, 2, 4, 6)], lambda a: F.avg_pool2d(a, (2, 3)))
case("avg_pool2d.options", [rand(1, 1, 5, 5)],
     lambda a: F.avg_pool2d(a, 3, stride=2, padding=1, ceil_mode=True, count_include_pad=False))
case("batch_norm.train", [rand(4, 3), rand(3), rand(3)],
     lambda a, w, b: F.batch_norm(a, None, None, w, b, training=True))
case("batch_norm.eval", [rand(4, 3), rand(3), rand(3)],
     lambda a, w, b: F.batch_norm(a, torch.tensor([0.1, -0.2, 0.3]), torch.tensor([1.5, 0.5, 2.0]), w, b, training=False))
case("embedding", [ints([[1, 3], [1, 0]]), rand(4, 3)], lambda i, w: F.embedding(i, w))

with open("ops.json", "w") as f:
    json.dump({"torch": torch.__version__, "cases": cases}, f, indent=None, separators=(",", ":"))
print(f"{len(cases)} cases")
