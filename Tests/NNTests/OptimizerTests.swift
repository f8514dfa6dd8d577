import Testing
import NNTensor
import NNAutograd
@testable import NN

/// Optimizer construction rules, groups and the error messages of PyTorch 2.15.
@Suite struct OptimizerTests {
    @Test func constructorErrors() throws {
        let p = try onesParameter(2)
        let cases: [(String, () throws -> Optimizer)] = [
            ("optimizer got an empty parameter list", { try SGD([], lr: 0.1) }),
            ("Invalid learning rate: -1.0", { try Adam([p], lr: -1.0) }),
            ("Invalid momentum value: -1.0", { try SGD([p], lr: 0.1, momentum: -1.0) }),
            ("Nesterov momentum requires a momentum and zero dampening", { try SGD([p], lr: 0.1, nesterov: true) }),
            ("Nesterov momentum requires a momentum and zero dampening", { try SGD([p], lr: 0.1, momentum: 0.9, dampening: 0.1, nesterov: true) }),
            ("Invalid beta parameter at index 0: 1.0", { try Adam([p], betas: (1.0, 0.9)) }),
            ("Invalid epsilon value: -1.0", { try Adam([p], eps: -1.0) }),
            ("Invalid alpha value: -1.0", { try RMSprop([p], alpha: -1.0) }),
            ("Invalid weight_decay value: -1.0", { try Adam([p], weightDecay: -1.0) }),
            ("can't optimize a non-leaf Tensor", { try SGD([try p.mul(.float(2))], lr: 0.1) }),
            ("some parameters appear in more than one parameter group",
             { try SGD(groups: [ParamGroupSpec(params: [p]), ParamGroupSpec(params: [p])], lr: 0.1) }),
        ]
        for (message, make) in cases {
            do { _ = try make(); Issue.record("no error for \(message)") } catch let e as NNError {
                #expect(e.message == message)
                #expect(e.exceptionName == "ValueError")
            }
        }
    }

    @Test func groupsTakeTheirOwnOptionsThenTheDefaults() throws {
        let a = try onesParameter(1), b = try onesParameter(1)
        let opt = try SGD(groups: [ParamGroupSpec(params: [a], options: [("lr", .number(0.5))]), ParamGroupSpec(params: [b])],
                          lr: 0.1, momentum: 0.9)
        #expect(opt.paramGroups[0].keys.first == "lr" && opt.paramGroups[0].lr == 0.5 && opt.paramGroups[1].lr == 0.1)
        a.grad = Variable(try Tensor.ones([1], dtype: .float32))
        b.grad = Variable(try Tensor.ones([1], dtype: .float32))
        opt.paramGroups[1].lr = 0.2                     // what a scheduler does
        try opt.step()
        #expect(a.data.toDoubles() == [0.5] && Swift.abs(b.data.toDoubles()[0] - 0.8) < 1e-7)
        opt.zeroGrad()
        #expect(a.grad == nil && b.grad == nil)
    }

    @Test func parametersWithoutGradientsAreSkipped() throws {
        let p = try onesParameter(3)
        let opt = try Adam([p], lr: 0.1)
        try opt.step()
        #expect(p.data.toDoubles() == [1, 1, 1])
    }

    @Test func trainingReducesALoss() throws {
        // y = 2x + 1 from four points with SGD+momentum, Adam and RMSprop.
        for make in [{ (ps: [Variable]) in try SGD(ps, lr: 0.05, momentum: 0.9) as Optimizer },
                     { (ps: [Variable]) in try Adam(ps, lr: 0.1) as Optimizer },
                     { (ps: [Variable]) in try RMSprop(ps, lr: 0.05) as Optimizer }] {
            let model = try Linear(inFeatures: 1, outFeatures: 1)
            let opt = try make(model.parameters())
            let x = Variable(try Tensor([Float(0), 1, 2, 3], shape: [4, 1]))
            let y = Variable(try Tensor([Float(1), 3, 5, 7], shape: [4, 1]))
            var last = Double.infinity
            for _ in 0..<300 {
                opt.zeroGrad()
                let loss = try model(x).mseLoss(y)
                try loss.backward()
                try opt.step()
                last = loss.data.doubleElement(at: 0)
            }
            #expect(last < 1e-3, "\(opt.typeName) ended at \(last)")
        }
    }

    @Test func clipGradValueAndEmptyClip() throws {
        let p = try onesParameter(3)
        p.grad = Variable(Tensor([Float(-5), 0.5, 3]))
        try GradientClipping.clipGradValue([p], clipValue: 1)
        #expect(p.grad?.data.toDoubles() == [-1, 0.5, 1])
        #expect(try GradientClipping.clipGradNorm([try onesParameter(1)], maxNorm: 1).doubleElement(at: 0) == 0)
    }
}
