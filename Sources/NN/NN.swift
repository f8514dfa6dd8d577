import NNAutograd
import NNTensor

/// NN: modules, layers, activations, losses, optimizers, initialisation and model files.
public enum NNLibrary {}
