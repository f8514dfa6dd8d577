import Testing
@testable import NNLang

/// The native-object seams, proved with the test-only `toy` library: operators in both
/// orders, NumPy-style subscripts, iteration, truthiness, context managers, attribute hooks,
/// and nn classes deriving from a native base class (`class Net(toy.Module)`).
@Suite(.serialized)
struct NativeSeamTests {
    /// Runs `code` with `toy` bound; returns what it printed and the error diagnostic.
    func run(_ code: String) -> (output: String, error: String?) {
        let out = CapturedOutput()
        let nn = Interpreter(output: out)
        nn.runtime.setGlobal("toy", .module(Toy.module()))
        let result = nn.run(code, file: "seam.nn")
        return (out.text, result.error?.render() ?? result.syntaxErrors.first?.render())
    }

    @Test(arguments: [
        ("t = toy.tensor([1, 2, 3])\nt * 2", "tensor([2.0000, 4.0000, 6.0000])\n"),
        ("t = toy.tensor([1, 2])\n0.5 * t", "tensor([0.5000, 1.0000])\n"),
        ("t = toy.tensor([1, 2])\n10 - t", "tensor([9.0000, 8.0000])\n"),
        ("t = toy.tensor([1, 2])\nt + t", "tensor([2.0000, 4.0000])\n"),
        ("t = toy.tensor([1, 2])\n-t", "tensor([-1.0000, -2.0000])\n"),
        ("t = toy.tensor([1, 2])\nt @ t", "5.0\n"),
        ("t = toy.tensor([1, 2])\nu = t\nt += 1\nu", "tensor([2.0000, 3.0000])\n"),
        ("t = toy.tensor([1, 5, 2])\nt > 1.5", "tensor([0.0000, 1.0000, 1.0000])\n"),
        ("t = toy.tensor([1, 5, 2])\nt[t > 1.5]", "tensor([5.0000, 2.0000])\n"),
        ("t = toy.tensor([1, 5, 2])\nt[-1], t[0]", "(2.0, 1.0)\n"),
        ("t = toy.tensor([1, 5, 2, 7])\nt[1:3], t[::2]", "(tensor([5.0000, 2.0000]), tensor([1.0000, 2.0000]))\n"),
        ("t = toy.tensor([1, 5])\nt[None]", "'newaxis of 2'\n"),
        ("t = toy.tensor([1, 5])\nt[...]", "tensor([1.0000, 5.0000])\n"),
        ("t = toy.tensor([1, 5])\nt[0] = 9\nt", "tensor([9.0000, 5.0000])\n"),
        ("t = toy.tensor([1, 5])\n[v * 2 for v in t]", "[2.0, 10.0]\n"),
        ("t = toy.tensor([1, 5])\nlen(t), t.shape, t.sum().item()", "(2, (2,), 6.0)\n"),
        ("t = toy.tensor([3])\n[10, 20, 30, 40][t]", "40\n"),
        ("t = toy.tensor([1, 2])\ntype(t), isinstance(t, toy.Tensor)", "(<class 'toy.Tensor'>, True)\n"),
        ("t = toy.tensor([1])\nbool(t), 'yes' if t else 'no'", "(True, 'yes')\n"),
        ("with toy.no_grad():\n    print('inside')", "inside\n"),
    ])
    func tensorBehaviour(_ code: String, _ expected: String) {
        let r = run(code)
        #expect(r.error == nil, "\(r.error ?? "")")
        #expect(r.output == expected)
    }

    @Test(arguments: [
        ("t = toy.tensor([1, 2])\nif t:\n    pass", "RuntimeError: Boolean value of Tensor with more than one value is ambiguous"),
        ("t = toy.tensor([1, 2])\nt.shpe", "AttributeError: 'Tensor' object has no attribute 'shpe' (did you mean 'shape'?)"),
        ("t = toy.tensor([1, 2])\n{t: 1}", "TypeError: unhashable type: 'Tensor'"),
        ("t = toy.tensor([1, 2])\nt @ toy.tensor([1])", "ShapeError: size mismatch, got 2, 1"),
        ("t = toy.tensor([1, 2])\nt[5]", "IndexError: index 5 is out of bounds for dimension 0 with size 2"),
        ("t = toy.tensor([1, 2])\n'a' + t", "TypeError: can only concatenate str (not \"Tensor\") to str"),
        ("t = toy.tensor([1, 2])\nt / 2", "TypeError: unsupported operand type(s) for /: 'Tensor' and 'int'"),
        ("toy.tensor(['x'])", "TypeError: tensor() needs numbers, not str"),
        ("toy.tensor([1], requires_grd=True)", "TypeError: tensor() got an unexpected keyword argument 'requires_grd' (did you mean 'requires_grad'?)"),
        ("toy.tensor()", "TypeError: tensor() missing 1 required positional argument: 'data'"),
    ])
    func tensorErrors(_ code: String, _ message: String) {
        let r = run(code)
        #expect(r.error?.contains(message) == true, "\(r.error ?? "no error")")
    }

    static let net = """
        class Net(toy.Module):
            def __init__(self, scale):
                super().__init__()
                self.fc1 = toy.Linear(2, 3)
                self.fc2 = toy.Linear(3, 1)
                self.bias = toy.tensor([0.5])
                self.scale = scale
            def forward(self, x):
                return self.fc2(self.fc1(x)) * self.scale
        net = Net(2.0)
        """

    @Test func nnClassDerivesFromNativeBase() {
        let r = run(NativeSeamTests.net + """

            print(net)
            print(len(net.parameters()), net.scale, net.training)
            net.eval()
            print(net.training)
            print(net(toy.tensor([1.0, 2.0])))
            print(isinstance(net, toy.Module), type(net).__name__)
            print(net.fc1)
            """)
        #expect(r.error == nil, "\(r.error ?? "")")
        // Linear(2,3) weights are 0,.1,.2,0,.1,.2 → fc1([1,2]) = [0.2, 0.2, 0.5];
        // Linear(3,1) weights 0,.1,.2 → 0.02 + 0.1 = 0.12; times scale 2 → 0.24.
        let expected = """
            Net(
              (fc1): Linear(in_features=2, out_features=3, bias=False)
              (fc2): Linear(in_features=3, out_features=1, bias=False)
            )
            3 2.0 True
            False
            tensor([0.2400])
            True Net
            Linear(in_features=2, out_features=3, bias=False)

            """
        #expect(r.output == expected)
    }

    @Test func userReprOverridesNativeRepr() {
        let r = run("class M(toy.Module):\n    def __repr__(self):\n        return 'custom'\nm = M()\nm")
        #expect(r.output == "custom\n")
    }

    @Test func nativeBaseInterceptsAttributesBeforeInit() {
        let r = run("class Bad(toy.Module):\n    def __init__(self):\n        self.fc = toy.Linear(1, 1)\nBad()")
        #expect(r.error?.contains("AttributeError: cannot assign module before Module.__init__() call") == true)
        #expect(r.error?.contains("in __init__ (seam.nn:4)") == true, "\(r.error ?? "")")
    }

    @Test func nativeClassesCannotBeSubclassedWhenFinal() {
        let r = run("class L(toy.Linear):\n    pass")
        #expect(r.error?.contains("TypeError: nn classes cannot derive from the built-in type 'Linear'") == true, "\(r.error ?? "")")
    }

    @Test func contextManagerExitRunsOnError() {
        NoGrad.depth = 0
        let r = run("with toy.no_grad():\n    1 / 0")
        #expect(r.error?.contains("ZeroDivisionError") == true)
        #expect(NoGrad.depth == 0)
    }
}
