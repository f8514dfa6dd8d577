import Foundation
import NN
import NNTensor

/// `torch.save` and `torch.load` for state dicts. nn writes every model file in the
/// safetensors format, whatever its suffix (`.pt`, `.pth`, `.safetensors`): a JSON header and
/// raw tensors that load without running code. `torch.load` reads such files back as a dict
/// in the order `state_dict()` gave (recorded in the header's metadata). PyTorch's own
/// pickle/zip checkpoints are refused with a hint; PyTorch reads nn's files with
/// `safetensors.torch.load_file(path)`.
enum TorchSerialization {
    /// The metadata key holding the state dict's key order (safetensors sorts its header).
    static let orderKey = "nn.order"

    static func register(_ m: ModuleObject) {
        m.fn("save", "obj, f, pickle_module=None, pickle_protocol=2, _use_new_zipfile_serialization=True",
             doc: "Saves a state dict (a dict of tensors) to a file, in the safetensors format whatever the suffix.") { a, rt in
            let path = try a.string(1)
            let state = try stateDict(toSave: a[0], rt)
            let metadata = ["format": "pt", orderKey: state.keys.joined(separator: "\n")]
            try TensorErrors.torch { try SafeTensors.save(state, to: path, metadata: metadata) }
            return .none
        }
        m.fn("load", "f, map_location=None, pickle_module=None, *, weights_only=None, mmap=None, **pickle_load_args",
             doc: "Loads a state dict saved by torch.save (any safetensors file) as a dict of tensors.") { a, _ in
            if !a.isNone(1) {
                if case .str = a[1] { try DeviceObject.parse(a[1]).requireCPU() } else if case .native(let d as DeviceObject) = a[1] { try d.requireCPU() }
            }
            return StateDicts.value(try load(try a.string(0)))
        }
    }

    /// The dict (or module) passed to `torch.save` as a state dict.
    private static func stateDict(toSave value: Value, _ rt: Runtime) throws -> StateDict {
        if ModuleAssignment.module(of: value) != nil {
            throw ScriptError.typeError("nn saves state dicts, not whole modules: use torch.save(model.state_dict(), path) and load it with model.load_state_dict(torch.load(path))")
        }
        guard case .dict(let d) = value else {
            throw ScriptError.typeError("nn's torch.save stores a dict of tensors (such as model.state_dict()), not \(value.typeName)")
        }
        var state = StateDict()
        for (k, v) in d.entries {
            guard case .str(let key) = k else { throw ScriptError.typeError("torch.save: the dict's keys must be str, not \(k.typeName)") }
            guard let t = v.torchVariable?.data ?? v.ndarrayTensor else {
                throw ScriptError.typeError("nn's torch.save stores a dict of tensors; the value of '\(key.value)' is \(v.typeName) (save only state_dict()s)")
            }
            state[key.value] = t
        }
        return state
    }

    /// The tensors of the model file at `path`, in the order they were saved.
    static func load(_ path: String) throws -> StateDict {
        guard let data = FileManager.default.contents(atPath: path) else {
            // Let the library word what went wrong with the file (missing, a directory…).
            return try TensorErrors.torch { try SafeTensors.load(path) }
        }
        let bytes = [UInt8](data)
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x80]) {
            throw ScriptError.runtimeError("'\(path)' is a PyTorch pickle checkpoint; nn reads safetensors files only (in PyTorch: from safetensors.torch import save_file; save_file(model.state_dict(), '\(path)'))")
        }
        let (tensors, metadata) = try TensorErrors.torch { try SafeTensors.decode(bytes, path: path) }
        guard let order = metadata[orderKey]?.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
              order.count == tensors.count, Set(order) == Set(tensors.keys) else { return tensors }
        var ordered = StateDict()
        for key in order { ordered[key] = tensors[key] }
        return ordered
    }
}
