"""Expected values for the NN library, produced by PyTorch 2.15 (and the safetensors package).

Run with the reference venv:  /work/refvenv/bin/python generate.py
Writes:
  reprs.json    repr() of modules and optimizers, keyed by a case name the Swift tests share;
  layers.json   layers with explicit weights: input, output, and the gradients of
                sum(w * out) (w[i] = 0.5 + 0.37 * ((7 i) % 11)) for the input and every parameter,
                plus buffers after the forward (batch norm running statistics);
  losses.json   loss modules: value and input gradient;
  optim.json    optimizers fed fixed gradients for a few steps: parameters after each step;
                StepLR learning rates; clip_grad_norm_ results;
  errors.json   load_state_dict error messages;
  torch_written.safetensors  a state dict written by safetensors.torch.save_file.
"""
import json
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from safetensors.torch import save_file

rng = np.random.default_rng(7)
torch.manual_seed(0)


def arr(t):
    t = t.detach()
    return {"dtype": str(t.dtype).replace("torch.", ""), "shape": list(t.shape), "data": t.reshape(-1).tolist()}


def rand(*shape, lo=-1.0, hi=1.0):
    return torch.tensor(rng.uniform(lo, hi, size=shape), dtype=torch.float32)


def weights(n):
    return torch.tensor([0.5 + 0.37 * ((7 * i) % 11) for i in range(n)], dtype=torch.float32)


# ---------------------------------------------------------------- reprs
reprs = {}


def R(name, obj):
    reprs[name] = repr(obj)


R("linear", nn.Linear(784, 128))
R("linear.nobias", nn.Linear(3, 2, bias=False))
R("conv", nn.Conv2d(1, 32, 3))
R("conv.options", nn.Conv2d(1, 32, (3, 5), stride=2, padding=1))
R("conv.same", nn.Conv2d(2, 4, 3, padding="same"))
R("conv.valid", nn.Conv2d(2, 4, 3, padding="valid"))
R("conv.groups", nn.Conv2d(4, 4, 3, groups=2, bias=False, dilation=2))
R("maxpool", nn.MaxPool2d(2))
R("maxpool.options", nn.MaxPool2d((2, 3), stride=1, padding=1, ceil_mode=True))
R("avgpool", nn.AvgPool2d(2))
R("avgpool.options", nn.AvgPool2d(3, stride=2, padding=1, ceil_mode=True, count_include_pad=False))
R("flatten", nn.Flatten())
R("flatten.dims", nn.Flatten(0, 2))
R("dropout", nn.Dropout(0.3))
R("dropout.default", nn.Dropout())
R("dropout.int", nn.Dropout(0))
R("dropout2d", nn.Dropout2d(0.25))
R("batchnorm1d", nn.BatchNorm1d(64))
R("batchnorm2d.options", nn.BatchNorm2d(8, momentum=None, affine=False, track_running_stats=False))
R("batchnorm1d.eps", nn.BatchNorm1d(3, eps=1e-3, momentum=0.01))
R("identity", nn.Identity())
R("embedding", nn.Embedding(10, 3))
R("embedding.padding", nn.Embedding(10, 3, padding_idx=0))
for name, m in [("relu", nn.ReLU()), ("relu.inplace", nn.ReLU(inplace=True)), ("leakyrelu", nn.LeakyReLU()),
                ("leakyrelu.slope", nn.LeakyReLU(0.2)), ("prelu", nn.PReLU()), ("prelu.3", nn.PReLU(3)),
                ("rrelu", nn.RReLU()), ("rrelu.bounds", nn.RReLU(0.1, 0.2)), ("elu", nn.ELU()), ("elu.alpha", nn.ELU(alpha=0.5)),
                ("selu", nn.SELU()), ("celu", nn.CELU()), ("gelu", nn.GELU()), ("gelu.tanh", nn.GELU(approximate="tanh")),
                ("silu", nn.SiLU()), ("mish", nn.Mish()), ("softplus", nn.Softplus()), ("softplus.ints", nn.Softplus(beta=2, threshold=10)),
                ("softsign", nn.Softsign()), ("sigmoid", nn.Sigmoid()), ("tanh", nn.Tanh()), ("hardtanh", nn.Hardtanh()),
                ("hardtanh.ints", nn.Hardtanh(-2, 2)), ("relu6", nn.ReLU6()), ("hardsigmoid", nn.Hardsigmoid()),
                ("hardswish", nn.Hardswish()), ("tanhshrink", nn.Tanhshrink()), ("softshrink", nn.Softshrink()),
                ("softshrink.lambda", nn.Softshrink(0.3)), ("hardshrink", nn.Hardshrink()), ("softmax", nn.Softmax(dim=1)),
                ("softmax.none", nn.Softmax()), ("logsoftmax", nn.LogSoftmax(dim=-1)), ("logsigmoid", nn.LogSigmoid())]:
    R(name, m)
for name, m in [("mse", nn.MSELoss()), ("l1.sum", nn.L1Loss(reduction="sum")), ("ce", nn.CrossEntropyLoss()),
                ("nll", nn.NLLLoss()), ("bce", nn.BCELoss()), ("bcelogits", nn.BCEWithLogitsLoss())]:
    R("loss." + name, m)
R("sequential.empty", nn.Sequential())
R("sequential.lesson", nn.Sequential(nn.Flatten(), nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10)))
R("sequential.nested", nn.Sequential(nn.Linear(4, 4), nn.Sequential(nn.ReLU(), nn.Dropout(0.3)), nn.BatchNorm1d(4)))
R("modulelist", nn.ModuleList([nn.Linear(2, 2), nn.Linear(2, 2), nn.ReLU(), nn.Linear(2, 2)]))
R("modulelist.empty", nn.ModuleList())


class SimpleANN(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear1 = nn.Linear(4, 8)
        self.linear2 = nn.Linear(8, 2)
        self.activation = nn.ReLU()


R("simpleann", SimpleANN())


class FashionMNISTClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        layers = []
        size = 784
        for h in [512, 256, 128]:
            layers += [nn.Linear(size, h), nn.ReLU(), nn.Dropout(0.3)]
            size = h
        layers.append(nn.Linear(size, 10))
        self.network = nn.Sequential(*layers)


R("fashion", FashionMNISTClassifier())


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 32, 3, 1)
        self.conv2 = nn.Conv2d(32, 64, 3, 1)
        self.dropout1 = nn.Dropout2d(0.25)
        self.dropout2 = nn.Dropout2d(0.5)
        self.fc1 = nn.Linear(9216, 128)
        self.fc2 = nn.Linear(128, 10)


R("lecture3.net", Net())
p = [nn.Parameter(torch.ones(2))]
R("optim.sgd", torch.optim.SGD(p, lr=0.1, momentum=0.9))
R("optim.adam", torch.optim.Adam(p))
R("optim.adamw", torch.optim.AdamW(p))
R("optim.rmsprop", torch.optim.RMSprop(p))
o = torch.optim.SGD(p, lr=0.1)
torch.optim.lr_scheduler.StepLR(o, 2)
R("optim.sgd.steplr", o)
R("optim.groups", torch.optim.SGD([{"params": p, "lr": 0.5}, {"params": [nn.Parameter(torch.ones(1))]}], lr=0.1))
counts = {"simpleann": sum(x.numel() for x in SimpleANN().parameters()),
          "fashion": sum(x.numel() for x in FashionMNISTClassifier().parameters()),
          "lecture3.net": sum(x.numel() for x in Net().parameters())}
names = {"simpleann": [n for n, _ in SimpleANN().named_parameters()],
         "sequential.nested": [n for n, _ in nn.Sequential(nn.Linear(4, 4), nn.Sequential(nn.ReLU(), nn.Dropout(0.3)), nn.BatchNorm1d(4)).named_parameters()],
         "sequential.nested.state": list(nn.Sequential(nn.Linear(4, 4), nn.Sequential(nn.ReLU(), nn.Dropout(0.3)), nn.BatchNorm1d(4)).state_dict().keys())}
json.dump({"reprs": reprs, "counts": counts, "names": names}, open("reprs.json", "w"), indent=1)

# ---------------------------------------------------------------- layers
layers = []


def L(name, module, x, train=True, int_input=False):
    module.train(train)
    params = {n: arr(p) for n, p in module.named_parameters()}
    buffers_before = {n: arr(b) for n, b in module.named_buffers()}
    xin = x.clone().requires_grad_(not int_input)
    out = module(xin)
    (out * weights(out.numel()).reshape(out.shape)).sum().backward()
    layers.append({"name": name, "input": arr(x), "params": params, "buffers_before": buffers_before,
                   "output": arr(out), "input_grad": None if int_input else arr(xin.grad),
                   "param_grads": {n: arr(p.grad) for n, p in module.named_parameters() if p.grad is not None},
                   "buffers_after": {n: arr(b) for n, b in module.named_buffers()}})


def with_params(module):
    with torch.no_grad():
        for p in module.parameters():
            p.copy_(rand(*p.shape))
    return module


L("linear", with_params(nn.Linear(4, 3)), rand(5, 4))
L("linear.nobias.3d", with_params(nn.Linear(4, 3, bias=False)), rand(2, 2, 4))
L("conv", with_params(nn.Conv2d(2, 3, 3)), rand(2, 2, 5, 5))
L("conv.options", with_params(nn.Conv2d(2, 4, (3, 2), stride=(2, 1), padding=(1, 0), dilation=(1, 2))), rand(1, 2, 6, 6))
L("conv.same", with_params(nn.Conv2d(2, 2, 4, padding="same")), rand(1, 2, 5, 5))
L("conv.groups", with_params(nn.Conv2d(4, 2, 2, groups=2)), rand(1, 4, 3, 3))
L("maxpool", nn.MaxPool2d(2), rand(1, 2, 4, 4))
L("maxpool.options", nn.MaxPool2d(3, stride=2, padding=1, ceil_mode=True), rand(1, 1, 6, 6))
L("avgpool", nn.AvgPool2d(2, stride=1), rand(1, 2, 3, 3))
L("avgpool.options", nn.AvgPool2d(3, stride=2, padding=1, count_include_pad=False), rand(1, 1, 5, 5))
L("flatten", nn.Flatten(), rand(2, 3, 2))
L("dropout.eval", nn.Dropout(0.5), rand(3, 4), train=False)
bn = with_params(nn.BatchNorm1d(3))
L("batchnorm1d.train", bn, rand(6, 3))
L("batchnorm1d.train.momentum_none", with_params(nn.BatchNorm1d(3, momentum=None)), rand(4, 3, 2))
bn_eval = with_params(nn.BatchNorm1d(3))
with torch.no_grad():
    bn_eval.running_mean.copy_(torch.tensor([0.1, -0.2, 0.3]))
    bn_eval.running_var.copy_(torch.tensor([1.5, 0.5, 2.0]))
L("batchnorm1d.eval", bn_eval, rand(4, 3), train=False)
L("batchnorm2d.train", with_params(nn.BatchNorm2d(2)), rand(2, 2, 3, 3))
L("embedding", with_params(nn.Embedding(5, 3, padding_idx=1)), torch.tensor([[0, 1], [4, 1]]), int_input=True)
L("prelu", with_params(nn.PReLU(3)), rand(2, 3, 2))
for name, m in [("relu", nn.ReLU()), ("leakyrelu", nn.LeakyReLU(0.2)), ("rrelu.eval", nn.RReLU()), ("elu", nn.ELU(0.5)),
                ("selu", nn.SELU()), ("celu", nn.CELU(0.7)), ("gelu", nn.GELU()), ("gelu.tanh", nn.GELU(approximate="tanh")),
                ("silu", nn.SiLU()), ("mish", nn.Mish()), ("softplus", nn.Softplus(beta=2, threshold=1)), ("softsign", nn.Softsign()),
                ("sigmoid", nn.Sigmoid()), ("tanh", nn.Tanh()), ("hardtanh", nn.Hardtanh(-0.5, 0.5)), ("relu6", nn.ReLU6()),
                ("hardsigmoid", nn.Hardsigmoid()), ("hardswish", nn.Hardswish()), ("tanhshrink", nn.Tanhshrink()),
                ("softshrink", nn.Softshrink(0.3)), ("hardshrink", nn.Hardshrink(0.3)), ("softmax", nn.Softmax(dim=1)),
                ("softmax.implicit", nn.Softmax()), ("logsoftmax", nn.LogSoftmax(dim=0)), ("logsigmoid", nn.LogSigmoid())]:
    L("act." + name, m, rand(3, 4, lo=-4, hi=4), train=not name.endswith(".eval"))
L("sequential.mlp", with_params(nn.Sequential(nn.Linear(4, 5), nn.Tanh(), nn.Linear(5, 2))), rand(3, 4))
json.dump(layers, open("layers.json", "w"))

# ---------------------------------------------------------------- losses
losses = []


def Lo(name, module, x, t):
    xin = x.clone().requires_grad_(True)
    out = module(xin, t)
    (out * weights(out.numel()).reshape(out.shape)).sum().backward()
    losses.append({"name": name, "input": arr(x), "target": arr(t), "output": arr(out), "input_grad": arr(xin.grad)})


x = rand(4, 3, lo=-2, hi=2)
cls = torch.tensor([2, 0, 1, 2])
Lo("mse", nn.MSELoss(), x, rand(4, 3))
Lo("mse.sum", nn.MSELoss(reduction="sum"), x, rand(4, 3))
Lo("l1", nn.L1Loss(), x, rand(4, 3))
Lo("l1.none", nn.L1Loss(reduction="none"), x, rand(4, 3))
Lo("ce", nn.CrossEntropyLoss(), x, cls)
Lo("ce.weight", nn.CrossEntropyLoss(weight=torch.tensor([1.0, 2.0, 0.5])), x, cls)
Lo("ce.ignore.none", nn.CrossEntropyLoss(ignore_index=0, reduction="none"), x, torch.tensor([2, 0, 1, 0]))
Lo("ce.smoothing", nn.CrossEntropyLoss(label_smoothing=0.1), x, cls)
Lo("ce.smoothing.weight.sum", nn.CrossEntropyLoss(weight=torch.tensor([1.0, 2.0, 0.5]), label_smoothing=0.2, reduction="sum"), x, cls)
Lo("ce.probabilities", nn.CrossEntropyLoss(), x, F.softmax(rand(4, 3), 1))
Lo("nll", nn.NLLLoss(), F.log_softmax(x, 1).detach(), cls)
Lo("nll.weight.sum", nn.NLLLoss(weight=torch.tensor([1.0, 2.0, 0.5]), reduction="sum"), F.log_softmax(x, 1).detach(), cls)
p = rand(4, 3, lo=0.02, hi=0.98)
y = (rand(4, 3) > 0).float()
Lo("bce", nn.BCELoss(), p, y)
Lo("bce.weight.none", nn.BCELoss(weight=torch.tensor([1.0, 2.0, 0.5]), reduction="none"), p, y)
Lo("bce.extremes", nn.BCELoss(), torch.tensor([0.0, 1.0, 1e-30, 0.5]), torch.tensor([1.0, 0.0, 1.0, 0.5]))
Lo("bcelogits", nn.BCEWithLogitsLoss(), x * 3, y)
Lo("bcelogits.posweight", nn.BCEWithLogitsLoss(pos_weight=torch.tensor([2.0, 0.5, 1.0])), x * 3, y)
Lo("bcelogits.large", nn.BCEWithLogitsLoss(reduction="sum"), torch.tensor([100.0, -100.0, 30.0, -30.0]), torch.tensor([0.0, 1.0, 1.0, 0.0]))
json.dump(losses, open("losses.json", "w"))

# ---------------------------------------------------------------- optimizers
optims = []


def O(name, make, steps=4):
    p1 = nn.Parameter(rand(2, 3))
    p2 = nn.Parameter(rand(3))
    init = [arr(p1), arr(p2)]
    opt = make([p1, p2])
    grads, after = [], []
    for s in range(steps):
        g1, g2 = rand(2, 3, lo=-2, hi=2), rand(3, lo=-2, hi=2)
        p1.grad, p2.grad = g1.clone(), g2.clone()
        opt.step()
        grads.append([arr(g1), arr(g2)])
        after.append([arr(p1), arr(p2)])
    optims.append({"name": name, "initial": init, "grads": grads, "after": after})


O("sgd", lambda ps: torch.optim.SGD(ps, lr=0.1))
O("sgd.momentum", lambda ps: torch.optim.SGD(ps, lr=0.1, momentum=0.9))
O("sgd.nesterov.wd", lambda ps: torch.optim.SGD(ps, lr=0.05, momentum=0.8, nesterov=True, weight_decay=0.01))
O("sgd.dampening.maximize", lambda ps: torch.optim.SGD(ps, lr=0.05, momentum=0.5, dampening=0.3, maximize=True))
O("adam", lambda ps: torch.optim.Adam(ps, lr=0.01))
O("adam.wd.amsgrad", lambda ps: torch.optim.Adam(ps, lr=0.01, betas=(0.8, 0.99), weight_decay=0.1, amsgrad=True))
O("adamw", lambda ps: torch.optim.AdamW(ps, lr=0.01))
O("adamw.amsgrad", lambda ps: torch.optim.AdamW(ps, lr=0.02, weight_decay=0.05, amsgrad=True, eps=1e-6))
O("rmsprop", lambda ps: torch.optim.RMSprop(ps, lr=0.01))
O("rmsprop.centered.momentum.wd", lambda ps: torch.optim.RMSprop(ps, lr=0.01, alpha=0.9, momentum=0.5, centered=True, weight_decay=0.1))
o = torch.optim.SGD([nn.Parameter(torch.ones(1))], lr=0.1)
sch = torch.optim.lr_scheduler.StepLR(o, step_size=3, gamma=0.5)
lrs = []
for _ in range(8):
    o.step()
    sch.step()
    lrs.append(sch.get_last_lr()[0])
clips = []
for max_norm, norm_type in [(1.0, 2.0), (10.0, 2.0), (0.5, float("inf")), (0.3, 1.0)]:
    ps = [nn.Parameter(torch.zeros(2, 3)), nn.Parameter(torch.zeros(3))]
    ps[0].grad, ps[1].grad = rand(2, 3, lo=-2, hi=2), rand(3, lo=-2, hi=2)
    before = [arr(p.grad) for p in ps]
    total = torch.nn.utils.clip_grad_norm_(ps, max_norm, norm_type)
    clips.append({"max_norm": max_norm, "norm_type": "inf" if norm_type == float("inf") else norm_type,
                  "before": before, "total": float(total), "after": [arr(p.grad) for p in ps]})
json.dump({"optimizers": optims, "steplr": lrs, "clip": clips}, open("optim.json", "w"))

# ---------------------------------------------------------------- errors
errors = {}
m = nn.Sequential(nn.Linear(3, 2), nn.BatchNorm1d(2))
sd = m.state_dict()
bad = dict(sd)
del bad["0.bias"]
bad["extra.weight"] = torch.zeros(1)
bad["1.weight"] = torch.zeros(5)
try:
    m.load_state_dict(bad)
except RuntimeError as e:
    errors["strict"] = str(e)
try:
    m.load_state_dict(bad, strict=False)
except RuntimeError as e:
    errors["nonstrict"] = str(e)
ok = dict(sd)
del ok["0.bias"]
ok["extra"] = torch.zeros(1)
errors["nonstrict.result"] = str(m.load_state_dict(ok, strict=False))
errors["all.matched"] = str(m.load_state_dict(sd))
json.dump(errors, open("errors.json", "w"), indent=1)

# ---------------------------------------------------------------- safetensors written by the reference library
save_file({"weight": torch.tensor([[1.0, -2.0, 3.5], [0.25, 0.0, -1e-3]]), "bias": torch.tensor([0.5, -0.5], dtype=torch.float64),
           "count": torch.tensor(7, dtype=torch.int64), "mask": torch.tensor([True, False, True])},
          "torch_written.safetensors", metadata={"format": "pt"})
print("ok")
