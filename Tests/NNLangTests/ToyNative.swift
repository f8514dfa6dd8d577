import NNLang

/// A small library bound through NNLang's native seams, used only by the tests: a 1-D
/// tensor with operators, NumPy-style indexing, iteration and truthiness rules, and a
/// PyTorch-style `Module` base class that nn classes derive from.
enum Toy {
    /// The `toy` module: `tensor`, `Tensor`, `Module`, `Linear`, `no_grad`.
    static func module() -> ModuleObject {
        let m = ModuleObject(name: "toy", doc: "Test-only tensors and modules.")
        m.type(ToyTensor.type)
        m.type(ToyModule.type)
        m.type(ToyLinear.type)
        m.fn("tensor", "data, requires_grad=False", doc: "A tensor from a list of numbers.") { a, rt in
            var values: [Double] = []
            for v in try rt.toArray(a[0]) {
                guard let d = v.asDouble else { throw ScriptError.typeError("tensor() needs numbers, not \(v.typeName)") }
                values.append(d)
            }
            return .native(ToyTensor(values))
        }
        m.fn("no_grad", "", doc: "A context manager.") { _, _ in .native(NoGrad()) }
        return m
    }
}

/// A 1-D tensor of doubles.
final class ToyTensor: NativeObject {
    var data: [Double]

    init(_ data: [Double]) { self.data = data }

    nonisolated(unsafe) static let type: ClassObject = {
        let c = ClassObject.native("Tensor", module: "toy", doc: "A 1-D tensor.")
        c.method("sum", "", doc: "The sum.") { a, _ in
            let t = try a.receiver(as: ToyTensor.self, typeName: "Tensor")
            return .native(ToyTensor([t.data.reduce(0, +)]))
        }
        c.method("tolist", "") { a, _ in
            .list(ListObject(try a.receiver(as: ToyTensor.self, typeName: "Tensor").data.map(Value.float)))
        }
        c.method("item", "") { a, _ in
            let t = try a.receiver(as: ToyTensor.self, typeName: "Tensor")
            guard t.data.count == 1 else { throw ScriptError.valueError("only one element tensors can be converted to Python scalars") }
            return .float(t.data[0])
        }
        return c
    }()

    override var nativeType: ClassObject { ToyTensor.type }

    override func getAttribute(_ name: String, owner: Value, _ rt: Runtime) throws -> Value? {
        name == "shape" ? .tuple([.int(data.count)]) : nil
    }

    override var dynamicAttributeNames: [String] { ["shape"] }

    func combine(_ other: Value, _ f: (Double, Double) -> Double, reflected: Bool) -> Value? {
        if let d = other.asDouble { return .native(ToyTensor(data.map { reflected ? f(d, $0) : f($0, d) })) }
        if case .native(let n) = other, let o = n as? ToyTensor, o.data.count == data.count {
            return .native(ToyTensor(zip(data, o.data).map { reflected ? f($1, $0) : f($0, $1) }))
        }
        return nil
    }

    override func binaryOp(_ op: BinaryOp, _ other: Value, reflected: Bool, _ rt: Runtime) throws -> Value? {
        switch op {
        case .add: return combine(other, +, reflected: reflected)
        case .sub: return combine(other, -, reflected: reflected)
        case .mul: return combine(other, *, reflected: reflected)
        case .matmul:
            guard case .native(let n) = other, let o = n as? ToyTensor else { return nil }
            guard o.data.count == data.count else {
                throw ScriptError.shapeError("size mismatch, got \(data.count), \(o.data.count)")
            }
            return .float(zip(data, o.data).map(*).reduce(0, +))
        default: return nil
        }
    }

    override func inPlaceOp(_ op: BinaryOp, _ other: Value, _ rt: Runtime) throws -> Value? {
        guard op == .add, let d = other.asDouble else { return nil }
        data = data.map { $0 + d }
        return .native(self)
    }

    override func unaryOp(_ op: UnaryOperator, _ rt: Runtime) throws -> Value? {
        op == .negate ? .native(ToyTensor(data.map { -$0 })) : nil
    }

    override func compare(_ op: CompareOp, _ other: Value, _ rt: Runtime) throws -> Value? {
        guard let d = other.asDouble else { return nil }
        let test: (Double) -> Bool
        switch op {
        case .gt: test = { $0 > d }
        case .lt: test = { $0 < d }
        case .eq: test = { $0 == d }
        default: return nil
        }
        return .native(ToyTensor(data.map { test($0) ? 1 : 0 }))
    }

    override func getItem(_ index: Index, _ rt: Runtime) throws -> Value {
        guard index.items.count == 1, let item = index.items.first else {
            throw ScriptError.indexError("too many indices for tensor of dimension 1")
        }
        switch item {
        case .int(let i):
            let j = i < 0 ? i + data.count : i
            guard j >= 0 && j < data.count else {
                throw ScriptError.indexError("index \(i) is out of bounds for dimension 0 with size \(data.count)")
            }
            return .float(data[j])
        case .slice(let start, let stop, let step):
            let s = SliceObject(start: start.map(Value.int) ?? .none, stop: stop.map(Value.int) ?? .none,
                                step: step.map(Value.int) ?? .none)
            let (lo, _, st, count) = try s.indices(length: data.count)
            return .native(ToyTensor((0..<count).map { data[lo + $0 * st] }))
        case .ellipsis: return .native(ToyTensor(data))
        case .newAxis: return .string("newaxis of \(data.count)")
        case .value(let v):
            guard case .native(let n) = v, let mask = n as? ToyTensor, mask.data.count == data.count else {
                throw ScriptError.indexError("unsupported index \(v.typeName)")
            }
            return .native(ToyTensor(zip(data, mask.data).filter { $0.1 != 0 }.map(\.0)))
        }
    }

    override func setItem(_ index: Index, _ value: Value, _ rt: Runtime) throws {
        guard case .int(let i)? = index.items.first, let d = value.asDouble, i >= 0, i < data.count else {
            throw ScriptError.indexError("bad assignment")
        }
        data[i] = d
    }

    override func makeIterator(_ rt: Runtime) throws -> IteratorObject? {
        var i = 0
        let values = data
        return IteratorObject { _ in
            defer { i += 1 }
            return i < values.count ? .float(values[i]) : nil
        }
    }

    override func length(_ rt: Runtime) throws -> Int? { data.count }

    override func repr(_ rt: Runtime) throws -> String {
        "tensor([" + data.map { String(format: "%.4f", $0) }.joined(separator: ", ") + "])"
    }

    override func truth(_ rt: Runtime) throws -> Bool {
        guard data.count == 1 else {
            throw ScriptError.runtimeError("Boolean value of Tensor with more than one value is ambiguous")
        }
        return data[0] != 0
    }

    override func hashValue(_ rt: Runtime) throws -> Int? {
        throw ScriptError.typeError("unhashable type: 'Tensor'")
    }

    override func asIndex() -> Int? {
        data.count == 1 && data[0] == data[0].rounded() ? Int(data[0]) : nil
    }
}

/// `with toy.no_grad():` — counts entries and exits.
final class NoGrad: NativeObject {
    nonisolated(unsafe) static var depth = 0
    override func enter(_ rt: Runtime) throws -> Value {
        NoGrad.depth += 1
        return .none
    }
    override func exit(_ error: ScriptError?, _ rt: Runtime) throws -> Bool {
        NoGrad.depth -= 1
        return false
    }
}
