import NNAutograd
import NNData
import NNTensor

/// A torchvision transform (`transforms.ToTensor()`, `Normalize(mean, std)`, `Compose([...])`,
/// `Lambda(fn)`) as an nn value: callable on an image, printed as torchvision prints it, and
/// handed to datasets as data so they can fuse `ToTensor` + `Normalize` into one pass.
final class TransformObject: NativeObject {
    let transform: Transform
    /// The values a `Compose` was built from (`compose.transforms`).
    let parts: [Value]
    let cls: ClassObject

    init(_ transform: Transform, cls: ClassObject, parts: [Value] = []) {
        self.transform = transform
        self.cls = cls
        self.parts = parts
    }

    override var nativeType: ClassObject { cls }

    override var isCallable: Bool { true }

    /// `t(image)`: an int64 `[H, W]` image (nn's stand-in for a PIL image), a NumPy array or a
    /// float tensor, through the steps.
    override func call(_ args: Arguments, owner: Value, _ rt: Runtime) throws -> Value {
        guard args.positional.count == 1, args.keywords.isEmpty else {
            throw ScriptError.typeError("\(cls.name).__call__() takes 2 positional arguments but \(args.positional.count + 1) were given")
        }
        let input = args.positional[0]
        guard let t = input.torchVariable?.data ?? input.ndarrayTensor else {
            throw ScriptError.typeError("\(cls.name) takes an image tensor or a NumPy array, not \(input.typeName)")
        }
        return .tensor(try TensorErrors.torch { try transform.apply(t) })
    }

    override func getAttribute(_ name: String, owner: Value, _ rt: Runtime) throws -> Value? {
        switch (transform, name) {
        case (.compose, "transforms"): return .list(ListObject(parts))
        case (.normalize(let mean, _), "mean"): return .tuple(mean.map(Value.float))
        case (.normalize(_, let std), "std"): return .tuple(std.map(Value.float))
        default: return nil
        }
    }

    override func repr(_ rt: Runtime) throws -> String { transform.description }

    /// The transform a `transform=` argument gives: a transform object, any callable (applied
    /// to each image), or None.
    static func transform(from value: Value, _ rt: Runtime) throws -> Transform? {
        switch value {
        case .none: return nil
        case .native(let t as TransformObject): return t.transform
        default:
            guard try rt.hasAttribute(value, "__call__") || isFunction(value) else {
                throw ScriptError.typeError("a transform must be callable, not \(value.typeName)")
            }
            return .custom(name: try rt.repr(value), body: callBody(value, rt))
        }
    }

    /// A closure that calls the script's `fn` on an image tensor and reads a tensor back.
    static func callBody(_ fn: Value, _ rt: Runtime) -> (Tensor) throws -> Tensor {
        { [weak rt] image in
            guard let rt else { throw ScriptError.runtimeError("the session of this transform has ended") }
            let result = try rt.call(fn, .tensor(image))
            guard let t = result.torchVariable?.data ?? result.ndarrayTensor else {
                throw ScriptError.typeError("a transform must return a tensor, but \(try rt.repr(fn)) returned \(result.typeName)")
            }
            return t
        }
    }

    private static func isFunction(_ v: Value) -> Bool {
        switch v {
        case .function, .builtin, .method, .type: return true
        default: return false
        }
    }
}
