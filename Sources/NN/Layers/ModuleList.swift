import NNAutograd

/// A list of children without a forward of its own (`nn.ModuleList`), registered as `0`,
/// `1`, …; its repr folds runs of identical children (`(0-2): 3 x Linear(...)`) as PyTorch's.
public final class ModuleList: Module {
    public init(_ modules: [Module] = []) {
        super.init(typeName: "ModuleList")
        for m in modules { append(m) }
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

    /// Adds `module` at the end.
    public func append(_ module: Module) { moduleRegistry.set(String(count), module) }

    override func childLines(depth: Int, path: Set<ObjectIdentifier>) -> [String] {
        let reprs = moduleRegistry.entries.map { Module.reprOf($0.value, depth: depth, path: path) }
        var lines: [String] = []
        var start = 0
        while start < reprs.count {
            var end = start
            while end + 1 < reprs.count && reprs[end + 1] == reprs[start] { end += 1 }
            lines.append(start == end ? "(\(start)): \(reprs[start])" : "(\(start)-\(end)): \(end - start + 1) x \(reprs[start])")
            start = end + 1
        }
        return lines
    }
}
