import Foundation

/// Errors from library code that know which nn exception they are. Bindings make their
/// library's error types conform (in NNLang/Builtins, by extension), e.g. a tensor shape
/// mismatch becomes `ScriptError.shapeError(...)`.
public protocol ScriptErrorConvertible: Error {
    /// The nn exception this error is.
    var scriptError: ScriptError { get }
}

/// Truthiness, hashing and conversion of Swift errors.
extension Runtime {
    /// Turns any Swift error into an nn exception: `ScriptError` as is, convertible errors
    /// through their conversion, anything else as RuntimeError with its description.
    public func convert(_ error: any Error) -> ScriptError {
        if let e = error as? ScriptError { return e }
        if let c = error as? ScriptErrorConvertible { return c.scriptError }
        return ScriptError.runtimeError(String(describing: error))
    }

    /// `bool(value)`.
    public func truthy(_ value: Value) throws(ScriptError) -> Bool {
        switch value {
        case .none: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .str(let s): return !s.value.isEmpty
        case .tuple(let t): return !t.isEmpty
        case .list(let l): return !l.items.isEmpty
        case .dict(let d): return d.count > 0
        case .set(let s): return s.count > 0
        case .range(let r): return r.count > 0
        case .native(let n):
            do { return try n.truth(self) } catch { throw convert(error) }
        case .instance(let inst):
            if let m = inst.cls.lookup("__bool__") {
                let r = try call(bindAttribute(m, to: value, owner: inst.cls))
                guard case .bool(let b) = r else {
                    throw ScriptError.typeError("__bool__ should return bool, returned \(r.typeName)")
                }
                return b
            }
            if inst.cls.lookup("__len__") != nil { return try length(value) != 0 }
            if let native = inst.native {
                do { return try native.truth(self) } catch { throw convert(error) }
            }
            return true
        default:
            return true
        }
    }

    /// `hash(value)`: CPython's values for numbers; TypeError for unhashable values.
    public func hash(_ value: Value) throws(ScriptError) -> Int {
        switch value {
        case .int(let i): return Hashing.int(i)
        case .str(let s): return s.hash
        case .bool(let b): return b ? 1 : 0
        case .float(let d): return Hashing.double(d)
        case .none: return 0x5F5E_1000
        case .ellipsis: return 0x2E2E_2E00
        case .tuple(let items):
            try enterCall()
            defer { leaveCall() }
            var hashes: [Int] = []
            hashes.reserveCapacity(items.count)
            for v in items { hashes.append(try hash(v)) }
            return Hashing.tuple(hashes)
        case .list, .dict, .set, .slice:
            throw ScriptError.typeError("unhashable type: '\(value.typeName)'")
        case .native(let n):
            do {
                if let h = try n.hashValue(self) { return h }
            } catch { throw convert(error) }
            return Hashing.identity(value)
        case .instance(let inst):
            if let (m, owner) = inst.cls.lookupWithOwner("__hash__"), owner !== BuiltinTypes.shared.object {
                if case .none = m { throw ScriptError.typeError("unhashable type: '\(inst.cls.name)'") }
                let r = try call(bindAttribute(m, to: value, owner: inst.cls))
                guard case .int(let h) = r else { throw ScriptError.typeError("__hash__ method should return an integer") }
                return h == -1 ? -2 : h
            }
            if let (_, owner) = inst.cls.lookupWithOwner("__eq__"), owner !== BuiltinTypes.shared.object, owner.kind == .user {
                throw ScriptError.typeError("unhashable type: '\(inst.cls.name)'")
            }
            return Hashing.identity(value)
        default:
            return Hashing.identity(value)
        }
    }

    /// `len(value)`.
    public func length(_ value: Value) throws(ScriptError) -> Int {
        switch value {
        case .str(let s): return s.count
        case .list(let l): return l.items.count
        case .tuple(let t): return t.count
        case .dict(let d): return d.count
        case .set(let s): return s.count
        case .range(let r): return r.count
        case .native(let n):
            do { if let c = try n.length(self) { return c } } catch { throw convert(error) }
        case .instance(let inst):
            if let m = inst.cls.lookup("__len__") {
                let r = try call(bindAttribute(m, to: value, owner: inst.cls))
                guard case .int(let n) = r.boolAsInt else {
                    throw ScriptError.typeError("'\(r.typeName)' object cannot be interpreted as an integer")
                }
                if n < 0 { throw ScriptError.valueError("__len__() should return >= 0") }
                return n
            }
            if let native = inst.native {
                do { if let c = try native.length(self) { return c } } catch { throw convert(error) }
            }
        default: break
        }
        throw ScriptError.typeError("object of type '\(value.typeName)' has no len()")
    }
}

/// CPython's hash functions for numbers and tuples, so `hash(x)` prints the same values.
enum Hashing {
    static let modulus: UInt64 = (1 << 61) - 1

    /// `hash(int)`: the value modulo 2**61 - 1, keeping the sign; -1 becomes -2.
    static func int(_ i: Int) -> Int {
        let m = i.magnitude % UInt(modulus)
        var h = i < 0 ? -Int(m) : Int(m)
        if h == -1 { h = -2 }
        return h
    }

    /// `hash(float)`: equal to the int hash for integral values.
    static func double(_ d: Double) -> Int {
        if d.isNaN { return 0 }
        if d.isInfinite { return d > 0 ? 314159 : -314159 }
        // Swift's frexp returns a positive mantissa for negative input; keep the sign apart.
        let sign = d < 0 ? -1 : 1
        var (m, e) = frexp(abs(d))
        var x: UInt64 = 0
        while m != 0 {
            x = ((x << 28) & modulus) | (x >> (61 - 28))
            m *= 268435456.0
            e -= 28
            let y = UInt64(m)
            m -= Double(y)
            x += y
            if x >= modulus { x -= modulus }
        }
        let shift = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61)
        x = ((x << UInt64(shift)) & modulus) | (x >> UInt64(61 - shift))
        var h = Int(x) * sign
        if h == -1 { h = -2 }
        return h
    }

    /// `hash(tuple)` from its items' hashes (CPython's xxHash-based combination).
    static func tuple(_ hashes: [Int]) -> Int {
        let p1: UInt64 = 11400714785074694791, p2: UInt64 = 14029467366897019727, p5: UInt64 = 2870177450012600261
        var acc = p5
        for h in hashes {
            acc = acc &+ UInt64(bitPattern: Int64(h)) &* p2
            acc = (acc << 31) | (acc >> 33)
            acc = acc &* p1
        }
        acc = acc &+ (UInt64(hashes.count) ^ (p5 ^ 3527539))
        if acc == UInt64.max { return 1546275796 }
        return Int(Int64(bitPattern: acc))
    }

    /// Identity hash of a reference value.
    static func identity(_ v: Value) -> Int {
        guard let id = v.objectIdentity else { return 0 }
        let bits = UInt(bitPattern: id.hashValue)
        return Int(bitPattern: (bits >> 4) | (bits << (UInt(UInt.bitWidth) - 4)))
    }
}
