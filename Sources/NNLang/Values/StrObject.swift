import Foundation

/// An immutable nn string.
///
/// Python strings compare and index by Unicode code point, not by Swift's grapheme clusters
/// and canonical equivalence, so the text is wrapped: equality and hashing use the UTF-8
/// bytes, and indexing uses scalars (with an ASCII fast path). The hash is cached.
public final class StrObject {
    /// The text.
    public let value: String
    private var cachedHash: Int = 0
    private var hashComputed = false
    /// Number of Unicode scalars, computed on first use.
    private var cachedCount: Int = -1

    /// Wraps `value`.
    public init(_ value: String) { self.value = value }

    /// Whether every byte is ASCII (then scalar index == byte index).
    public var isASCII: Bool { count == value.utf8.count }

    /// The length in code points (`len(s)`).
    public var count: Int {
        if cachedCount < 0 { cachedCount = value.unicodeScalars.count }
        return cachedCount
    }

    /// A hash of the UTF-8 bytes (FNV-1a, 64-bit), stable across runs.
    public var hash: Int {
        if !hashComputed {
            var text = value
            let h = text.withUTF8 { bytes -> UInt64 in
                var h: UInt64 = 0xcbf29ce484222325
                for b in bytes {
                    h ^= UInt64(b)
                    h = h &* 0x100000001b3
                }
                return h
            }
            cachedHash = Int(bitPattern: UInt(h))
            if cachedHash == -1 { cachedHash = -2 }
            hashComputed = true
        }
        return cachedHash
    }

    /// Code-point equality.
    public func equals(_ other: StrObject) -> Bool {
        if self === other { return true }
        if hashComputed && other.hashComputed && cachedHash != other.cachedHash { return false }
        var a = value, b = other.value
        return a.withUTF8 { x in
            b.withUTF8 { y in
                guard x.count == y.count else { return false }
                guard let px = x.baseAddress, let py = y.baseAddress else { return x.count == 0 }
                return memcmp(px, py, x.count) == 0
            }
        }
    }

    /// Code-point ordering (Python compares strings by code point, which UTF-8 byte order matches).
    public func less(than other: StrObject) -> Bool {
        value.utf8.lexicographicallyPrecedes(other.value.utf8)
    }

    /// The scalars as an array (for indexing and slicing non-ASCII text).
    public var scalars: [Unicode.Scalar] { Array(value.unicodeScalars) }

    /// The code point at `index` (0-based, already normalised into range).
    public func character(at index: Int) -> String {
        if isASCII {
            let b = value.utf8[value.utf8.index(value.utf8.startIndex, offsetBy: index)]
            return String(UnicodeScalar(b))
        }
        let s = value.unicodeScalars
        return String(s[s.index(s.startIndex, offsetBy: index)])
    }
}
