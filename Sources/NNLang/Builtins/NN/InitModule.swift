import NN
import NNAutograd
import NNTensor

/// The module `torch.nn.init`: in-place initialisation of parameters (outside autograd, from
/// nn's seeded generator). Each function returns the tensor it filled, as PyTorch's do.
enum InitModule {
    @Sendable static func register(_ m: ModuleObject, _ rt: Runtime) throws {
        func fill(_ name: String, _ parameters: String, _ doc: String, _ body: @escaping (Variable, BoundArguments) throws -> Void) {
            m.torch(name, parameters, doc: doc) { a, _ in
                let v = try a.tensor(0)
                try body(v, a)
                return a[0]
            }
        }
        fill("uniform_", "tensor, a=0.0, b=1.0, generator=None", "Fills with U(a, b).") { v, a in
            try Init.uniform(v, a: try a.double(1), b: try a.double(2))
        }
        fill("normal_", "tensor, mean=0.0, std=1.0, generator=None", "Fills with N(mean, std²).") { v, a in
            try Init.normal(v, mean: try a.double(1), std: try a.double(2))
        }
        fill("constant_", "tensor, val", "Fills with val.") { v, a in Init.constant(v, try a.double(1)) }
        fill("ones_", "tensor", "Fills with 1.") { v, _ in Init.ones(v) }
        fill("zeros_", "tensor", "Fills with 0.") { v, _ in Init.zeros(v) }
        fill("xavier_uniform_", "tensor, gain=1.0, generator=None", "Glorot uniform: U(±gain·√(6/(fan_in + fan_out))).") { v, a in
            try Init.xavierUniform(v, gain: try a.double(1))
        }
        fill("xavier_normal_", "tensor, gain=1.0, generator=None", "Glorot normal: N(0, gain²·2/(fan_in + fan_out)).") { v, a in
            try Init.xavierNormal(v, gain: try a.double(1))
        }
        fill("kaiming_uniform_", "tensor, a=0, mode='fan_in', nonlinearity='leaky_relu', generator=None",
             "He uniform: U(±gain·√(3/fan)).") { v, a in
            try Init.kaimingUniform(v, a: try a.double(1), mode: try fanMode(a, 2), nonlinearity: try a.string(3))
        }
        fill("kaiming_normal_", "tensor, a=0, mode='fan_in', nonlinearity='leaky_relu', generator=None",
             "He normal: N(0, gain²/fan).") { v, a in
            try Init.kaimingNormal(v, a: try a.double(1), mode: try fanMode(a, 2), nonlinearity: try a.string(3))
        }
        fill("eye_", "tensor", "Fills a 2-D tensor with the identity matrix.") { v, _ in
            guard v.ndim == 2 else { throw ScriptError.valueError("Only tensors with 2 dimensions are supported") }
            try v.data.assign(from: try Tensor.eye(v.shape[0], v.shape[1], dtype: v.dtype))
        }
        m.fn("calculate_gain", "nonlinearity, param=None", doc: "The recommended gain for a nonlinearity ('relu': √2, 'tanh': 5/3…).") { a, _ in
            .float(try TensorErrors.torch { try Init.calculateGain(try a.string(0), param: try a.optionalDouble(1)) })
        }
    }

    private static func fanMode(_ a: BoundArguments, _ i: Int) throws -> Init.FanMode {
        let text = try a.string(i)
        guard let mode = Init.FanMode(rawValue: text) else {
            throw ScriptError.valueError("Mode \(text) not supported, please use one of fan_in, fan_out")
        }
        return mode
    }
}

/// The module `torch.nn.utils`: gradient clipping.
enum NNUtilsModule {
    @Sendable static func register(_ m: ModuleObject, _ rt: Runtime) throws {
        m.torch("clip_grad_norm_", "parameters, max_norm, norm_type=2.0, error_if_nonfinite=False, foreach=None",
                doc: "Rescales the gradients so their total norm is at most max_norm; returns the norm before clipping.") { a, rt in
            let params = try parameterList(a[0], rt)
            let norm = try GradientClipping.clipGradNorm(params, maxNorm: try a.double(1), normType: try a.double(2),
                                                         errorIfNonfinite: try a.bool(3))
            return .tensor(norm)
        }
        m.torch("clip_grad_value_", "parameters, clip_value, foreach=None", doc: "Clamps every gradient element to [-clip_value, clip_value].") { a, rt in
            try GradientClipping.clipGradValue(try parameterList(a[0], rt), clipValue: try a.double(1))
            return .none
        }
        m.torch("parameters_to_vector", "parameters", doc: "Every parameter flattened and concatenated.") { a, rt in
            let params = try parameterList(a[0], rt)
            return .tensor(try Variable.cat(try params.map { try $0.reshape([-1]) }, dim: 0))
        }
    }

    /// One tensor or an iterable of tensors.
    static func parameterList(_ value: Value, _ rt: Runtime) throws -> [Variable] {
        if let v = value.torchVariable { return [v] }
        return try rt.toArray(value).map { item in
            guard let v = item.torchVariable else {
                throw ScriptError.typeError("expected Tensors, but one of the parameters is \(item.typeName)")
            }
            return v
        }
    }
}
