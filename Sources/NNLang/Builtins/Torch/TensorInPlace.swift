import NNAutograd
import NNTensor

/// The in-place tensor methods (`add_ sub_ mul_ div_ clamp_ zero_ fill_ copy_ normal_
/// uniform_`…). They follow PyTorch's rules through `Variable.modifyInPlace`: refused on a leaf
/// that requires grad while recording, written through shared storage otherwise (every view
/// sees the change), and they return the tensor itself.
enum TensorInPlace {
    static func register(_ c: ClassObject) {
        for (name, kind) in [("add_", 0), ("sub_", 1)] {
            c.torch(name, "other, *, alpha=1", doc: "self \(kind == 0 ? "+=" : "-=") alpha * other, in place.") { a, _ in
                let alpha = try a.double(1) * (kind == 0 ? 1 : -1)
                let other = try a.tensorOrScalar(0)
                return try update(a) { x in
                    switch other {
                    case .scalar(let s): return try x.add(.float(s.doubleValue * alpha))
                    case .tensor(let y): return try x.add(y, alpha: alpha)
                    }
                }
            }
        }
        for (name, isMul) in [("mul_", true), ("div_", false)] {
            c.torch(name, "other", doc: "self \(isMul ? "*=" : "/=") other, in place.") { a, _ in
                let other = try a.tensorOrScalar(0)
                return try update(a) { x in
                    switch other {
                    case .scalar(let s): return isMul ? try x.mul(s) : try x.div(s)
                    case .tensor(let y): return isMul ? try x.mul(y) : try x.div(y)
                    }
                }
            }
        }
        c.torch("pow_", "exponent", doc: "self **= exponent, in place.") { a, _ in
            let e = try a.tensorOrScalar(0)
            return try update(a) { x in
                switch e {
                case .scalar(let s): return try x.pow(s)
                case .tensor(let y): return try x.pow(y)
                }
            }
        }
        for name in ["clamp_", "clip_"] {
            c.torch(name, "min=None, max=None", doc: "Elements limited to [min, max], in place.") { a, _ in
                try update(a) { x in try TorchOps.clamp(x, a[0], a[1], name) }
            }
        }
        let unary: [(String, (Variable) throws -> Variable)] = [
            ("relu_", { try $0.relu() }), ("sigmoid_", { try $0.sigmoid() }), ("tanh_", { try $0.tanh() }),
            ("exp_", { try $0.exp() }), ("abs_", { try $0.abs() }), ("neg_", { try $0.neg() }), ("sqrt_", { try $0.sqrt() }),
        ]
        for (name, f) in unary {
            c.torch(name, "", doc: "\(name.dropLast())(self), in place.") { a, _ in try update(a, f) }
        }
        c.torch("zero_", "", doc: "Sets every element to 0.") { a, _ in
            try update(a) { x in Variable(try x.data.zerosLike()) }
        }
        c.torch("fill_", "value", doc: "Sets every element to value.") { a, _ in
            let s = try TorchCreation.scalar(a[0], "fill_", "value")
            return try update(a) { x in Variable(try Tensor.full(x.shape, s, dtype: x.dtype)) }
        }
        c.torch("copy_", "src, non_blocking=False", doc: "Copies src's values (broadcast, converted) into self.") { a, _ in
            let src = try TensorArguments.variable(a[0], function: "copy_", parameter: "src", position: 1, acceptArrayLike: false)
            return try update(a) { _ in src }
        }
        c.torch("normal_", "mean=0, std=1, *, generator=None", doc: "Fills with normal samples.") { a, _ in
            let mean = try a.double(0), std = try a.double(1)
            return try update(a) { x in Variable(try Tensor.normal(x.shape, mean: mean, std: std, dtype: try TorchCreation.floating(x.dtype, "normal_"))) }
        }
        c.torch("uniform_", "a=0, b=1, *, generator=None", doc: "Fills with uniform samples in [a, b).") { a, _ in
            let low = try a.double(0), high = try a.double(1)
            return try update(a) { x in
                Variable(try Tensor.uniform(x.shape, low: low, high: high, dtype: try TorchCreation.floating(x.dtype, "rand")))
            }
        }
    }

    /// Applies `compute` to the receiver in place and returns the receiver.
    static func update(_ a: BoundArguments, _ compute: (Variable) throws -> Variable) throws -> Value {
        let x = try a.selfTensor
        try x.modifyInPlace(compute)
        return a.receiver
    }
}
