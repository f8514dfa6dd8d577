import Testing
@testable import NNLang

@Test func moduleLinks() {
    #expect(Bool(true))
}
