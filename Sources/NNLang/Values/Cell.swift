/// A variable shared between a function and the closures that capture it.
final class Cell {
    /// The variable's value (`Unbound.value` until assigned).
    var value: Value

    init(_ value: Value = Unbound.value) { self.value = value }
}

/// The marker stored in a variable slot that has no value yet.
///
/// It never escapes to scripts: every load of a slot checks for it and raises NameError or
/// UnboundLocalError instead.
enum Unbound {
    /// The marker object behind `value`.
    final class Marker: NativeObject {}

    // Immutable after its thread-safe lazy initialisation; only ever compared by identity.
    nonisolated(unsafe) static let marker = Marker()

    /// The unbound marker as a value.
    static var value: Value { .native(marker) }

    /// Whether `v` is the marker.
    @inline(__always)
    static func isUnbound(_ v: Value) -> Bool {
        if case .native(let n) = v { return n === marker }
        return false
    }
}
