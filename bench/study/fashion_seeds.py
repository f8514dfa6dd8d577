"""Final test accuracy of seed 004's FashionMNIST classifier over several seeds, in PyTorch,
to compare with nn's spread (examples/fashion_mlp.nn run with the same seeds).

The model, initialisation, Dropout(0.3), CrossEntropyLoss, Adam(lr=0.001), batch 128, five
epochs and the per-epoch shuffle are the lecture's; only the input pipeline is vectorised (the
whole set normalised once, batches gathered by a torch.randperm per epoch, the sampler
DataLoader(shuffle=True) uses), which gives the same tensors as ToTensor + Normalize per image
and the same distribution of orders, in a fraction of the time.

    python bench/study/fashion_seeds.py SEED...     (prints one line per seed, then a summary)
"""
import gzip
import statistics
import sys

import numpy as np
import torch
import torch.nn as nn

SOURCE = "/usr/share/datasets/fashion-mnist"


def idx(name, offset):
    with gzip.open(f"{SOURCE}/{name}.gz") as f:
        return np.frombuffer(f.read(), dtype=np.uint8, offset=offset)


def images(name):
    x = torch.from_numpy(idx(name, 16).reshape(-1, 1, 28, 28).astype(np.float32) / np.float32(255))
    return (x - np.float32(0.2860)) / np.float32(0.3530)


def run(seed, train_x, train_y, test_x, test_y, epochs=5):
    torch.manual_seed(seed)
    layers, width = [], 784
    for hidden in (512, 256, 128):
        layers += [nn.Linear(width, hidden), nn.ReLU(), nn.Dropout(0.3)]
        width = hidden
    model = nn.Sequential(nn.Flatten(), *layers, nn.Linear(width, 10))
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.001)
    accs = []
    for _ in range(epochs):
        model.train()
        order = torch.randperm(len(train_y))
        for start in range(0, len(order), 128):
            batch = order[start:start + 128]
            optimizer.zero_grad()
            loss = criterion(model(train_x[batch]), train_y[batch])
            loss.backward()
            optimizer.step()
        model.eval()
        with torch.no_grad():
            correct = sum((model(test_x[i:i + 128]).argmax(1) == test_y[i:i + 128]).sum().item()
                          for i in range(0, len(test_y), 128))
        accs.append(100.0 * correct / len(test_y))
    return accs


def main():
    seeds = [int(s) for s in sys.argv[1:]] or [42]
    train_x, test_x = images("train-images-idx3-ubyte"), images("t10k-images-idx3-ubyte")
    train_y = torch.from_numpy(idx("train-labels-idx1-ubyte", 8).astype(np.int64))
    test_y = torch.from_numpy(idx("t10k-labels-idx1-ubyte", 8).astype(np.int64))
    finals = []
    for seed in seeds:
        accs = run(seed, train_x, train_y, test_x, test_y)
        finals.append(accs[-1])
        print(f"seed {seed}: " + " ".join(f"{a:.2f}" for a in accs), flush=True)
    if len(finals) > 1:
        print(f"final: mean {statistics.mean(finals):.2f}, sd {statistics.stdev(finals):.2f}, "
              f"median {statistics.median(finals):.2f}, min {min(finals):.2f}, max {max(finals):.2f}")


main()
