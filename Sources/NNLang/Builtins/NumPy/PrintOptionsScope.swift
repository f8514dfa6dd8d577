import NNTensor

/// `with np.printoptions(...):` — the options hold inside the block and are restored after.
final class PrintOptionsScope: NativeObject {
    let options: NumPyPrintOptions
    var saved: NumPyPrintOptions?

    init(options: NumPyPrintOptions) { self.options = options }

    override func enter(_ rt: Runtime) throws -> Value {
        saved = rt.tensorSession.numpy
        rt.tensorSession.numpy = options
        return .none
    }

    override func exit(_ error: ScriptError?, _ rt: Runtime) throws -> Bool {
        if let saved { rt.tensorSession.numpy = saved }
        return false
    }
}
