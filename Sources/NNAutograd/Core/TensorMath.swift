import NNTensor

/// Short spellings of the PyTorch-flavoured tensor arithmetic the gradient functions use.
extension Tensor {
    func plus(_ o: Tensor) throws -> Tensor { try binary(.add, o, flavor: .torch) }
    func minus(_ o: Tensor) throws -> Tensor { try binary(.subtract, o, flavor: .torch) }
    func times(_ o: Tensor) throws -> Tensor { try binary(.multiply, o, flavor: .torch) }
    func over(_ o: Tensor) throws -> Tensor { try binary(.divide, o, flavor: .torch) }
    func times(_ s: Double) throws -> Tensor { try binary(.multiply, .float(s), flavor: .torch) }
    func negated() throws -> Tensor { try unary(.negative, flavor: .torch) }
    func compare(_ op: BinaryOp, _ o: Tensor) throws -> Tensor { try binary(op, o, flavor: .torch) }
    /// 1 where `mask` is true, else 0, in `dtype`.
    static func indicator(_ mask: Tensor, dtype: DType) throws -> Tensor { try mask.astype(dtype) }
}
