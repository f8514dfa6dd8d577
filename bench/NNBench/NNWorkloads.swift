import Foundation
import NNAutograd
import NNTensor
import NN

/// Training-step benchmarks at the Swift API level, beside their PyTorch twins (bench/py, and
/// bench/scripts for the MLP step, whose script pair prints PyTorch's in-process median).
func nnWorkloads() -> [Workload] {
    var out: [Workload] = []

    // Linear(784, 512) → ReLU → Linear(512, 10), cross-entropy, backward, Adam, batch 128:
    // the same step bench/scripts/mlp_step.py times in PyTorch (and mlp_step.nn in the language).
    Random.seed(0)
    let model = Sequential([try! Linear(inFeatures: 784, outFeatures: 512), Activation(.relu()),
                            try! Linear(inFeatures: 512, outFeatures: 10)])
    let optimizer = try! Adam(model.parameters(), lr: 0.001)
    let x = Variable(try! Tensor.uniform([128, 784], dtype: .float32))
    let y = Variable(try! Tensor.randint(low: 0, high: 10, shape: [128]))
    let criterion = try! Loss(.crossEntropy())
    out.append(Workload(
        name: "nn.mlp_step.784-512-10.b128",
        detail: "zero_grad + forward + cross-entropy + backward + Adam step (float32)",
        body: {
            optimizer.zeroGrad()
            let loss = try! criterion(model(x), y)
            try! loss.backward()
            try! optimizer.step()
            return loss.data.doubleElement(at: 0)
        }))

    // The pieces, to see where the time goes.
    out.append(Workload(
        name: "nn.mlp_forward.b128",
        detail: "forward + cross-entropy only, graph recorded",
        body: { try! criterion(model(x), y).data.doubleElement(at: 0) }))
    out.append(Workload(
        name: "nn.mlp_forward.no_grad.b128",
        detail: "forward + cross-entropy without recording (inference)",
        body: { try! GradMode.withNoGrad { try criterion(model(x), y) }.data.doubleElement(at: 0) }))
    for p in model.parameters() { p.grad = Variable(try! Tensor.ones(p.shape, dtype: .float32)) }
    let adamOnly = try! Adam(model.parameters(), lr: 0.001)
    out.append(Workload(
        name: "nn.adam_step.407k",
        detail: "Adam step over the MLP's 407,050 parameters",
        body: { try! adamOnly.step(); return 0 }))

    // Seed 003's convolutional Net (conv 1→32→64, max pool, dropout, 9216→128→10) on a batch
    // of 64 MNIST-sized images: the step bench/py/conv_step.py times in PyTorch.
    let conv1 = try! Conv2d(inChannels: 1, outChannels: 32, kernelSize: 3)
    let conv2 = try! Conv2d(inChannels: 32, outChannels: 64, kernelSize: 3)
    let net = Sequential([conv1, Activation(.relu()), conv2, Activation(.relu()), MaxPool2d(kernelSize: 2),
                          try! Dropout(p: 0.25, channelwise: true), Flatten(), try! Linear(inFeatures: 9216, outFeatures: 128),
                          Activation(.relu()), try! Dropout(p: 0.5), try! Linear(inFeatures: 128, outFeatures: 10)])
    let convOptimizer = try! Adam(net.parameters(), lr: 0.001)
    let images = Variable(try! Tensor.uniform([64, 1, 28, 28], dtype: .float32))
    let labels = Variable(try! Tensor.randint(low: 0, high: 10, shape: [64]))
    out.append(Workload(
        name: "nn.conv_step.lecture3.b64",
        detail: "seed 003's Net: forward + cross-entropy + backward + Adam step, batch 64 of 1x28x28",
        body: {
            convOptimizer.zeroGrad()
            let loss = try! criterion(net(images), labels)
            try! loss.backward()
            try! convOptimizer.step()
            return loss.data.doubleElement(at: 0)
        }))
    return out
}
