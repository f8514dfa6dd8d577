import NNTensor

/// The `random` module's source of bits: the tensor engine's process-wide generator, so
/// `random.seed`, `np.random.seed` and `torch.manual_seed` all restart one stream
/// (LANGUAGE.md, "Randomness").
final class EngineRandom: RandomSource {
    func nextBits() -> UInt64 { Random.generator.next() }

    func reseed(_ seed: UInt64) { Random.seed(seed) }
}
