/// Tensors print through the NumPy and PyTorch formatters: `Tensor` is a `PrintableArray`
/// reading elements in logical row-major order, so views print without being copied and a
/// summarised print reads only the edge items.
extension Tensor: PrintableArray {
    public var printShape: [Int] { shape }

    public var printKind: PrintKind {
        switch dtype {
        case .float32: return .float32
        case .float64: return .float64
        case .int64: return .int64
        case .bool: return .bool
        }
    }

    public func printDouble(at flat: Int) -> Double { doubleElement(at: flat) }
    public func printFloat32(at flat: Int) -> Float { floatElement(at: flat) }
    public func printInt64(at flat: Int) -> Int64 { int64Element(at: flat) }
    public func printBool(at flat: Int) -> Bool { boolElement(at: flat) }
}

extension Tensor {
    /// What NumPy's `print(a)` writes for this array.
    public func numpyStr(options: NumPyPrintOptions = NumPyPrintOptions()) -> String {
        NumPyFormatter.str(self, options: options)
    }

    /// What NumPy's `repr(a)` gives: `array([...])` with a dtype suffix where NumPy shows one.
    public func numpyRepr(options: NumPyPrintOptions = NumPyPrintOptions()) -> String {
        NumPyFormatter.repr(self, options: options)
    }

    /// What PyTorch's `repr(t)` (and `str(t)`) gives; `suffixes` such as
    /// `"grad_fn=<AddBackward0>"` or `"requires_grad=True"` are laid out as PyTorch does.
    public func torchRepr(options: TorchPrintOptions = TorchPrintOptions(), suffixes: [String] = []) -> String {
        TorchFormatter.repr(self, options: options, suffixes: suffixes)
    }
}
