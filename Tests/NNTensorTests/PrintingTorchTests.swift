import Testing
@testable import NNTensor

/// PyTorch printing against the fixtures PyTorch itself printed (generate.py).
@Suite struct PrintingTorchTests {
    @Test func fixturesLoaded() {
        #expect(PrintingFixtures.torch.count >= 150)
        #expect(!PrintingFixtures.torchSizes.isEmpty)
    }

    @Test(arguments: PrintingFixtures.torch.map(\.name))
    func reprMatchesPyTorch(_ name: String) throws {
        let fixture = try #require(PrintingFixtures.torchCase(name))
        let tensor = try #require(FixtureArray(fixture))
        let text = TorchFormatter.repr(tensor, options: fixture.options.torch,
                                       suffixes: fixture.suffixes ?? [])
        #expect(text == fixture.repr)
        #expect(tensor.strayReads.isEmpty, "read elements a summary does not show")
    }

    @Test func sizeText() {
        for size in PrintingFixtures.torchSizes {
            #expect(TorchFormatter.sizeText(size.dims) == size.str)
        }
    }

    /// LANGUAGE.md's examples (PyTorch 2.x output).
    @Test func languageExamples() throws {
        let half = try #require(ArrayLiteralPrintable(shape: [2], elements: .float32([0.5, 1])))
        #expect(TorchFormatter.repr(half) == "tensor([0.5000, 1.0000])")
        let loss = try #require(ArrayLiteralPrintable(shape: [], elements: .float32([0.3346])))
        #expect(TorchFormatter.repr(loss, suffixes: ["grad_fn=<MeanBackward0>"])
                == "tensor(0.3346, grad_fn=<MeanBackward0>)")
    }

    @Test func profiles() throws {
        let base = TorchPrintOptions(precision: 7, sciMode: true)
        let short = try #require(base.applyingProfile("short"))
        #expect(short.precision == 2 && short.edgeItems == 2 && short.sciMode == true)
        let full = try #require(base.applyingProfile("full"))
        #expect(full.threshold == Int.max && full.precision == 4)
        #expect(base.applyingProfile("long") == nil)
    }
}
