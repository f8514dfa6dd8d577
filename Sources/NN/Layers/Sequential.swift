import NNAutograd

/// Children applied in order (`nn.Sequential`), registered as `0`, `1`, … (or by the names
/// given), indexable, sliceable and growable.
public final class Sequential: Module {
    /// A container of `modules` named `0`, `1`, ….
    public init(_ modules: [Module]) {
        super.init(typeName: "Sequential")
        for (i, m) in modules.enumerated() { moduleRegistry.set(String(i), m) }
    }

    /// A container of named children (PyTorch's `OrderedDict` form).
    public init(named modules: [(String, Module)]) throws {
        super.init(typeName: "Sequential")
        for (name, m) in modules { try registerModule(name, m) }
    }

    /// The number of children.
    public var count: Int { moduleRegistry.names.count }

    /// The child at `index` (negative counts from the end).
    public func child(at index: Int) throws -> Module {
        let names = moduleRegistry.names
        let i = index < 0 ? index + names.count : index
        guard i >= 0 && i < names.count, let m = moduleRegistry[names[i]] ?? nil else {
            throw NNError.indexOutOfRange(index: index, count: names.count)
        }
        return m
    }

    /// The children at the positions of Python's `start:stop:step`, as a new Sequential
    /// sharing them (renumbered from 0, as PyTorch does for integer names).
    public func slice(start: Int?, stop: Int?, step: Int?) throws -> Sequential {
        let all = moduleRegistry.entries.compactMap(\.value)
        let n = all.count
        let s = step ?? 1
        guard s != 0 else { throw NNError.nonPositive(name: "slice step", value: 0) }
        func clamp(_ v: Int?, _ dflt: Int) -> Int {
            guard let v else { return dflt }
            let w = v < 0 ? v + n : v
            return s > 0 ? Swift.min(Swift.max(w, 0), n) : Swift.min(Swift.max(w, -1), n - 1)
        }
        var picked: [Module] = []
        var i = clamp(start, s > 0 ? 0 : n - 1)
        let end = clamp(stop, s > 0 ? n : -1)
        while s > 0 ? i < end : i > end {
            picked.append(all[i])
            let (next, overflow) = i.addingReportingOverflow(s)
            if overflow { break }
            i = next
        }
        return Sequential(picked)
    }

    /// Adds `module` at the end, named by its position.
    public func append(_ module: Module) { moduleRegistry.set(String(count), module) }

    /// Adds every module at the end.
    public func extend(_ modules: [Module]) { for m in modules { append(m) } }

    /// Inserts `module` at `index` (negative counts from the end), renumbering those after it.
    public func insert(_ module: Module, at index: Int) throws {
        var items = moduleRegistry.entries.compactMap(\.value)
        let n = items.count
        let i = index < 0 ? index + n : index
        guard i >= 0 && i <= n else { throw NNError.indexOutOfRange(index: index, count: n) }
        items.insert(module, at: i)
        moduleRegistry = OrderedRegistry()
        for (k, m) in items.enumerated() { moduleRegistry.set(String(k), m) }
    }

    public override func forward(_ input: Variable) throws -> Variable {
        var x = input
        for entry in moduleRegistry.entries {
            guard let m = entry.value else { continue }
            x = try m.forward(x)
        }
        return x
    }
}
