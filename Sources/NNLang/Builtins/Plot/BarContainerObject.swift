/// The third value `plt.hist` returns (matplotlib's `BarContainer` of bar patches): it has a
/// length and a repr; nn has no patch objects to change afterwards.
final class BarContainerObject: NativeObject {
    let count: Int

    init(count: Int) { self.count = count }

    nonisolated(unsafe) static let type: ClassObject = {
        // Immutable after its thread-safe lazy initialisation.
        let c = ClassObject.native("BarContainer", module: "matplotlib.container", doc: "The bars a histogram drew.")
        c.subclassable = false
        return c
    }()

    override var nativeType: ClassObject { BarContainerObject.type }

    override func length(_ rt: Runtime) throws -> Int? { count }

    override func repr(_ rt: Runtime) throws -> String { "<BarContainer object of \(count) artists>" }
}
