import Testing
import NNTensor
@testable import NNAutograd

/// Gradient-function names, as `type(y.grad_fn).__name__` prints them in PyTorch 2.15 for the
/// same expression on a (3, 4) float tensor `x` that requires grad.
@Suite struct NameTests {
    private static var s: TensorIndex { TensorIndex.slice(start: 1, stop: 3, step: nil) }
    private static var cases: [(String, [TensorIndex], String)] { [
        ("x[0]", [.int(0)], "SelectBackward0"),
        ("x[:,0]", [.all, .int(0)], "SelectBackward0"),
        ("x[1:3]", [s], "SliceBackward0"),
        ("x[0,1:3]", [.int(0), s], "SliceBackward0"),
        ("x[1:3,0]", [s, .int(0)], "SelectBackward0"),
        ("x[0,:]", [.int(0), .all], "SelectBackward0"),
        ("x[None]", [.newAxis], "UnsqueezeBackward0"),
        ("x[0,None]", [.int(0), .newAxis], "UnsqueezeBackward0"),
        ("x[...,0]", [.ellipsis, .int(0)], "SelectBackward0"),
        ("x[:]", [.all], "SliceBackward0"),
        ("x[:,:]", [.all, .all], "AliasBackward0"),
        ("x[...]", [.ellipsis], "AliasBackward0"),
        ("x[::2]", [.slice(start: nil, stop: nil, step: 2)], "SliceBackward0"),
        ("x[0,[1,2]]", [.int(0), .array(Tensor([Int64(1), 2]))], "IndexBackward0"),
    ] }

    @Test func indexing() throws {
        let x = try Variable(Tensor.ones([3, 4], dtype: .float32), requiresGrad: true)
        for (text, index, name) in NameTests.cases {
            #expect(try x.index(index).gradFnName == name, "\(text)")
        }
    }

    @Test func otherOperations() throws {
        let x = try Variable(Tensor.ones([3, 4], dtype: .float32), requiresGrad: true)
        let v = try Variable(Tensor.ones([4], dtype: .float32), requiresGrad: true)
        let table: [(String, Variable, String?)] = [
            ("x.T", try x.T, "PermuteBackward0"),
            ("x.t()", try x.t(), "TBackward0"),
            ("x.unsqueeze(0).squeeze(0)", try x.unsqueeze(0).squeeze(dim: 0), "SqueezeBackward1"),
            ("x.unsqueeze(0).squeeze()", try x.unsqueeze(0).squeeze(), "SqueezeBackward0"),
            ("x.flatten()", try x.flatten(), "ViewBackward0"),
            ("x.split(2)[0]", try x.split(size: 2)[0], "SplitBackward0"),
            ("x.chunk(2)[1]", try x.chunk(2)[1], "SplitBackward0"),
            ("x.clone()", try x.clone(), "CloneBackward0"),
            ("x.contiguous()", try x.contiguous(), nil),
            ("x.T.contiguous()", try x.T.contiguous(), "CloneBackward0"),
            ("x.double()", try x.to(.float64), "ToCopyBackward0"),
            ("x.float()", try x.to(.float32), nil),
            ("x.sum(dim=(0,1))", try x.sum(dims: [0, 1]), "SumBackward1"),
            ("x.mean(0)", try x.mean(dims: [0]), "MeanBackward1"),
            ("x.max()", try x.max(), "MaxBackward1"),
            ("x.square()", try x.square(), "PowBackward0"),
            ("x.argmax()", try x.argmax(), nil),
            ("v@x.T", try v.matmul(x.T), "SqueezeBackward4"),
            ("F.dropout(x, 0.5)", try x.dropout(p: 0.5), "MulBackward0"),
            ("F.dropout(x, 0.5, training=False)", try x.dropout(p: 0.5, training: false), nil),
            ("x.detach()", x.detach(), nil),
            ("torch.randn(2,3,4) @ torch.randn(2,4,5)",
             try Variable(Tensor.ones([2, 3, 4], dtype: .float32), requiresGrad: true).matmul(Variable(Tensor.ones([2, 4, 5], dtype: .float32))),
             "UnsafeViewBackward0"),
            ("F.linear(x, y)", try Variable.linear(x, weight: x, bias: nil), "MmBackward0"),
            ("F.relu6(x)", try x.relu6(), "HardtanhBackward0"),
            ("F.selu(x)", try x.selu(), "EluBackward0"),
        ]
        for (text, y, name) in table {
            #expect(y.gradFnName == name, "\(text)")
        }
    }
}
