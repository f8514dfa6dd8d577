import NNTensor

/// NNAutograd: reverse-mode automatic differentiation on `Tensor`.
public enum NNAutogradLibrary {}
