# needs: torchvision
# PyTorch twin of fashion_mlp.nn (and of examples/fashion_mlp.nn): seed 004's FashionMNIST
# classifier (784-512-256-128-10, ReLU, Dropout 0.3, Adam lr 0.001, batch 128) trained five
# epochs through torchvision's dataset and per-sample transforms, as the lecture runs it.
# The images are Debian's dataset-fashion-mnist, unpacked once into bench/out/torchvision
# (torchvision reads the raw IDX files from ROOT/FashionMNIST/raw).
#   python fashion_mlp.py [SEED [EPOCHS]]    (defaults 42 and 5; prints the final test accuracy)
import gzip, os, shutil, sys, time

import torch
import torch.nn as nn
import torch.optim as optim
import torchvision
import torchvision.transforms as transforms
from torch.utils.data import DataLoader

SOURCE = "/usr/share/datasets/fashion-mnist"
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "out", "torchvision")


def unpack(root):
    """Writes the four IDX files uncompressed where torchvision looks for them."""
    raw = os.path.join(root, "FashionMNIST", "raw")
    os.makedirs(raw, exist_ok=True)
    for name in ("train-images-idx3-ubyte", "train-labels-idx1-ubyte",
                 "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"):
        target = os.path.join(raw, name)
        if not os.path.exists(target):
            with gzip.open(os.path.join(SOURCE, name + ".gz")) as src, open(target + ".part", "wb") as dst:
                shutil.copyfileobj(src, dst)
            os.replace(target + ".part", target)


class FashionMNISTClassifier(nn.Module):
    def __init__(self, hidden_sizes=[512, 256], num_classes=10, dropout_rate=0.2):
        super().__init__()
        layers, input_size = [], 28 * 28
        for hidden_size in hidden_sizes:
            layers.extend([nn.Linear(input_size, hidden_size), nn.ReLU(), nn.Dropout(dropout_rate)])
            input_size = hidden_size
        layers.append(nn.Linear(input_size, num_classes))
        self.network = nn.Sequential(*layers)

    def forward(self, x):
        return self.network(x.view(x.size(0), -1))


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 42
    epochs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    unpack(ROOT)
    torch.manual_seed(seed)
    transform = transforms.Compose([transforms.ToTensor(), transforms.Normalize((0.2860,), (0.3530,))])
    train_dataset = torchvision.datasets.FashionMNIST(root=ROOT, train=True, download=False, transform=transform)
    test_dataset = torchvision.datasets.FashionMNIST(root=ROOT, train=False, download=False, transform=transform)
    train_loader = DataLoader(train_dataset, batch_size=128, shuffle=True)
    test_loader = DataLoader(test_dataset, batch_size=128, shuffle=False)
    model = FashionMNISTClassifier(hidden_sizes=[512, 256, 128], num_classes=10, dropout_rate=0.3)
    criterion = nn.CrossEntropyLoss()
    optimizer = optim.Adam(model.parameters(), lr=0.001)
    start = time.time()
    for epoch in range(epochs):
        model.train()
        train_loss, train_correct, train_total = 0.0, 0, 0
        for batch_idx, (data, target) in enumerate(train_loader):
            optimizer.zero_grad()
            output = model(data)
            loss = criterion(output, target)
            loss.backward()
            optimizer.step()
            train_loss += loss.item()
            _, predicted = torch.max(output.data, 1)
            train_total += target.size(0)
            train_correct += (predicted == target).sum().item()
            if batch_idx % 100 == 0:
                print(f'Эпоха {epoch+1}/{epochs}, Батч {batch_idx}/{len(train_loader)}, Loss: {loss.item():.4f}')
        model.eval()
        test_loss, test_correct, test_total = 0.0, 0, 0
        with torch.no_grad():
            for data, target in test_loader:
                output = model(data)
                test_loss += criterion(output, target).item()
                _, predicted = torch.max(output.data, 1)
                test_total += target.size(0)
                test_correct += (predicted == target).sum().item()
        print(f'Эпоха {epoch+1}/{epochs}:')
        print(f'  Обучение  - Loss: {train_loss / len(train_loader):.4f}, Accuracy: {100. * train_correct / train_total:.2f}%')
        print(f'  Валидация - Loss: {test_loss / len(test_loader):.4f}, Accuracy: {100. * test_correct / test_total:.2f}%')
    print(f"Время обучения: {time.time() - start:.1f} с")
    print(f"final_test_acc {100. * test_correct / test_total:.2f}")


if __name__ == "__main__":
    main()
