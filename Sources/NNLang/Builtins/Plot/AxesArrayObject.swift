/// The array of axes `plt.subplots(r, c)` returns, indexed like NumPy's object arrays:
/// `axes[0, 1]`, `axes[1]` (a row of a 2-D array), `axes[:, 0]`, `axes[-1]`, with `shape`,
/// `len`, iteration (rows of a 2-D array), `flat`, `ravel()`, `flatten()`, `reshape()` and
/// `tolist()`. It shows as NumPy shows an object array.
final class AxesArrayObject: NativeObject {
    /// The axes in row-major order.
    let items: [AxesObject]
    /// One or two dimensions.
    let shape: [Int]

    init(_ items: [AxesObject], shape: [Int]) {
        self.items = items
        self.shape = shape
    }

    nonisolated(unsafe) static let type: ClassObject = {
        // Immutable after its thread-safe lazy initialisation.
        let c = ClassObject.native("AxesArray", module: "matplotlib.pyplot",
                                   doc: "Axes on a grid, indexed like a NumPy object array.")
        c.subclassable = false
        c.property("shape", doc: "The grid's shape.") { v, _ in .tuple(try array(v).shape.map(Value.int)) }
        c.property("ndim", doc: "The number of dimensions.") { v, _ in .int(try array(v).shape.count) }
        c.property("size", doc: "The number of axes.") { v, _ in .int(try array(v).items.count) }
        c.property("flat", doc: "Every axes in row-major order (iterable and indexable).") { v, _ in
            let a = try array(v)
            return .native(AxesArrayObject(a.items, shape: [a.items.count]))
        }
        c.method("ravel", "order='C'", doc: "Every axes in row-major order, as a 1-D array.") { a, _ in
            let me = try a.receiver(as: AxesArrayObject.self, typeName: "AxesArray")
            return .native(AxesArrayObject(me.items, shape: [me.items.count]))
        }
        c.method("flatten", "order='C'", doc: "Every axes in row-major order, as a 1-D array.") { a, _ in
            let me = try a.receiver(as: AxesArrayObject.self, typeName: "AxesArray")
            return .native(AxesArrayObject(me.items, shape: [me.items.count]))
        }
        c.method("reshape", "*shape", doc: "The same axes with another shape (one or two dimensions, -1 once).") { a, _ in
            let me = try a.receiver(as: AxesArrayObject.self, typeName: "AxesArray")
            return .native(AxesArrayObject(me.items, shape: try me.reshaped(a.varArgs)))
        }
        c.method("tolist", "", doc: "The axes as a (nested) list.") { a, _ in
            let me = try a.receiver(as: AxesArrayObject.self, typeName: "AxesArray")
            if me.shape.count == 1 { return .list(ListObject(me.items.map { .native($0) })) }
            return .list(ListObject((0..<me.shape[0]).map { r in .list(ListObject(me.row(r).map { .native($0) })) }))
        }
        return c
    }()

    override var nativeType: ClassObject { AxesArrayObject.type }

    private static func array(_ v: Value) throws(ScriptError) -> AxesArrayObject {
        guard case .native(let a as AxesArrayObject) = v else { throw ScriptError.typeError("expected an array of axes") }
        return a
    }

    private func row(_ r: Int) -> [AxesObject] {
        let columns = shape.count == 2 ? shape[1] : items.count
        return Array(items[(r * columns)..<(r * columns + columns)])
    }

    override func length(_ rt: Runtime) throws -> Int? { shape[0] }

    override func makeIterator(_ rt: Runtime) throws -> IteratorObject? {
        var r = 0
        return IteratorObject { _ in
            guard r < self.shape[0] else { return nil }
            defer { r += 1 }
            if self.shape.count == 1 { return .native(self.items[r]) }
            return .native(AxesArrayObject(self.row(r), shape: [self.shape[1]]))
        }
    }

    override func getItem(_ index: Index, _ rt: Runtime) throws -> Value {
        var positions: [[Int]] = []
        var kept: [Int] = []
        guard index.items.count <= shape.count else {
            throw ScriptError.indexError("too many indices for array: array is \(shape.count)-dimensional, but \(index.items.count) were indexed")
        }
        for axis in 0..<shape.count {
            let size = shape[axis]
            let item: Index.Item = axis < index.items.count ? index.items[axis] : .slice(start: nil, stop: nil, step: nil)
            switch item {
            case .int(let i):
                let j = i < 0 ? i + size : i
                guard j >= 0, j < size else {
                    throw ScriptError.indexError("index \(i) is out of bounds for axis \(axis) with size \(size)")
                }
                positions.append([j])
            case .slice(let start, let stop, let step):
                let s = SliceObject(start: start.map(Value.int) ?? .none, stop: stop.map(Value.int) ?? .none,
                                    step: step.map(Value.int) ?? .none)
                let (lo, _, st, count) = try s.indices(length: size)
                positions.append((0..<count).map { lo + $0 * st })
                kept.append(count)
            default:
                throw ScriptError.indexError("only integers and slices (`:`) are valid indices of an array of axes")
            }
        }
        var picked: [AxesObject] = []
        if shape.count == 1 {
            picked = positions[0].map { items[$0] }
        } else {
            for r in positions[0] { for c in positions[1] { picked.append(items[r * shape[1] + c]) } }
        }
        if kept.isEmpty, let only = picked.first { return .native(only) }
        return .native(AxesArrayObject(picked, shape: kept))
    }

    /// The shape `reshape(*dims)` asks for: one or two dimensions whose product is the count.
    func reshaped(_ args: [Value]) throws(ScriptError) -> [Int] {
        var dims: [Int] = []
        let parts: [Value]
        if args.count == 1, case .tuple(let t) = args[0] { parts = t } else { parts = args }
        for v in parts {
            guard let d = v.asIndex else { throw ScriptError.typeError("'\(v.typeName)' object cannot be interpreted as an integer") }
            dims.append(d)
        }
        let count = items.count
        let unknown = dims.filter { $0 == -1 }.count
        let known = dims.filter { $0 != -1 }
        guard (1...2).contains(dims.count), unknown <= 1, known.allSatisfy({ $0 >= 0 }) else {
            throw ScriptError.valueError("cannot reshape array of size \(count) into shape \(PlotArray.tupleText(dims))")
        }
        let product = known.reduce(1) { $0.multipliedReportingOverflow(by: $1).partialValue }
        if unknown == 1 {
            guard product > 0, count % product == 0 else {
                throw ScriptError.valueError("cannot reshape array of size \(count) into shape \(PlotArray.tupleText(dims))")
            }
            dims = dims.map { $0 == -1 ? count / product : $0 }
        } else if product != count {
            throw ScriptError.valueError("cannot reshape array of size \(count) into shape \(PlotArray.tupleText(dims))")
        }
        return dims
    }

    /// NumPy's repr of an object array: `array([<Axes: >, <Axes: >], dtype=object)`.
    override func repr(_ rt: Runtime) throws -> String {
        let texts = try items.map { try $0.repr(rt) }
        if shape.count == 1 { return "array([" + texts.joined(separator: ", ") + "], dtype=object)" }
        let columns = shape[1]
        let rows = (0..<shape[0]).map { r in "[" + texts[(r * columns)..<(r * columns + columns)].joined(separator: ", ") + "]" }
        return "array([" + rows.joined(separator: ",\n       ") + "], dtype=object)"
    }
}
