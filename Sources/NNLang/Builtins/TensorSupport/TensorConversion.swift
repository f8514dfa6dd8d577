import NNAutograd
import NNTensor

/// Conversions between nn values and tensors, shared by every tensor binding: Python numbers
/// and nested lists to tensors (`np.array`, `torch.tensor`), elements back to Python numbers
/// (`item()`, indexing an array), and tensors to nested lists (`tolist()`).
enum TensorConversion {
    /// The deepest nesting an array-like may have (NumPy's limit on dimensions).
    static let maximumDimensions = 64

    /// An element as an nn value: `int`, `float` or `bool`.
    @inline(__always)
    static func value(_ s: Scalar) -> Value {
        switch s {
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(Int(i))
        case .float(let d): return .float(d)
        }
    }

    /// A Python number or bool as a scalar operand; nil for anything else.
    @inline(__always)
    static func scalar(_ v: Value) -> Scalar? {
        switch v {
        case .int(let i): return .int(Int64(i))
        case .float(let d): return .float(d)
        case .bool(let b): return .bool(b)
        default: return nil
        }
    }

    /// The single element of a 0-d (or one-element) tensor as an nn value.
    static func element(_ t: Tensor) -> Value { value(t.element(at: 0)) }

    /// An array-like as a tensor: numbers and bools (0-d), nested lists, tuples and ranges of them,
    /// arrays and tensors (also inside lists). `dtype` nil infers it as NumPy/PyTorch do:
    /// bool, int64 or the flavour's default float, the highest kind among the elements; a
    /// lone array or tensor keeps its dtype. The result may share storage with an array or
    /// tensor passed in (callers copy when they must).
    static func tensor(_ v: Value, dtype: DType?, flavor: Flavor) throws -> Tensor {
        switch v {
        case .native(let n):
            if let t = try arrayData(n, flavor: flavor) {
                guard let dtype else { return t }
                return try t.converted(to: dtype)
            }
        case .list, .tuple:
            break
        default:
            if let s = scalar(v) { return Tensor(scalar: s, dtype: dtype ?? s.dtype(flavor: flavor)) }
        }
        var leafDType: DType?
        let nested = try nestedScalars(v, depth: 0, flavor: flavor, leafDType: &leafDType)
        var t = try Tensor(nested: nested, dtype: dtype, flavor: flavor)
        if dtype == nil, let leafDType, t.dtype != leafDType, t.dtype.isFloatingPoint, leafDType.isFloatingPoint {
            // Lists of float32 arrays stay float32 (their elements are read as Python floats).
            t = try t.converted(to: leafDType)
        }
        return t
    }

    /// The tensor inside an ndarray or a torch tensor value; nil for other natives.
    static func arrayData(_ n: NativeObject, flavor: Flavor) throws -> Tensor? {
        if let a = n as? ArrayObject { return a.tensor }
        if let t = n as? TensorObject {
            // NumPy reads a tensor through `numpy()`, which refuses tensors that require grad.
            return flavor == .numpy ? try t.variable.dataForNumPy() : t.variable.data
        }
        return nil
    }

    /// Nested lists as `NestedScalars`; arrays inside lists contribute their elements.
    private static func nestedScalars(_ v: Value, depth: Int, flavor: Flavor, leafDType: inout DType?) throws -> NestedScalars {
        if depth > maximumDimensions {
            throw ScriptError.valueError("array-like nested deeper than \(maximumDimensions) levels (the most dimensions an array may have)")
        }
        switch v {
        case .list(let l): return .list(try l.items.map { try nestedScalars($0, depth: depth + 1, flavor: flavor, leafDType: &leafDType) })
        case .tuple(let items): return .list(try items.map { try nestedScalars($0, depth: depth + 1, flavor: flavor, leafDType: &leafDType) })
        case .range(let r):
            // NumPy and PyTorch read a range as the list of its ints (`np.array(range(3))`).
            if r.count > ScriptError.maximumItems { throw ScriptError.tooLarge("range") }
            return .list((0..<r.count).map { .scalar(.int(Int64(r.element($0)))) })
        case .native(let n):
            if let t = try arrayData(n, flavor: flavor) {
                if let d = leafDType { leafDType = Promotion.promoteTypes(d, t.dtype, flavor: flavor) } else { leafDType = t.dtype }
                return nested(t)
            }
        default:
            if let s = scalar(v) { return .scalar(s) }
        }
        throw ScriptError.typeError("nn arrays hold numbers and booleans; cannot convert a '\(v.typeName)' element")
    }

    /// A tensor's elements as nested scalars of its shape.
    static func nested(_ t: Tensor) -> NestedScalars {
        if t.ndim == 0 { return .scalar(t.element(at: 0)) }
        var flat = 0
        func build(_ dim: Int) -> NestedScalars {
            if dim == t.ndim - 1 {
                var items: [NestedScalars] = []
                items.reserveCapacity(t.shape[dim])
                for _ in 0..<t.shape[dim] {
                    items.append(.scalar(t.element(at: flat)))
                    flat += 1
                }
                return .list(items)
            }
            return .list((0..<t.shape[dim]).map { _ in build(dim + 1) })
        }
        return build(0)
    }

    /// `tolist()`: nested lists of nn numbers (a number for a 0-d tensor).
    static func list(_ t: Tensor) throws -> Value {
        if t.ndim == 0 { return element(t) }
        if t.count > ScriptError.maximumItems { throw ScriptError.tooLarge("array") }
        var flat = 0
        func build(_ dim: Int) -> Value {
            let n = t.shape[dim]
            var items: [Value] = []
            items.reserveCapacity(n)
            if dim == t.ndim - 1 {
                for _ in 0..<n {
                    items.append(value(t.element(at: flat)))
                    flat += 1
                }
            } else {
                for _ in 0..<n { items.append(build(dim + 1)) }
            }
            return .list(ListObject(items))
        }
        return build(0)
    }

    /// A shape as an nn tuple of ints.
    static func shapeTuple(_ shape: [Int]) -> Value { .tuple(shape.map { .int($0) }) }
}
