import Testing
@testable import NNData

@Test func moduleLinks() {
    #expect(Bool(true))
}
