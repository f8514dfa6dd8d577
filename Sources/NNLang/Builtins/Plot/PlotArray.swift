import NNTensor

/// An array argument of a plotting call (a list, an `np` array, a torch tensor, a number)
/// read as doubles: its shape and its values in row-major order.
struct PlotArray {
    /// The NumPy shape (`[]` for a number).
    let shape: [Int]
    /// The values in row-major order (bools are 0 and 1).
    let values: [Double]
    /// Whether the data were integers (or bools): RGB images then run 0…255.
    let isIntegral: Bool

    /// Converts `value` as `np.asarray` would (NumPy's messages for ragged lists; PyTorch's
    /// "Can't call numpy() on Tensor that requires grad" for a tensor that requires grad, as
    /// matplotlib raises it).
    init(_ value: Value) throws(ScriptError) {
        let tensor = try TensorErrors.numpy { try TensorConversion.tensor(value, dtype: nil, flavor: .numpy) }
        shape = tensor.shape
        values = tensor.toDoubles()
        isIntegral = tensor.dtype == .int64 || tensor.dtype == .bool
    }

    /// An array of `values` with `shape`.
    init(shape: [Int], values: [Double]) {
        self.shape = shape
        self.values = values
        isIntegral = false
    }

    /// The number of dimensions.
    var ndim: Int { shape.count }

    /// The shape as Python prints a tuple: `(3,)`, `(3, 2)`, `()`.
    var shapeText: String { PlotArray.tupleText(shape) }

    /// `(3,)`, `(3, 2)`, `()`.
    static func tupleText(_ dims: [Int]) -> String {
        dims.count == 1 ? "(\(dims[0]),)" : "(" + dims.map(String.init).joined(separator: ", ") + ")"
    }

    /// Rows of a 0-d, 1-D or 2-D array read as matplotlib's `plot` reads it (a number is
    /// one row, a vector one column).
    var rowCount: Int { shape.isEmpty ? 1 : shape[0] }

    /// Columns of a 0-d, 1-D or 2-D array, as `plot` reads it.
    var columnCount: Int { shape.count == 2 ? shape[1] : 1 }

    /// Column `j` of a 2-D array (the whole array for fewer dimensions).
    func column(_ j: Int) -> [Double] {
        guard shape.count == 2 else { return values }
        let (rows, columns) = (shape[0], shape[1])
        guard j >= 0, j < columns else { return [] }
        return (0..<rows).map { values[$0 * columns + j] }
    }
}
