"""PyTorch twin of nn-bench's nn.mlp_step workload: Linear(784, 512) -> ReLU -> Linear(512, 10),
cross-entropy, backward and an Adam step on a batch of 128, timed in-process.

Prints the median seconds per step (time.perf_counter over many steps after a warm-up) and
the thread count, e.g. "mlp_step median 0.001234 s (threads 2)".
"""
# needs: torch
import statistics
import sys
import time

import torch
import torch.nn as nn

steps = int(sys.argv[1]) if len(sys.argv) > 1 else 300
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(784, 512), nn.ReLU(), nn.Linear(512, 10))
optimizer = torch.optim.Adam(model.parameters(), lr=0.001)
criterion = nn.CrossEntropyLoss()
x = torch.rand(128, 784)
y = torch.randint(0, 10, (128,))


def step():
    optimizer.zero_grad()
    loss = criterion(model(x), y)
    loss.backward()
    optimizer.step()
    return loss


for _ in range(30):
    step()
times = []
for _ in range(steps):
    t0 = time.perf_counter()
    step()
    times.append(time.perf_counter() - t0)
print(f"mlp_step median {statistics.median(times):.6f} s (threads {torch.get_num_threads()})")
