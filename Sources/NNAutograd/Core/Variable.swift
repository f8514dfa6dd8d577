import NNTensor

/// A tensor that takes part in automatic differentiation — what PyTorch calls `torch.Tensor`.
///
/// A `Variable` is a reference: the language's tensor values, a module's parameters and an
/// optimizer's parameter list all point at the same object, so `p.grad` set by `backward()` is
/// seen by the optimizer, and an update through `p.data` (shared-write, see NNTensor's README)
/// is seen by the model.
///
/// - `data`: the values. Operations on variables read it; in-place updates outside the graph
///   (optimizers, `with torch.no_grad():`) write into its storage.
/// - `requiresGrad`: whether operations on it are recorded. Only floating-point tensors can
///   require grad.
/// - `gradFn`: the recorded operation that produced it (nil for leaves).
/// - `grad`: the accumulated gradient, filled by `backward()` for leaves that require grad
///   (and for non-leaves that called `retainGrad()`).
public final class Variable {
    /// The values (shared with every view made from them).
    public var data: Tensor
    /// The accumulated gradient, or nil (PyTorch's `None`).
    public var grad: Variable?
    /// Whether operations on this variable are recorded for backward.
    public internal(set) var requiresGrad: Bool
    /// The operation that produced this variable (nil for leaves).
    public internal(set) var gradFn: Node?
    /// True for module parameters (`nn.Parameter`), which print as "Parameter containing:".
    public var isParameter = false
    /// True after `retainGrad()` on a non-leaf.
    public private(set) var retainsGrad = false

    /// A leaf that does not require grad.
    public init(_ data: Tensor) {
        self.data = data
        self.requiresGrad = false
    }

    /// A leaf, requiring grad when asked (floating-point dtypes only).
    public init(_ data: Tensor, requiresGrad: Bool) throws {
        if requiresGrad && !data.dtype.isFloatingPoint { throw AutogradError.requiresGradDType(data.dtype) }
        self.data = data
        self.requiresGrad = requiresGrad
    }

    /// A parameter: a leaf that requires grad (`nn.Parameter(t)`; `requiresGrad: false` for a
    /// frozen one).
    public static func parameter(_ data: Tensor, requiresGrad: Bool = true) throws -> Variable {
        let v = try Variable(data, requiresGrad: requiresGrad)
        v.isParameter = true
        return v
    }

    /// The output of a recorded operation.
    init(data: Tensor, gradFn: Node) {
        self.data = data
        self.requiresGrad = true
        self.gradFn = gradFn
    }

    /// True for variables created by the user rather than by a recorded operation.
    public var isLeaf: Bool { gradFn == nil }

    public var shape: [Int] { data.shape }
    public var dtype: DType { data.dtype }
    public var ndim: Int { data.ndim }
    /// Number of elements (`numel()`).
    public var count: Int { data.count }

    /// `requires_grad_(flag)` / `x.requires_grad = flag`: only leaves may change it (a non-leaf
    /// that requires grad may be told `true` again), and only floating-point tensors may
    /// require grad.
    public func setRequiresGrad(_ flag: Bool) throws {
        if !isLeaf {
            if flag { return }
            throw AutogradError.requiresGradOnNonLeaf
        }
        if flag && !dtype.isFloatingPoint { throw AutogradError.requiresGradDType(dtype) }
        requiresGrad = flag
    }

    /// A new leaf sharing `data`'s storage, outside the graph (`detach()`).
    public func detach() -> Variable { Variable(data) }

    /// Keeps the gradient of this non-leaf in `grad` after backward (`retain_grad()`); a
    /// no-op on leaves, an error on tensors that do not require grad.
    public func retainGrad() throws {
        guard requiresGrad else { throw AutogradError.retainGradWithoutRequiresGrad }
        guard let fn = gradFn else { return }
        fn.retainedVariable = self
        retainsGrad = true
    }

    /// `numpy()`: the data of a tensor that does not require grad (PyTorch refuses otherwise).
    public func dataForNumPy() throws -> Tensor {
        if requiresGrad { throw AutogradError.numpyOfRequiresGrad }
        return data
    }

    /// The single element of a one-element tensor (`item()`).
    public func item() throws -> Scalar { try data.item() }

    /// The name PyTorch prints in `grad_fn=<...>`, if any.
    public var gradFnName: String? { gradFn?.name }

    /// What PyTorch appends inside a tensor's repr: `grad_fn=<MulBackward0>` for results of
    /// recorded operations, `requires_grad=True` for leaves that require grad.
    public var reprSuffixes: [String] {
        if let name = gradFn?.name { return ["grad_fn=<\(name)>"] }
        return requiresGrad ? ["requires_grad=True"] : []
    }

    /// PyTorch's repr: `tensor([1., 2.], requires_grad=True)`, `Parameter containing:\n...`.
    public func torchRepr(options: TorchPrintOptions = TorchPrintOptions()) -> String {
        let body = data.torchRepr(options: options, suffixes: reprSuffixes)
        return isParameter ? "Parameter containing:\n" + body : body
    }
}
