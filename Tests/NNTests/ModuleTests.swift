import Testing
import NNTensor
import NNAutograd
@testable import NN

/// Registries, traversal, modes, state dicts and containers.
@Suite struct ModuleTests {
    private struct Errors: Decodable {
        let strict: String
        let nonstrict: String
        let nonstrictResult: String
        let allMatched: String
        enum CodingKeys: String, CodingKey {
            case strict, nonstrict, nonstrictResult = "nonstrict.result", allMatched = "all.matched"
        }
    }

    @Test func attributesRegisterInAssignmentOrderAndReplaceEachOther() throws {
        let m = Module(typeName: "Net")
        try m.registerModule("fc", try Linear(inFeatures: 2, outFeatures: 2))
        try m.registerParameter("scale", try onesParameter(1))
        try m.registerModule("act", Activation(.relu()))
        #expect(m.namedParameters().map(\.name) == ["scale", "fc.weight", "fc.bias"])
        // Assigning a parameter to a child's name replaces the child (PyTorch's __setattr__).
        try m.registerParameter("act", try onesParameter(2))
        #expect(m.children().count == 1)
        if case .parameter(let p)? = m.attribute(named: "act") { #expect(p?.count == 2) } else { Issue.record("not a parameter") }
        // None entries are kept but skipped by the traversals.
        try m.registerModule("fc", nil)
        #expect(m.namedParameters().map(\.name) == ["scale", "act"])
        #expect(m.description == "Net(\n  (fc): None\n)")
        #expect(m.removeAttribute("fc"))
        #expect(m.attribute(named: "fc") == nil)
    }

    @Test func registrationNamesAreCheckedAsPyTorchDoes() throws {
        let m = Module(typeName: "Net")
        #expect(throws: NNError.registrationName(kind: "parameter", name: "a.b", reason: .containsDot)) {
            try m.registerParameter("a.b", nil)
        }
        #expect(NNError.registrationName(kind: "module", name: "a.b", reason: .containsDot).message == "module name can't contain \".\", got: a.b")
        #expect(NNError.registrationName(kind: "parameter", name: "", reason: .empty).message == "parameter name can't be empty string \"\"")
        try m.registerModule("x", Identity())
        #expect(throws: NNError.registrationName(kind: "buffer", name: "x", reason: .exists)) {
            try m.registerBuffer("x", nil, strict: true)
        }
    }

    @Test func sharedParametersAndModulesAreListedOnce() throws {
        let shared = try Linear(inFeatures: 3, outFeatures: 3)
        let m = try scriptModule("Tied", [("a", shared), ("b", shared)])
        #expect(m.parameters().count == 2)
        #expect(m.modules().count == 2)
        #expect(m.stateDict().keys == ["a.weight", "a.bias", "b.weight", "b.bias"])   // as PyTorch's state_dict
        // A module that contains itself neither loops nor overflows.
        try m.registerModule("me", m)
        #expect(m.modules().count == 2)
        #expect(m.description.contains("(me): Tied(...)"))
    }

    @Test func trainEvalRecurseAndChangeDropout() throws {
        let model = try fashionClassifier()
        model.forwardHandler = { m, x in try m.child(named: "network")?.forward(x) ?? x }
        model.eval()
        #expect(model.modules().allSatisfy { !$0.training })
        let x = try Variable(Tensor.ones([2, 784], dtype: .float32))
        let a = try model(x), b = try model(x)
        #expect(a.data.equal(b.data))                    // no dropout in eval
        model.train()
        #expect(model.modules().allSatisfy { $0.training })
    }

    @Test func forwardHandlerDefinesAScriptModel() throws {
        let net = try simpleANN()
        #expect(throws: NNError.forwardNotImplemented(typeName: "SimpleANN")) { _ = try net(Variable(Tensor.ones([1, 4], dtype: .float32))) }
        net.forwardHandler = { m, x in
            guard let l1 = m.child(named: "linear1"), let act = m.child(named: "activation"), let l2 = m.child(named: "linear2") else {
                throw NNError.forwardNotImplemented(typeName: m.typeName)
            }
            return try l2(act(l1(x)))
        }
        let y = try Sequential([net, Activation(.sigmoid)])(Variable(Tensor.ones([3, 4], dtype: .float32)))
        #expect(y.shape == [3, 2] && y.gradFnName == "SigmoidBackward0")
        #expect(NNError.forwardNotImplemented(typeName: "Net").message == "Module [Net] is missing the required \"forward\" function")
    }

    @Test func zeroGradClearsOrZeroes() throws {
        let model = try Linear(inFeatures: 3, outFeatures: 2)
        try model(Variable(Tensor.ones([4, 3], dtype: .float32))).sum().backward()
        model.zeroGrad(setToNone: false)
        #expect(model.parameters().allSatisfy { $0.grad?.data.toDoubles().allSatisfy { $0 == 0 } == true })
        model.zeroGrad()
        #expect(model.parameters().allSatisfy { $0.grad == nil })
    }

    @Test func stateDictRoundTripAndPyTorchErrors() throws {
        let expected = try loadFixture("errors.json", as: Errors.self)
        let m = Sequential([try Linear(inFeatures: 3, outFeatures: 2), try BatchNorm(numFeatures: 2, spatialDimensions: 1)])
        let sd = m.stateDict()
        #expect(sd.keys == ["0.weight", "0.bias", "1.weight", "1.bias", "1.running_mean", "1.running_var", "1.num_batches_tracked"])
        #expect(sd["1.num_batches_tracked"]?.dtype == .int64)
        var bad = sd
        bad["0.bias"] = nil
        bad["extra.weight"] = try Tensor.zeros([1], dtype: .float32)
        bad["1.weight"] = try Tensor.zeros([5], dtype: .float32)
        do { try m.loadStateDict(bad); Issue.record("no error") } catch let e as NNError { #expect(e.message == expected.strict) }
        do { try m.loadStateDict(bad, strict: false); Issue.record("no error") } catch let e as NNError { #expect(e.message == expected.nonstrict) }
        var ok = sd
        ok["0.bias"] = nil
        ok["extra"] = try Tensor.zeros([1], dtype: .float32)
        #expect(try m.loadStateDict(ok, strict: false).description == expected.nonstrictResult)
        #expect(try m.loadStateDict(sd).description == expected.allMatched)
        // Loading copies into the existing parameters (an optimizer keeps seeing them).
        let other = Sequential([try Linear(inFeatures: 3, outFeatures: 2), try BatchNorm(numFeatures: 2, spatialDimensions: 1)])
        let weight = try #require(other.parameters().first)
        try other.loadStateDict(m.stateDict())
        let saved = try #require(m.stateDict()["0.weight"])
        #expect(weight === other.parameters().first)
        #expect(weight.data.equal(saved))
    }

    @Test func sequentialIndexingSlicingAndGrowth() throws {
        let layers: [Module] = [Flatten(), try Linear(inFeatures: 4, outFeatures: 3), Activation(.relu()), try Linear(inFeatures: 3, outFeatures: 2)]
        let s = Sequential(layers)
        #expect(try s.child(at: -1) === layers[3])
        #expect(throws: NNError.indexOutOfRange(index: 4, count: 4)) { _ = try s.child(at: 4) }
        #expect(NNError.indexOutOfRange(index: 4, count: 4).message == "index 4 is out of range")
        let tail = try s.slice(start: 1, stop: nil, step: nil)
        #expect(tail.count == 3 && tail.namedChildren().map(\.name) == ["0", "1", "2"])
        #expect(try s.slice(start: nil, stop: nil, step: -1).children().first === layers[3])
        s.append(Activation(.sigmoid))
        try s.insert(Identity(), at: 0)
        #expect(s.namedChildren().map(\.name) == ["0", "1", "2", "3", "4", "5"])
        #expect(try s(Variable(Tensor.ones([2, 2, 2], dtype: .float32))).shape == [2, 2])
    }

    @Test func lossModulesNeedTwoInputs() throws {
        let loss = try Loss(.mse)
        #expect(throws: NNError.forwardArity(typeName: "MSELoss", expected: 2, got: 1)) { _ = try loss(Variable(Tensor([Float(1)]))) }
        let weighted = try Loss(.crossEntropy(), weight: Tensor([Float(1), 2]))
        #expect(weighted.stateDict().keys == ["weight"])
    }

    @Test func convertingFloatingPointKeepsIntegerBuffers() throws {
        let m = try BatchNorm(numFeatures: 2, spatialDimensions: 1)
        try m.convertFloatingPoint(to: .float64)
        #expect(m.stateDict().entries.map(\.value.dtype) == [.float64, .float64, .float64, .float64, .int64])
    }
}

/// Extreme arguments to modules and optimizers become errors, never traps.
@Suite struct HostileModuleInputTests {
    @Test func extremeArguments() throws {
        let s = Sequential([Identity(), Identity(), Identity()])
        #expect(try s.slice(start: 1, stop: nil, step: Int.max).count == 1)
        #expect(try s.slice(start: nil, stop: nil, step: Int.min).count == 1)
        #expect(throws: (any Error).self) { _ = try s.child(at: Int.min) }
        #expect(throws: (any Error).self) { _ = try s.slice(start: 0, stop: 1, step: 0) }
        #expect(throws: (any Error).self) { _ = try Linear(inFeatures: -1, outFeatures: 3) }
        #expect(throws: (any Error).self) { _ = try Linear(inFeatures: Int.max, outFeatures: Int.max) }
        #expect(throws: (any Error).self) { _ = try Conv2d(inChannels: 3, outChannels: 4, kernelSize: 3, groups: 2) }
        #expect(throws: (any Error).self) { _ = try Embedding(numEmbeddings: 3, embeddingDim: 2, paddingIndex: 7) }
        #expect(throws: (any Error).self) { _ = try SGD([try onesParameter(1)], lr: .float(.nan)) }
        #expect(throws: (any Error).self) { _ = try StepLR(try SGD([try onesParameter(1)], lr: 0.1), stepSize: 0) }
        #expect(throws: (any Error).self) { _ = try Dropout(p: 2) }
    }
}
