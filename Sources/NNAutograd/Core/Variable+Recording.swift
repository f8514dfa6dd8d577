import NNTensor

/// Recording differentiable operations.
///
/// Every primitive follows one pattern, forward and backward side by side:
///
/// ```swift
/// let out = try a.data.binary(.multiply, b.data, flavor: .torch)     // forward
/// guard Variable.isRecording(a, b) else { return Variable(out) }     // nothing recorded
/// let (x, y) = (a.data, b.data)                                      // saved tensors
/// return Variable.recorded(out, "MulBackward0", [a, b]) { g in       // backward
///     [try Grad.reduce(g * y, like: x), try Grad.reduce(g * x, like: y)]
/// }
/// ```
///
/// When grad mode is off or no input requires grad, the closure is never formed: an operation
/// on plain tensors costs the forward computation and one object.
extension Variable {
    /// True when an operation on `a` must be recorded.
    @inline(__always)
    public static func isRecording(_ a: Variable) -> Bool {
        a.requiresGrad && GradMode.isEnabled
    }

    /// True when an operation on `a` and `b` must be recorded.
    @inline(__always)
    public static func isRecording(_ a: Variable, _ b: Variable) -> Bool {
        (a.requiresGrad || b.requiresGrad) && GradMode.isEnabled
    }

    /// True when an operation on `inputs` must be recorded.
    public static func isRecording(_ inputs: [Variable]) -> Bool {
        inputs.contains { $0.requiresGrad } && GradMode.isEnabled
    }

    /// The result `data` of an operation on `inputs`, recorded as node `name` whose gradient
    /// function `backward` maps the output's gradient to one gradient per input (in the order
    /// of `inputs`; nil or anything for inputs that do not require grad — those are never
    /// used). `saves: false` marks operations that saved no tensors: PyTorch lets them run
    /// backward a second time without `retain_graph`.
    ///
    /// Gradients must have the input's shape, or broadcast to it (the engine then sums them
    /// down, as PyTorch's does); they are converted to the input's dtype.
    public static func recorded(_ data: Tensor, _ name: String, _ inputs: [Variable], saves: Bool = true,
                                backward: @escaping BackwardFunction) -> Variable {
        var edges: [Edge?] = []
        edges.reserveCapacity(inputs.count)
        for v in inputs {
            if !v.requiresGrad { edges.append(nil) } else if let fn = v.gradFn { edges.append(.node(fn)) } else { edges.append(.leaf(v)) }
        }
        let node = Node(name: name, edges: edges, savesTensors: saves, outputShape: data.shape,
                        outputDType: data.dtype, backward: backward)
        return Variable(data: data, gradFn: node)
    }

    /// Applies an in-place operation (`x += y`, `x.clamp_(0, 1)`, `x[0] = v`) computed by
    /// `compute` from `self`, as PyTorch does:
    /// - with grad mode on, a leaf that requires grad refuses (`inPlaceOnLeaf`);
    /// - when nothing is recorded the result is written into the existing storage
    ///   (shared-write: every view sees it), keeping this variable's dtype; a float result
    ///   into an integer tensor is refused like PyTorch's "result type ... can't be cast";
    /// - when the operation is recorded (the result requires grad), this variable takes the
    ///   result's history (a leaf result is recorded as `CopyBackwards`). The values
    ///   move to new storage so tensors saved by earlier operations keep theirs (gradients stay
    ///   right; views taken earlier do not see the change). A smaller result is broadcast to this
    ///   variable's shape; a larger one is an error.
    public func modifyInPlace(_ compute: (Variable) throws -> Variable) throws {
        if GradMode.isEnabled && requiresGrad && isLeaf { throw AutogradError.inPlaceOnLeaf }
        var result = try compute(self)
        if result.dtype.isFloatingPoint && !dtype.isFloatingPoint || result.dtype != .bool && dtype == .bool {
            throw TensorError.inPlaceCast(op: "in-place", from: result.dtype, to: dtype)
        }
        if GradMode.isEnabled && requiresGrad && !result.requiresGrad {
            // A value that does not depend on the old history (`zero_()`, `fill_()`, `copy_`
            // from a constant): the old history now receives a zero gradient.
            result = Variable.recorded(result.data, "CopyBackwards", [self], saves: false) { g in [try g.zerosLike()] }
        }
        if GradMode.isEnabled && result.requiresGrad {
            if result.isLeaf {
                // `x.copy_(leaf)`: the copy itself is the recorded operation.
                result = Variable.recorded(result.data, "CopyBackwards", [result], saves: false) { g in [g] }
            }
            // An in-place result keeps this variable's shape: a smaller one is broadcast up,
            // a larger one is PyTorch's "output with shape ... doesn't match the broadcast shape".
            if result.shape != shape {
                guard (try? Shape.broadcast(result.shape, shape)) == shape else {
                    throw TensorError.inPlaceBroadcast(target: shape, shape: result.shape)
                }
                result = try result.expand(shape).contiguous()
            }
            data = try result.data.converted(to: dtype)
            gradFn = result.gradFn
            requiresGrad = true
        } else {
            try data.assign(from: result.data)
        }
    }
}
