import Testing
@testable import NNPlot

@Test func moduleLinks() {
    #expect(Bool(true))
}
