# needs: torch
# The per-line cost of small tensor arithmetic in a script: `w - 0.1 * g` on 3-element
# float32 torch tensors and on float64 NumPy arrays, 1,000,000 times each. Twin of
# tensor_ops.nn.
import time
import numpy as np
import torch
n = 1000000
w = torch.tensor([1.0, 2.0, 3.0])
g = torch.tensor([0.1, 0.2, 0.3])
t0 = time.perf_counter()
for i in range(n):
    u = w - 0.1 * g
t1 = time.perf_counter()
a = np.array([1.0, 2.0, 3.0])
b = np.array([0.1, 0.2, 0.3])
for i in range(n):
    c = a - 0.1 * b
t2 = time.perf_counter()
print(f"torch float32[3]: {(t1 - t0) / n * 1e9:.0f} ns/line; numpy float64[3]: {(t2 - t1) / n * 1e9:.0f} ns/line")
print(u, c)
