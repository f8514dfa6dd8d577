import NNTensor

/// `torch.Size([8, 4])`: a tensor's shape, which behaves as a tuple of ints (indexing,
/// slicing, `len`, iteration, unpacking, `==` with tuples, hashing like the tuple, `+` with
/// tuples) and shows as PyTorch shows it. `isinstance(s, tuple)` is true, as in PyTorch.
final class SizeObject: NativeObject {
    let dimensions: [Int]

    init(_ dimensions: [Int]) { self.dimensions = dimensions }

    nonisolated(unsafe) static let type: ClassObject = {
        // Immutable after its thread-safe lazy initialisation.
        let c = ClassObject.native("Size", module: "torch", base: BuiltinTypes.shared.tuple,
                                   doc: "A tensor's shape: a tuple of ints.")
        c.subclassable = false
        c.constructor = BuiltinFunction("Size", "sizes=(), /", doc: "A shape from a sequence of ints.") { a, rt in
            var dims: [Int] = []
            for v in try rt.toArray(a[0]) {
                guard let d = v.asIndex else {
                    throw ScriptError.typeError("torch.Size() takes an iterable of 'int' (item \(dims.count) is '\(v.typeName)')")
                }
                dims.append(d)
            }
            return .native(SizeObject(dims))
        }
        c.method("numel", "", doc: "The number of elements a tensor of this shape has.") { a, _ in
            let s = try a.receiver(as: SizeObject.self, typeName: "Size")
            var n = 1
            for d in s.dimensions {
                let (p, o) = n.multipliedReportingOverflow(by: d)
                if o { throw ScriptError.overflow("numel() result does not fit in nn's 64-bit int") }
                n = p
            }
            return .int(n)
        }
        c.method("index", "value, /", doc: "The first position of value.") { a, rt in
            let s = try a.receiver(as: SizeObject.self, typeName: "Size")
            for (i, d) in s.dimensions.enumerated() where try rt.equal(.int(d), a[0]) { return .int(i) }
            throw ScriptError.valueError("tuple.index(x): x not in tuple")
        }
        c.method("count", "value, /", doc: "How many times value occurs.") { a, rt in
            let s = try a.receiver(as: SizeObject.self, typeName: "Size")
            var n = 0
            for d in s.dimensions where try rt.equal(.int(d), a[0]) { n += 1 }
            return .int(n)
        }
        return c
    }()

    override var nativeType: ClassObject { SizeObject.type }

    /// The dimensions as an nn tuple.
    var tuple: Value { TensorConversion.shapeTuple(dimensions) }

    override func getItem(_ index: Index, _ rt: Runtime) throws -> Value {
        if !index.isTuple, case .slice(let start, let stop, let step)? = index.items.first {
            let s = SliceObject(start: start.map(Value.int) ?? .none, stop: stop.map(Value.int) ?? .none,
                                step: step.map(Value.int) ?? .none)
            let (lo, _, st, count) = try s.indices(length: dimensions.count)
            return .native(SizeObject((0..<count).map { dimensions[lo + $0 * st] }))
        }
        return try rt.getItem(tuple, index.raw)
    }

    override func length(_ rt: Runtime) throws -> Int? { dimensions.count }

    override func makeIterator(_ rt: Runtime) throws -> IteratorObject? { try rt.makeIterator(tuple) }

    override func contains(_ item: Value, _ rt: Runtime) throws -> Bool? { try rt.contains(tuple, item) }

    override func compare(_ op: CompareOp, _ other: Value, _ rt: Runtime) throws -> Value? {
        let theirs: Value
        switch other {
        case .native(let n as SizeObject): theirs = n.tuple
        case .tuple: theirs = other
        default: return nil
        }
        return try rt.compare(op, tuple, theirs)
    }

    override func binaryOp(_ op: BinaryOp, _ other: Value, reflected: Bool, _ rt: Runtime) throws -> Value? {
        let theirs: Value
        switch other {
        case .native(let n as SizeObject): theirs = n.tuple
        case .tuple: theirs = other
        case .int, .bool:
            guard op == .mul else { return nil }
            let r = try rt.binary(.mul, tuple, other)
            guard case .tuple(let items) = r else { return r }
            return .native(SizeObject(items.compactMap(\.asIndex)))
        default: return nil
        }
        guard op == .add else { return nil }
        let r = try reflected ? rt.binary(.add, theirs, tuple) : rt.binary(.add, tuple, theirs)
        if reflected, case .tuple = other { return r }
        guard case .tuple(let items) = r else { return r }
        return .native(SizeObject(items.compactMap(\.asIndex)))
    }

    override func hashValue(_ rt: Runtime) throws -> Int? { try rt.hash(tuple) }

    override func repr(_ rt: Runtime) throws -> String { TorchFormatter.sizeText(dimensions) }
}
