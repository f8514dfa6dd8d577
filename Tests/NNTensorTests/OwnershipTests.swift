import Testing
@testable import NNTensor

/// `ownsStorageExclusively()`: true only for the sole, whole, contiguous holder of a buffer.
@Suite struct OwnershipTests {
    @Test func freshTensorIsOwned() throws {
        var t = try Tensor.zeros([2, 3], dtype: .float32)
        let owned = t.ownsStorageExclusively()
        #expect(owned)
    }

    @Test func sharedValueIsNotOwned() throws {
        var t = try Tensor.zeros([2, 3], dtype: .float32)
        let other = t
        let owned = t.ownsStorageExclusively()
        #expect(!owned)
        #expect(other.count == 6)
    }

    @Test func viewsAreNotOwned() throws {
        let base = try Tensor.zeros([4, 3], dtype: .float64)
        var row = try base.get([.int(1)])
        let rowOwned = row.ownsStorageExclusively()
        var expanded = try Tensor.zeros([1, 3], dtype: .float32).expand(to: [5, 3])
        let expandedOwned = expanded.ownsStorageExclusively()
        var transposed = try Tensor.zeros([2, 3], dtype: .float32).T
        let transposedOwned = transposed.ownsStorageExclusively()
        #expect(!rowOwned && !expandedOwned && !transposedOwned)
    }
}
