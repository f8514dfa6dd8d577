import NN
import NNTensor

/// NNData: IDX and CSV readers, datasets, data loaders, transforms, teaching datasets.
public enum NNDataLibrary {}
