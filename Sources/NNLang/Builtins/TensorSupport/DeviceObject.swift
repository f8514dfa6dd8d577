/// `torch.device('cpu')`: where a tensor lives. nn computes on the CPU only; a CUDA device
/// can be named (so `torch.device('cuda' if torch.cuda.is_available() else 'cpu')` runs), but
/// moving a tensor or a model to it raises an error that says there is no GPU.
final class DeviceObject: NativeObject {
    /// `cpu`, `cuda` or `mps`.
    let kind: String
    /// The device index, if one was given (`cuda:0`).
    let index: Int?

    init(kind: String, index: Int? = nil) {
        self.kind = kind
        self.index = index
    }

    /// The CPU device.
    nonisolated(unsafe) static let cpu = DeviceObject(kind: "cpu")

    nonisolated(unsafe) static let type: ClassObject = {
        // Immutable after its thread-safe lazy initialisation.
        let c = ClassObject.native("device", module: "torch", doc: "A device: torch.device('cpu').")
        c.subclassable = false
        c.constructor = BuiltinFunction("device", "type, index=None", doc: "A device from 'cpu', 'cuda', 'cuda:0'…") { a, _ in
            .native(try DeviceObject.parse(a[0], index: a[1]))
        }
        return c
    }()

    override var nativeType: ClassObject { DeviceObject.type }

    /// The device a `device=` argument or `torch.device(...)` names.
    static func parse(_ v: Value, index: Value = .none) throws(ScriptError) -> DeviceObject {
        if case .native(let d as DeviceObject) = v { return d }
        guard case .str(let s) = v else {
            throw ScriptError.typeError("device() received an invalid combination of arguments - got (\(v.typeName))")
        }
        let parts = s.value.split(separator: ":", maxSplits: 1).map(String.init)
        let kind = parts.first ?? ""
        guard ["cpu", "cuda", "mps"].contains(kind) else {
            throw ScriptError.runtimeError("Expected one of cpu, cuda, mps device type at start of device string: \(s.value)")
        }
        var idx = index.asIndex
        if parts.count == 2 {
            guard let i = Int(parts[1]), i >= 0 else { throw ScriptError.runtimeError("Invalid device string: '\(s.value)'") }
            idx = i
        }
        return DeviceObject(kind: kind, index: idx)
    }

    /// Throws unless this is the CPU: nn has no GPU.
    func requireCPU() throws(ScriptError) {
        guard kind == "cpu" else {
            throw ScriptError.runtimeError("nn computes on the CPU only: there is no \(kind.uppercased()) device (torch.cuda.is_available() is False); use torch.device('cpu')")
        }
    }

    override func getAttribute(_ name: String, owner: Value, _ rt: Runtime) throws -> Value? {
        switch name {
        case "type": return .string(kind)
        case "index": return index.map(Value.int) ?? Value.none
        default: return nil
        }
    }

    override var dynamicAttributeNames: [String] { ["type", "index"] }

    override func compare(_ op: CompareOp, _ other: Value, _ rt: Runtime) throws -> Value? {
        guard op == .eq || op == .ne else { return nil }
        var same = false
        if case .native(let d as DeviceObject) = other { same = d.kind == kind && d.index == index }
        return .bool(op == .eq ? same : !same)
    }

    override func hashValue(_ rt: Runtime) throws -> Int? { try rt.hash(.string(text)) }

    /// `cpu`, `cuda:0`.
    var text: String { index.map { "\(kind):\($0)" } ?? kind }

    override func repr(_ rt: Runtime) throws -> String {
        index.map { "device(type='\(kind)', index=\($0))" } ?? "device(type='\(kind)')"
    }

    override func str(_ rt: Runtime) throws -> String { text }
}
