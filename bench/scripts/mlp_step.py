# needs: torch
# Issue 4's training step looped at language level: Linear(784, 512) -> ReLU -> Linear(512, 10),
# CrossEntropyLoss, backward and an Adam step on a batch of 128, 500 times after 30 warm-up
# steps. Prints the median time of one step. Twin of mlp_step.nn.
import time
import torch
import torch.nn as nn

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
for _ in range(500):
    t0 = time.perf_counter()
    step()
    times.append(time.perf_counter() - t0)
times.sort()
print(f"mlp_step median {times[len(times) // 2] * 1e3:.3f} ms, loss {step().item():.4f}")
