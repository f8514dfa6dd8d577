import Testing
@testable import NNTensor

/// `hasUniqueStorage()`: true only while no other tensor value shares the storage.
@Test func uniqueStorageTracksCopiesAndViews() throws {
    var a = try Tensor([Float(1), 2, 3, 4], shape: [2, 2])
    var alone = a.hasUniqueStorage()
    #expect(alone)

    do {
        let copy = a
        withExtendedLifetime(copy) { alone = a.hasUniqueStorage() }
        #expect(!alone)
    }
    alone = a.hasUniqueStorage()
    #expect(alone)

    do {
        let view = try a.reshape([4])
        withExtendedLifetime(view) { alone = a.hasUniqueStorage() }
        #expect(!alone)
        let transposed = a.T
        withExtendedLifetime(transposed) { alone = a.hasUniqueStorage() }
        #expect(!alone)
    }
    alone = a.hasUniqueStorage()
    #expect(alone)

    // A computed result owns fresh storage.
    var sum = try a + a
    alone = sum.hasUniqueStorage()
    #expect(alone)
}
