import Testing
import NNTensor
@testable import NNAutograd

private func leaf(_ values: [Double], _ shape: [Int]? = nil, dtype: DType = .float64) throws -> Variable {
    let t = try Tensor(values, shape: shape ?? [values.count]).astype(dtype)
    return try Variable(t, requiresGrad: true)
}

private func values(_ v: Variable?) -> [Double] { v?.data.toDoubles() ?? [] }

/// backward(): accumulation, ownership of gradient buffers, freeing, errors, grad mode.
@Suite struct EngineTests {
    @Test func gradientsAccumulateAcrossBackwardCalls() throws {
        let x = try leaf([1, -2, 3])
        try x.mul(x).sum().backward()
        let first = x.grad
        try x.mul(.float(3)).sum().backward()
        #expect(values(x.grad) == [5, -1, 9])          // 2x + 3
        #expect(first === x.grad)                        // the same grad object, updated
    }

    @Test func bothPathsOfADiamondAreSummed() throws {
        let x = try leaf([0.5, 2])
        let y = try x.mul(x)
        try y.add(y).sum().backward()
        #expect(values(x.grad) == [2, 8])               // d(2x²) = 4x
    }

    @Test func aLeafUsedTwiceInOneOpGetsBothGradients() throws {
        let x = try leaf([3, -1])
        try x.mul(x).sum().backward()
        #expect(values(x.grad) == [6, -2])
    }

    @Test func leavesNeverShareAGradientBuffer() throws {
        let a = try leaf([1, 2]), b = try leaf([3, 4])
        try a.add(b).sum().backward()
        let ga = try #require(a.grad), gb = try #require(b.grad)
        #expect(!ga.data.sharesStorage(with: gb.data))
        ga.data.zero()
        #expect(values(b.grad) == [1, 1])
    }

    @Test func aUserGradientIsCopiedNotAdopted() throws {
        let x = try leaf([1, 2])
        let g = try Tensor([0.5, 0.25])
        try x.backward(gradient: g)
        try x.grad?.data.mulInPlace(.float(10))
        #expect(g.toDoubles() == [0.5, 0.25])
        #expect(values(x.grad) == [5, 2.5])
    }

    @Test func nonScalarBackwardNeedsAGradient() throws {
        let x = try leaf([1, 2])
        let y = try x.mul(.float(2))
        #expect(throws: AutogradError.implicitGradientOfNonScalar) { try y.backward() }
        #expect(throws: AutogradError.gradientShape(gradient: [3], output: [2])) {
            try y.backward(gradient: Tensor([1.0, 1, 1]))
        }
        try y.backward(gradient: Tensor([1.0, -1]))
        #expect(values(x.grad) == [2, -2])
    }

    @Test func backwardOnATensorWithoutGradIsAnError() throws {
        let x = Variable(Tensor([1.0, 2]))
        #expect(throws: AutogradError.doesNotRequireGrad) { try x.sum().backward() }
        #expect(AutogradError.doesNotRequireGrad.message == "element 0 of tensors does not require grad and does not have a grad_fn")
    }

    @Test func theGraphIsFreedUnlessRetained() throws {
        let x = try leaf([0.5])
        let e = try x.exp()
        let y = try e.sum()
        try y.backward(retainGraph: true)
        try y.backward()
        #expect(Swift.abs(values(x.grad)[0] - 2 * Foundation_exp(0.5)) < 1e-12)
        #expect(throws: AutogradError.graphFreed) { try y.backward() }
        #expect(e.gradFn?.isReleased == true)      // ExpBackward0 saved its result
        #expect(y.gradFn?.isReleased == false)     // SumBackward0 saved nothing
    }

    @Test func opsThatSaveNothingMayRunBackwardTwice() throws {
        let x = try leaf([1, 2])
        let y = try x.add(.float(1)).sum()
        try y.backward()
        try y.backward()
        #expect(values(x.grad) == [2, 2])
    }

    @Test func noGradRecordsNothing() throws {
        let x = try leaf([1, 2])
        let y = try GradMode.withNoGrad { try x.mul(.float(2)) }
        #expect(!y.requiresGrad && y.gradFn == nil && y.isLeaf)
        let saved = GradMode.enter(enabled: false)
        let inner = GradMode.enter(enabled: true)          // enable_grad inside no_grad
        #expect(try x.mul(.float(2)).requiresGrad)
        GradMode.exit(inner)
        #expect(!GradMode.isEnabled)
        GradMode.exit(saved)
        #expect(GradMode.isEnabled && GradMode.noGradDepth == 0)
    }

    @Test func detachSharesStorageOutsideTheGraph() throws {
        let x = try leaf([1, 2])
        let d = x.detach()
        #expect(!d.requiresGrad && d.isLeaf)
        d.data.fill(.float(7))
        #expect(values(x) == [7, 7])
    }

    @Test func retainGradKeepsANonLeafGradient() throws {
        let x = try leaf([1, 3])
        let h = try x.mul(.float(2))
        try h.retainGrad()
        try h.mul(h).sum().backward()
        #expect(values(h.grad) == [4, 12])               // 2h
        #expect(values(x.grad) == [8, 24])
        #expect(throws: AutogradError.retainGradWithoutRequiresGrad) { try Variable(Tensor([1.0])).retainGrad() }
    }

    @Test func requiresGradRules() throws {
        #expect(throws: AutogradError.requiresGradDType(.int64)) { try Variable(Tensor([Int64(1)]), requiresGrad: true) }
        let x = try leaf([1])
        let y = try x.mul(.float(2))
        #expect(throws: AutogradError.requiresGradOnNonLeaf) { try y.setRequiresGrad(false) }
        try y.setRequiresGrad(true)
        try x.setRequiresGrad(false)
        #expect(!x.requiresGrad)
    }

    @Test func gradientsComeBackInTheLeafDtype() throws {
        let x = try leaf([1, 2], dtype: .float32)
        let y = try Variable(Tensor([0.5, 4.0]), requiresGrad: true)   // float64
        let z = try x.mul(y).sum()
        #expect(z.dtype == .float64)
        try z.backward()
        #expect(x.grad?.dtype == .float32 && values(x.grad) == [0.5, 4])
        #expect(y.grad?.dtype == .float64 && values(y.grad) == [1, 2])
    }

    @Test func aHundredThousandNodeChainNeitherRecursesNorLeaks() throws {
        let x = try leaf([1])
        var v = x
        for _ in 0..<100_000 { v = try v.add(.float(1)) }
        try v.sum().backward()
        #expect(values(x.grad) == [1])
        #expect(values(v) == [100_001])
        v = x          // drops the chain: teardown must be iterative too
        #expect(v === x)
    }

    @Test func inPlaceRules() throws {
        let x = try leaf([1, 2])
        #expect(throws: AutogradError.inPlaceOnLeaf) { try x.modifyInPlace { try $0.add(.float(1)) } }
        // Under no_grad the leaf is updated in its storage, seen through views.
        let view = try x.index([.int(0)])
        try GradMode.withNoGrad { try x.modifyInPlace { try $0.sub(.float(0.5)) } }
        #expect(values(x) == [0.5, 1.5] && values(view) == [0.5])
        // A non-leaf takes the in-place op's history, with the right gradient.
        let h = try x.mul(.float(2))
        try h.modifyInPlace { try $0.mul(.float(3)) }
        #expect(h.gradFnName == "MulBackward0")
        try h.sum().backward()
        #expect(values(x.grad) == [6, 6])
        // Item assignment on a non-leaf records CopySlices.
        let k = try x.mul(.float(1))
        try k.modifyInPlace { try $0.indexPut([.int(1)], .float(0)) }
        #expect(k.gradFnName == "CopySlices")
        // copy_ from a smaller source that requires grad broadcasts it; a larger one is refused.
        let c = try x.mul(Variable(Tensor([1.0, 1.0])))
        let source = try Variable(Tensor([4.0]), requiresGrad: true)
        try c.modifyInPlace { _ in source }
        #expect(values(c) == [4, 4] && c.shape == [2])
        try c.sum().backward()
        #expect(values(source.grad) == [2])
        #expect(throws: TensorError.self) { try c.modifyInPlace { _ in try source.expand([3, 2]) } }
        // zero_() on a non-leaf cuts the old history off with a zero gradient.
        let z = try x.mul(.float(5))
        try z.modifyInPlace { v in Variable(try v.data.zerosLike()) }
        x.grad = nil
        try z.add(.float(1)).sum().backward()
        #expect(values(x.grad) == [0, 0] && values(z) == [0, 0])
        // Float results do not fit an integer tensor.
        let ints = Variable(Tensor([Int64(1), 2]))
        #expect(throws: TensorError.self) { try ints.modifyInPlace { try $0.mul(.float(0.5)) } }
    }

    @Test func reprSuffixesFollowPyTorch() throws {
        let x = try leaf([1])
        #expect(x.reprSuffixes == ["requires_grad=True"])
        #expect(try x.mul(.float(2)).reprSuffixes == ["grad_fn=<MulBackward0>"])
        #expect(Variable(Tensor([1.0])).reprSuffixes.isEmpty)
        let p = try Variable.parameter(Tensor([1.0, 1.0]).astype(.float32))
        #expect(p.torchRepr() == "Parameter containing:\ntensor([1., 1.], requires_grad=True)")
        #expect(try p.mul(.float(2)).torchRepr() == "tensor([2., 2.], grad_fn=<MulBackward0>)")
    }
}

private func Foundation_exp(_ x: Double) -> Double { Double.exp(x) }
