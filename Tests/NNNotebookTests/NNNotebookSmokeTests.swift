import Testing
@testable import NNNotebook

@Test func moduleLinks() {
    #expect(Bool(true))
}
