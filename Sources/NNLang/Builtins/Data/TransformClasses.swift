import NNData

/// The classes of `torchvision.transforms`: `ToTensor`, `Normalize`, `Compose`, `Lambda`.
enum TransformClasses {
    nonisolated(unsafe) static let all: [ClassObject] = {
        // Immutable after its thread-safe lazy initialisation.
        [toTensor(), normalize(), compose(), lambda()]
    }()

    private static func make(_ name: String, _ parameters: String, doc: String,
                             _ build: @escaping (BoundArguments, Runtime, ClassObject) throws -> TransformObject) -> ClassObject {
        let c = ClassObject.native(name, module: "torchvision.transforms.transforms", doc: doc)
        c.subclassable = false
        c.constructor = BuiltinFunction("\(name).__init__", parameters, doc: doc) { [unowned c] a, rt in
            .native(try build(a, rt, c))
        }
        return c
    }

    private static func toTensor() -> ClassObject {
        make("ToTensor", "", doc: "Image bytes [H, W] (0…255) → float32 [1, H, W] in [0, 1].") { _, _, c in
            TransformObject(.toTensor, cls: c)
        }
    }

    private static func normalize() -> ClassObject {
        make("Normalize", "mean, std, inplace=False",
                   doc: "(x − mean[c]) / std[c] per channel of a float image.") { a, rt, c in
            TransformObject(.normalize(mean: try numbers(a[0], rt), std: try numbers(a[1], rt)), cls: c)
        }
    }

    private static func compose() -> ClassObject {
        make("Compose", "transforms", doc: "The transforms applied in order.") { a, rt, c in
            let parts = try rt.toArray(a[0])
            let steps = try parts.map { v throws -> Transform in
                guard let t = try TransformObject.transform(from: v, rt) else {
                    throw ScriptError.typeError("Compose takes transforms, not None")
                }
                return t
            }
            return TransformObject(.compose(steps), cls: c, parts: parts)
        }
    }

    private static func lambda() -> ClassObject {
        make("Lambda", "lambd", doc: "A user function applied to each image.") { a, rt, c in
            guard try rt.hasAttribute(a[0], "__call__") || isCallable(a[0]) else {
                throw ScriptError.typeError("argument should be callable, got \(a[0].typeName)")
            }
            return TransformObject(.custom(name: "Lambda()", body: TransformObject.callBody(a[0], rt)), cls: c)
        }
    }

    private static func isCallable(_ v: Value) -> Bool {
        switch v {
        case .function, .builtin, .method, .type: return true
        default: return false
        }
    }

    /// A number or a sequence of numbers (`0.5`, `(0.2860,)`, `[0.5, 0.5, 0.5]`).
    private static func numbers(_ v: Value, _ rt: Runtime) throws -> [Double] {
        if let d = v.asDouble, v.torchVariable == nil { return [d] }
        if let t = v.torchVariable?.data ?? v.ndarrayTensor {
            return try TensorErrors.torch { try t.converted(to: .float64).contiguous().scalars(as: Double.self) }
        }
        return try rt.toArray(v).map { item throws(ScriptError) -> Double in
            guard let d = item.asDouble else { throw ScriptError.typeError("Normalize takes numbers, not \(item.typeName)") }
            return d
        }
    }
}
