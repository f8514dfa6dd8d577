/// Process-wide state that every run of a script starts from (LANGUAGE.md, "Randomness").
///
/// A host that runs several scripts in one process (`nn check a.nn b.nn`, tests) calls
/// `reset()` before each, so a file prints the same numbers whether it runs alone or after
/// others. Bindings that keep other process-wide state (print options) reset it here too.
public enum SharedState {
    /// Reseeds the one generator with the default seed, as at process start.
    public static func reset() {
        ScriptRandom.source.reseed(ScriptRandom.defaultSeed)
    }
}
