/// `typing` (and `__future__`): type hints are accepted and ignored, so annotated lecture
/// code runs unchanged. `List`, `Dict`, `Tuple`, `Set` are the built-in types; the others are
/// a placeholder that can be subscripted (`Optional[int]`) and means "anything".
enum TypingModule {
    @Sendable static func register(_ m: ModuleObject, _ rt: Runtime) throws {
        let t = BuiltinTypes.shared
        m.constant("List", .type(t.list))
        m.constant("Dict", .type(t.dict))
        m.constant("Tuple", .type(t.tuple))
        m.constant("Set", .type(t.set))
        for name in ["Any", "Optional", "Union", "Callable", "Iterable", "Iterator", "Sequence", "Mapping", "Type"] {
            m.constant(name, .native(TypeHint(name)))
        }
    }

    @Sendable static func registerFuture(_ m: ModuleObject, _ rt: Runtime) throws {
        for name in ["annotations", "division", "print_function", "absolute_import"] { m.constant(name, .true) }
    }
}

/// A `typing` name used in annotations: subscripting it gives it back.
final class TypeHint: NativeObject {
    let name: String

    init(_ name: String) { self.name = name }

    // Built once by Swift's thread-safe lazy global initialisation, never mutated afterwards.
    nonisolated(unsafe) static let type: ClassObject = {
        let c = ClassObject.native("_SpecialForm", module: "typing", doc: "A type hint (ignored by nn).")
        c.subclassable = false
        return c
    }()

    override var nativeType: ClassObject { TypeHint.type }

    override func getItem(_ index: Index, _ rt: Runtime) throws -> Value { .native(self) }

    override func repr(_ rt: Runtime) throws -> String { "typing.\(name)" }
}
