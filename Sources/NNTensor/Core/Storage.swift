#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The header of a tensor's storage: how many bytes the buffer holds.
public struct StorageHeader {
    /// Size of the buffer in bytes.
    public let byteCount: Int
}

/// The bytes behind one or more tensors: one heap object holding its header and its elements
/// (a single allocation), shared by every view of it.
///
/// Elements are 8-byte aligned, enough for every dtype. The storage is untyped; the tensors
/// viewing it say which dtype they read.
public final class Storage: ManagedBuffer<StorageHeader, Int64> {
    /// Allocates `byteCount` uninitialised bytes.
    static func allocate(byteCount: Int) -> Storage {
        let words = (byteCount &+ 7) / 8
        let buffer = Storage.create(minimumCapacity: words) { _ in StorageHeader(byteCount: byteCount) }
        return unsafeDowncast(buffer, to: Storage.self)
    }

    /// Runs `body` with a pointer to the first byte; the storage stays alive meanwhile.
    @inline(__always)
    func withRaw<R>(_ body: (UnsafeMutableRawPointer) throws -> R) rethrows -> R {
        try withUnsafeMutablePointerToElements { try body(UnsafeMutableRawPointer($0)) }
    }

    /// The largest buffer nn will allocate: the machine's physical memory. Larger requests
    /// throw `TensorError.allocationTooLarge` instead of being overcommitted and killed later.
    static let byteLimit: Int = {
        let pages = sysconf(Int32(_SC_PHYS_PAGES))
        let size = sysconf(Int32(_SC_PAGESIZE))
        if pages <= 0 || size <= 0 { return 1 << 36 }
        let (product, overflow) = pages.multipliedReportingOverflow(by: size)
        return overflow ? Int.max : product
    }()
}
