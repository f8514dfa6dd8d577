/// NNTensor: strided n-d tensors, their arithmetic, reductions, BLAS products and printing.
public enum NNTensorLibrary {
    /// The library's version, shown by `nn --version`.
    public static let version = "0.1.0"
}
