import Testing
import NNTensor
@testable import NNAutograd

/// Bad input to the primitives: the error, its Python exception and its message. Expected
/// messages are PyTorch 2.15's (printed by running each call in /work/refvenv).
@Suite struct ErrorTests {
    private func x34() throws -> Variable { try Variable(Tensor.zeros([3, 4], dtype: .float32), requiresGrad: true) }
    private func targets(_ v: [Int64]) -> Variable { Variable(Tensor(v)) }

    private func expectError(_ exception: String, _ message: String, _ body: () throws -> Void,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            try body()
            Issue.record("no error; expected \(message)", sourceLocation: sourceLocation)
        } catch let e as AutogradError {
            #expect(e.exceptionName == exception, sourceLocation: sourceLocation)
            #expect(e.message == message, sourceLocation: sourceLocation)
        } catch let e as TensorError {
            #expect(e.exceptionName(.torch) == exception, sourceLocation: sourceLocation)
            #expect(e.message(.torch) == message, sourceLocation: sourceLocation)
        } catch {
            Issue.record("unexpected \(error)", sourceLocation: sourceLocation)
        }
    }

    @Test func lossTargets() throws {
        let x = try x34()
        expectError("IndexError", "Target 10 is out of bounds.") { _ = try x.crossEntropy(targets([0, 1, 10])) }
        expectError("IndexError", "Target -1 is out of bounds.") { _ = try x.crossEntropy(targets([0, 1, -1])) }
        expectError("ShapeError", "Expected input batch_size (3) to match target batch_size (2).") {
            _ = try x.crossEntropy(targets([0, 1]))
        }
        expectError("RuntimeError", "expected target dtype to be Long or Byte, but got Float") {
            _ = try x.crossEntropy(Variable(Tensor([Float(0), 1, 2])))
        }
        expectError("ValueError", "Expected 1 or more dimensions (got 0)") {
            _ = try Variable(Tensor(scalar: .float(1), dtype: .float32)).nllLoss(Variable(Tensor(scalar: .int(1), dtype: .int64)))
        }
        expectError("RuntimeError", "0D or 1D target tensor expected, multi-target not supported") {
            _ = try x.nllLoss(Variable(Tensor.zeros([3, 1], dtype: .int64)))
        }
        expectError("ValueError", "avg is not a valid value for reduction") { _ = try Reduction(parsing: "avg") }
    }

    @Test func binaryLosses() throws {
        let p = try Variable(Tensor.full([3, 1], .float(0.5), dtype: .float32))
        let t = try Variable(Tensor.full([3], .float(0.5), dtype: .float32))
        expectError("ShapeError", "Using a target size (torch.Size([3])) that is different to the input size (torch.Size([3, 1])) is deprecated. Please ensure they have the same size.") {
            _ = try p.binaryCrossEntropy(t)
        }
        expectError("ShapeError", "Target size (torch.Size([3])) must be the same as input size (torch.Size([3, 1]))") {
            _ = try p.binaryCrossEntropyWithLogits(t)
        }
        expectError("RuntimeError", "all elements of input should be between 0 and 1") {
            _ = try Variable(Tensor([Float(1.5)])).binaryCrossEntropy(Variable(Tensor([Float(1)])))
        }
        expectError("ShapeError", "The size of tensor a (2) must match the size of tensor b (4) at non-singleton dimension 1") {
            _ = try Variable(Tensor.zeros([3, 2], dtype: .float32)).mseLoss(Variable(Tensor.zeros([4], dtype: .float32)))
        }
    }

    @Test func layers() throws {
        let w = try Variable(Tensor.zeros([2, 3], dtype: .float32))
        expectError("ShapeError", "mat1 and mat2 shapes cannot be multiplied (5x4 and 3x2)") {
            _ = try Variable.linear(Variable(Tensor.zeros([5, 4], dtype: .float32)), weight: w, bias: nil)
        }
        expectError("ShapeError", "mat1 and mat2 shapes cannot be multiplied (1x4 and 3x2)") {
            _ = try Variable.linear(Variable(Tensor.zeros([4], dtype: .float32)), weight: w, bias: nil)
        }
        expectError("ShapeError", "both arguments to linear need to be at least 1D, but they are 0D and 2D") {
            _ = try Variable.linear(Variable(Tensor(scalar: .float(1), dtype: .float32)), weight: w, bias: nil)
        }
        expectError("RuntimeError", "mat1 and mat2 must have the same dtype, but got Long and Float") {
            _ = try Variable.linear(Variable(Tensor.zeros([5, 3], dtype: .int64)), weight: w, bias: nil)
        }
        let k = try Variable(Tensor.zeros([4, 1, 3, 3], dtype: .float32))
        expectError("ShapeError", "Given groups=1, weight of size [4, 1, 3, 3], expected input[2, 3, 8, 8] to have 1 channels, but got 3 channels instead") {
            _ = try Variable.conv2d(Variable(Tensor.zeros([2, 3, 8, 8], dtype: .float32)), weight: k, bias: nil)
        }
        expectError("ShapeError", "Calculated padded input size per channel: (2 x 2). Kernel size: (3 x 3). Kernel size can't be greater than actual input size") {
            _ = try Variable.conv2d(Variable(Tensor.zeros([2, 1, 2, 2], dtype: .float32)), weight: k, bias: nil)
        }
        expectError("ShapeError", "Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: [2, 64]") {
            _ = try Variable.conv2d(Variable(Tensor.zeros([2, 64], dtype: .float32)), weight: k, bias: nil)
        }
        expectError("ShapeError", "Given input size: (1x1x1). Calculated output size: (1x0x0). Output size is too small") {
            _ = try Variable.maxPool2d(Variable(Tensor.zeros([1, 1, 1, 1], dtype: .float32)), options: Pool2dOptions(kernel: (2, 2)))
        }
        expectError("RuntimeError", "non-empty 3D or 4D (batch mode) tensor expected for input") {
            _ = try Variable.avgPool2d(Variable(Tensor.zeros([4], dtype: .float32)), options: Pool2dOptions(kernel: (2, 2)))
        }
        expectError("RuntimeError", "pad should be at most half of effective kernel size, but got pad=2, kernel_size=2 and dilation=1") {
            _ = try Variable.maxPool2d(Variable(Tensor.zeros([1, 1, 4, 4], dtype: .float32)),
                                       options: Pool2dOptions(kernel: (2, 2), padding: (2, 2)))
        }
        expectError("ValueError", "Expected more than 1 value per channel when training, got input size torch.Size([1, 4])") {
            _ = try Variable.batchNorm(Variable(Tensor.zeros([1, 4], dtype: .float32)), runningMean: nil, runningVar: nil,
                                       weight: nil, bias: nil, training: true)
        }
        expectError("ShapeError", "running_mean should contain 3 elements not 4") {
            _ = try Variable.batchNorm(Variable(Tensor.zeros([2, 3], dtype: .float32)), runningMean: Tensor.zeros([4], dtype: .float32),
                                       runningVar: Tensor.ones([4], dtype: .float32), weight: nil, bias: nil, training: true)
        }
        expectError("IndexError", "index out of range in self") {
            _ = try Variable.embedding(Tensor([Int64(5)]), weight: Variable(Tensor.ones([3, 2], dtype: .float32)))
        }
        expectError("ValueError", "dropout probability has to be between 0 and 1, but got 1.5") {
            _ = try w.dropout(p: 1.5)
        }
    }

    @Test func dimensionsAndDtypes() throws {
        let x = try x34()
        expectError("IndexError", "Dimension out of range (expected to be in range of [-2, 1], but got 2)") { _ = try x.softmax(dim: 2) }
        expectError("IndexError", "Dimension out of range (expected to be in range of [-2, 1], but got 3)") { _ = try x.sum(dims: [3]) }
        expectError("IndexError", "Dimension out of range (expected to be in range of [-2, 1], but got 5)") { _ = try x.max(dim: 5) }
        expectError("NotImplementedError", "\"leaky_relu_cpu\" not implemented for 'Long'") {
            _ = try Variable(Tensor([Int64(1)])).leakyRelu()
        }
        expectError("NotImplementedError", "\"log_softmax_lastdim_kernel_impl\" not implemented for 'Long'") {
            _ = try Variable(Tensor([Int64(1), 2])).logSoftmax(dim: 0)
        }
        expectError("ShapeError", "Sizes of tensors must match except in dimension 0. Expected size 4 but got size 5 for tensor number 1 in the list.") {
            _ = try Variable.cat([x, Variable(Tensor.ones([2, 5], dtype: .float32))])
        }
        expectError("ShapeError", "shape '[4]' is invalid for input of size 6") {
            _ = try Variable(Tensor.ones([2, 3], dtype: .float32)).view([4])
        }
        // Integer input to a transcendental function computes in float32, as PyTorch.
        #expect(try Variable(Tensor([Int64(0)])).exp().dtype == .float32)
    }
}

/// Extreme arguments become errors or empty results, never traps.
@Suite struct HostileInputTests {
    @Test func extremeSizesAreErrors() throws {
        let x = try Variable(Tensor.ones([1, 1, 4, 4], dtype: .float32), requiresGrad: true)
        let w = try Variable(Tensor.ones([1, 1, 2, 2], dtype: .float32))
        for options in [Conv2dOptions(padding: (Int.max / 2, 0)), Conv2dOptions(stride: (Int.max, 1)),
                        Conv2dOptions(dilation: (Int.max, 1)), Conv2dOptions(stride: (0, 1)), Conv2dOptions(groups: -3)] {
            #expect(throws: (any Error).self) { _ = try Variable.conv2d(x, weight: w, bias: nil, options: options) }
        }
        for options in [Pool2dOptions(kernel: (Int.max, 2)), Pool2dOptions(kernel: (2, 2), stride: (Int.max, 1)),
                        Pool2dOptions(kernel: (0, 2))] {
            #expect(throws: (any Error).self) { _ = try Variable.maxPool2d(x, options: options) }
            #expect(throws: (any Error).self) { _ = try Variable.avgPool2d(x, options: options) }
        }
        #expect(throws: (any Error).self) {
            _ = try Variable.maxPool2d(x, options: Pool2dOptions(kernel: (2, 2), dilation: (Int.min, 1)))
        }
        let v = try Variable(Tensor.ones([5], dtype: .float32), requiresGrad: true)
        #expect(try v.chunk(Int.max).count == 5)
        #expect(try v.split(size: Int.max).count == 1)
        #expect(throws: (any Error).self) { _ = try v.narrow(dim: 0, start: 2, length: Int.max) }
        #expect(throws: (any Error).self) { _ = try v.chunk(0) }
        #expect(throws: (any Error).self) { _ = try v.index([.int(Int.min)]) }
        #expect(throws: (any Error).self) { _ = try v.sum(dims: [Int.min]) }
        #expect(throws: (any Error).self) { _ = try v.softmax(dim: Int.max) }
        #expect(throws: (any Error).self) { _ = try v.dropout(p: .nan) }
        #expect(throws: (any Error).self) { _ = try v.nllLoss(Variable(Tensor([Int64.min]))) }
    }
}
