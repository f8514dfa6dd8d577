import Testing
@testable import NN

@Test func moduleLinks() {
    #expect(Bool(true))
}
