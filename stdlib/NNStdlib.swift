/// The `.nn` sources built into the binary, by file name.
public enum NNStdlib {
    /// Source text of `stdlib/prelude.nn`, which runs before every session.
    public static var prelude: String {
        String(decoding: PackageResources.prelude_nn, as: UTF8.self)
    }
}
