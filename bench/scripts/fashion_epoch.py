# needs: torchvision
# One training epoch of seed 004's FashionMNIST classifier in PyTorch, as the lecture runs it:
# torchvision's dataset with per-sample ToTensor + Normalize, DataLoader(batch_size=128,
# shuffle=True), 784-512-256-128-10 with ReLU and Dropout(0.3), CrossEntropyLoss, Adam
# lr=0.001, loss and accuracy accumulated per batch. Twin of fashion_epoch.nn; the process
# time includes importing torch and loading the data, the printed line is the epoch alone.
import os, sys, time

import torch
import torch.nn as nn
import torch.optim as optim
import torchvision
import torchvision.transforms as transforms
from torch.utils.data import DataLoader

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fashion_mlp import ROOT, FashionMNISTClassifier, unpack  # noqa: E402

unpack(ROOT)
torch.manual_seed(42)
transform = transforms.Compose([transforms.ToTensor(), transforms.Normalize((0.2860,), (0.3530,))])
train_dataset = torchvision.datasets.FashionMNIST(root=ROOT, train=True, download=False, transform=transform)
train_loader = DataLoader(train_dataset, batch_size=128, shuffle=True)
model = FashionMNISTClassifier(hidden_sizes=[512, 256, 128], num_classes=10, dropout_rate=0.3)
criterion = nn.CrossEntropyLoss()
optimizer = optim.Adam(model.parameters(), lr=0.001)

start = time.perf_counter()
model.train()
train_loss, train_correct, train_total = 0.0, 0, 0
for data, target in train_loader:
    optimizer.zero_grad()
    output = model(data)
    loss = criterion(output, target)
    loss.backward()
    optimizer.step()
    train_loss += loss.item()
    _, predicted = torch.max(output.data, 1)
    train_total += target.size(0)
    train_correct += (predicted == target).sum().item()
elapsed = time.perf_counter() - start
print(f"epoch {elapsed:.2f} s; loss {train_loss / len(train_loader):.4f}, accuracy {100. * train_correct / train_total:.2f}%")
