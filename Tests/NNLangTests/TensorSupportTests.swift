import NNAutograd
import NNTensor
import Testing
@testable import NNLang

/// TensorSupport: conversions between nn values and tensors, index translation, dtype
/// parsing, argument extraction with PyTorch's messages, error wording per library, and the
/// per-session print options. Expected values come from NumPy 2.4 / PyTorch 2.15 (noted
/// where they are library output).
@Suite struct TensorSupportTests {
    static func list(_ items: [Value]) -> Value { .list(ListObject(items)) }

    // MARK: - Array-likes to tensors

    /// (value, flavour, dtype, shape) — dtypes as np.array(...).dtype / torch.tensor(...).dtype give them.
    static var nestedCases: [(Value, Flavor, DType, [Int])] {
        [
            (list([.int(1), .int(2)]), .numpy, .int64, [2]),
            (list([.int(1), .float(2)]), .numpy, .float64, [2]),
            (list([.int(1), .float(2)]), .torch, .float32, [2]),
            (list([.bool(true), .int(2)]), .numpy, .int64, [2]),            // np.array([True, 2]).dtype == int64
            (list([.bool(true), .bool(false)]), .torch, .bool, [2]),
            (list([]), .numpy, .float64, [0]),                               // np.array([]).dtype == float64
            (list([]), .torch, .float32, [0]),                               // torch.tensor([]).dtype == float32
            (list([list([.int(1), .int(2)]), list([.int(3), .int(4)])]), .torch, .int64, [2, 2]),
            (.tuple([.float(0.5), .float(1.5), .float(2.5)]), .numpy, .float64, [3]),
            (.float(2.5), .numpy, .float64, []),
            (.int(7), .torch, .int64, []),
        ]
    }

    @Test(arguments: 0..<11)
    func nestedValuesBecomeTensors(_ i: Int) throws {
        let (value, flavor, dtype, shape) = Self.nestedCases[i]
        let t = try TensorConversion.tensor(value, dtype: nil, flavor: flavor)
        #expect(t.dtype == dtype)
        #expect(t.shape == shape)
    }

    @Test func everyNestedCaseRuns() { #expect(Self.nestedCases.count == 11) }

    @Test func arraysInsideListsContributeTheirElements() throws {
        let row = Value.ndarray(try Tensor([1.0, 2.0] as [Double], shape: [2]))
        let t = try TensorConversion.tensor(Self.list([row, row]), dtype: nil, flavor: .numpy)
        #expect(t.shape == [2, 2])
        #expect(t.toDoubles() == [1, 2, 1, 2])
        let f32 = Value.tensor(try Tensor([1, 2] as [Float], shape: [2]))
        #expect(try TensorConversion.tensor(Self.list([f32]), dtype: nil, flavor: .torch).dtype == .float32)
    }

    @Test func aLoneArrayIsSharedNotCopied() throws {
        let data = try Tensor([1.0, 2.0] as [Double], shape: [2])
        let t = try TensorConversion.tensor(.ndarray(data), dtype: nil, flavor: .numpy)
        #expect(t.sharesStorage(with: data))
        let converted = try TensorConversion.tensor(.ndarray(data), dtype: .float32, flavor: .numpy)
        #expect(!converted.sharesStorage(with: data) && converted.dtype == .float32)
    }

    @Test func raggedListsAreNumPysValueError() {
        // np.array([[1, 2], [3]]) raises this ValueError in NumPy 2.4.
        let ragged = Self.list([Self.list([.int(1), .int(2)]), Self.list([.int(3)])])
        let e = TensorErrors.caught { try TensorConversion.tensor(ragged, dtype: nil, flavor: .numpy) }
        #expect(e?.type === BuiltinTypes.shared.valueError)
        #expect(e?.message == "setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (2,) + inhomogeneous part.")
    }

    @Test func strings_andDeepNesting_areErrorsNotCrashes() {
        let e = TensorErrors.caught { try TensorConversion.tensor(Self.list([.string("x")]), dtype: nil, flavor: .numpy) }
        #expect(e?.type === BuiltinTypes.shared.typeError)
        var deep = Value.int(1)
        for _ in 0..<100 { deep = Self.list([deep]) }
        let d = TensorErrors.caught { try TensorConversion.tensor(deep, dtype: nil, flavor: .numpy) }
        #expect(d?.type === BuiltinTypes.shared.valueError)
        // A list that contains itself.
        let selfish = ListObject([])
        selfish.items.append(.list(selfish))
        #expect(TensorErrors.caught { try TensorConversion.tensor(.list(selfish), dtype: nil, flavor: .numpy) } != nil)
    }

    @Test func tolistRebuildsNestedListsOfNNNumbers() throws {
        let t = try Tensor([1, 2, 3, 4, 5, 6] as [Int64], shape: [2, 3])
        guard case .list(let outer) = try TensorConversion.list(t) else { Issue.record("not a list"); return }
        #expect(outer.items.count == 2)
        guard case .list(let second) = outer.items[1] else { Issue.record("not a list"); return }
        #expect(second.items.compactMap(\.asIndex) == [4, 5, 6])
        guard case .float(let d) = try TensorConversion.list(Tensor(scalar: .float(2.5), dtype: .float64)) else {
            Issue.record("a 0-d tensor's tolist is a number")
            return
        }
        #expect(d == 2.5)
    }

    // MARK: - Indices

    @Test func subscriptsBecomeTensorIndices() throws {
        let index = try Index(.tuple([.int(1), .slice(SliceObject(start: .none, stop: .int(3), step: .int(2))), .none, .ellipsis]))
        let converted = try IndexConversion.tensorIndex(index, flavor: .numpy)
        #expect(converted.count == 4)
        if case .int(1) = converted[0] {} else { Issue.record("int") }
        if case .slice(nil, 3, 2) = converted[1] {} else { Issue.record("slice") }
        if case .newAxis = converted[2] {} else { Issue.record("None") }
        if case .ellipsis = converted[3] {} else { Issue.record("...") }
    }

    @Test func listsBecomeMasksOrIndexArrays() throws {
        let mask = try IndexConversion.tensorIndex(try Index(Self.list([.bool(true), .bool(false)])), flavor: .numpy)
        if case .mask(let m) = mask[0] { #expect(m.dtype == .bool && m.shape == [2]) } else { Issue.record("a bool list is a mask") }
        let ints = try IndexConversion.tensorIndex(try Index(Self.list([.int(0), .int(2)])), flavor: .torch)
        if case .array(let a) = ints[0] { #expect(a.dtype == .int64) } else { Issue.record("an int list is an index array") }
        let empty = try IndexConversion.tensorIndex(try Index(Self.list([])), flavor: .numpy)
        if case .array(let a) = empty[0] { #expect(a.dtype == .int64 && a.count == 0) } else { Issue.record("[] selects nothing") }
    }

    @Test func invalidIndicesAreIndexErrors() {
        // a["x"] in NumPy 2.4 raises this IndexError.
        let e = TensorErrors.caught { try IndexConversion.tensorIndex(try Index(.string("x")), flavor: .numpy) }
        #expect(e?.type === BuiltinTypes.shared.indexError)
        #expect(e?.message == "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices")
    }

    // MARK: - dtypes

    @Test func numpyDTypeNames() throws {
        let cases: [(Value, DType)] = [
            (.string("f4"), .float32), (.string("float64"), .float64), (.string("int"), .int64),
            (.string("bool"), .bool), (.type(BuiltinTypes.shared.int), .int64), (.type(BuiltinTypes.shared.float), .float64),
            (.type(BuiltinTypes.shared.bool), .bool), (.string("uint8"), .int64), (.string("int32"), .int64),
        ]
        for (v, expected) in cases { #expect(try NumpyDTypes.parse(v) == expected) }
    }

    @Test func unsupportedDTypesNameTheSupportedOnes() {
        #expect(throws: ScriptError.self) { try NumpyDTypes.parse(.string("float16")) }
        do {
            _ = try NumpyDTypes.parse(.string("complex128"))
        } catch {
            #expect(error.message.contains("float32, float64, int64 and bool"))
        }
        do {
            _ = try NumpyDTypes.parse(.string("floot"))
        } catch {
            // NumPy 2.4: np.dtype("floot") raises TypeError: data type 'floot' not understood
            #expect(error.message == "data type 'floot' not understood")
        }
    }

    @Test func torchDTypes() throws {
        // torch.tensor([1], dtype=float).dtype is torch.float64 in PyTorch.
        #expect(try TorchDTypeObject.parse(.type(BuiltinTypes.shared.float), function: "tensor") == .float64)
        #expect(try TorchDTypeObject.parse(.native(TorchDTypeObject.object(for: .int64)), function: "tensor") == .int64)
        #expect(try TorchDTypeObject.parse(.none, function: "tensor") == nil)
        do {
            _ = try TorchDTypeObject.parse(.string("float32"), function: "zeros")
            Issue.record("a string is not a torch dtype")
        } catch {
            #expect(error.message == "zeros(): argument 'dtype' must be torch.dtype, not str")
        }
    }

    // MARK: - Values and arguments

    @Test func valuesWrapAndUnwrapTheSameObjects() throws {
        let v = try Variable(try Tensor([1, 2] as [Float], shape: [2]), requiresGrad: true)
        #expect(Value.tensor(v).torchVariable === v)
        #expect(Value.tensor(v).ndarrayTensor == nil)
        let t = try Tensor([1.0] as [Double], shape: [1])
        #expect(Value.ndarray(t).ndarrayTensor?.sharesStorage(with: t) == true)
        #expect(Value.int(1).torchVariable == nil)
    }

    @Test func tensorArgumentsUsePyTorchsTypeError() throws {
        let f = BuiltinFunction("relu", "input, inplace=False") { a, _ in .tensor(try a.tensor(0)) }
        let bound = try Arguments([Self.list([.int(1)])]).bind(f.signature, name: "relu")
        do {
            _ = try bound.tensor(0)
            Issue.record("a list is not a tensor")
        } catch {
            // torch.relu([1]) in PyTorch 2.15.
            #expect(error.type === BuiltinTypes.shared.typeError)
            #expect(error.message == "relu(): argument 'input' (position 1) must be Tensor, not list")
        }
        let ndarray = try Arguments([.ndarray(try Tensor([1.0] as [Double], shape: [1]))]).bind(f.signature, name: "Tensor.relu")
        do {
            _ = try ndarray.tensor(0)
        } catch {
            #expect(error.message == "relu(): argument 'input' (position 1) must be Tensor, not numpy.ndarray")
        }
        let data = try Arguments([Self.list([.int(1), .int(2)])]).bind(f.signature, name: "relu")
        let converted = try data.tensorLike(0)
        #expect(converted.dtype == .int64 && converted.shape == [2])
        #expect(try data.tensorLike(0, dtype: .float32).dtype == .float32)
        let number = try Arguments([.float(0.5)]).bind(f.signature, name: "relu")
        if case .scalar(.float(0.5)) = try number.tensorOrScalar(0) {} else { Issue.record("a number is a scalar operand") }
    }

    @Test func parametersHaveTheirTypeAndRepr() throws {
        let p = try Variable.parameter(try Tensor([1, 2] as [Float], shape: [2]))
        let out = CapturedOutput()
        let nn = Interpreter(output: out)
        // repr(nn.Parameter(torch.tensor([1., 2.]))) in PyTorch 2.15.
        #expect(try nn.runtime.repr(.tensor(p)) == "Parameter containing:\ntensor([1., 2.], requires_grad=True)")
        #expect(Value.tensor(p).type === TensorObject.parameterType)
        #expect(TensorObject.parameterType.isSubclass(of: TensorObject.type))
    }

    // MARK: - Errors

    @Test func errorsAreWordedByLibrary() {
        let broadcast = TensorError.broadcast(shapes: [[3], [4]])
        // np.ones(3) + np.ones(4) and torch.ones(3) + torch.ones(4).
        let np = TensorErrors.numpy(broadcast), torch = TensorErrors.torch(broadcast)
        #expect(np.type === BuiltinTypes.shared.shapeError)
        #expect(np.message == "operands could not be broadcast together with shapes (3,) (4,) ")
        #expect(torch.message == "The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 0")
        let axis = TensorErrors.numpy(TensorError.axisOutOfRange(axis: 2, ndim: 1))
        #expect(axis.type.name == "AxisError")
        #expect(axis.matches(BuiltinTypes.shared.valueError) && axis.matches(BuiltinTypes.shared.indexError))
        #expect(TensorErrors.torch(AutogradError.implicitGradientOfNonScalar).message == "grad can be implicitly created only for scalar outputs")
    }

    // MARK: - Sessions

    @Test func printOptionsBelongToTheSession() {
        let a = CapturedOutput(), b = CapturedOutput()
        let first = Interpreter(output: a), second = Interpreter(output: b)
        _ = first.run("np.set_printoptions(precision=2)\ntorch.set_printoptions(precision=1)\nprint(np.array([1/3]), torch.tensor([1/3]))", file: "a.nn")
        _ = second.run("print(np.array([1/3]), torch.tensor([1/3]))", file: "b.nn")
        #expect(a.text == "[0.33] tensor([0.3])\n")
        #expect(b.text == "[0.33333333] tensor([0.3333])\n")
        first.reset()
        _ = first.run("print(np.array([1/3]))", file: "a.nn")
        #expect(a.text.hasSuffix("[0.33333333]\n"))
    }

    @Test func noGradIsRestoredWhenTheBlockRaises() {
        let out = CapturedOutput()
        let nn = Interpreter(output: out)
        let r = nn.run("""
            try:
                with torch.no_grad():
                    raise ValueError("x")
            except ValueError:
                pass
            print(torch.is_grad_enabled())
            """, file: "g.nn")
        #expect(r.error == nil)
        #expect(out.text == "True\n")
    }

    @Test func everyRegisteredSignatureParses() throws {
        let nn = Interpreter(output: CapturedOutput())
        for name in ["numpy", "numpy.random", "numpy.linalg", "torch"] {
            let m = try nn.runtime.importModule(name)
            for attribute in m.attributeNames {
                if case .builtin(let f)? = m.attribute(attribute) { #expect(f.hasValidSignature, "\(name).\(attribute)") }
            }
        }
        for cls in [ArrayObject.type, TensorObject.type, GeneratorObject.type, SizeObject.type, GradFnObject.type] {
            for attribute in cls.attributeNames {
                if case .builtin(let f)? = cls.lookup(attribute) { #expect(f.hasValidSignature, "\(cls.name).\(attribute)") }
            }
        }
    }
}

extension ScriptError {
    /// The first argument as text (the message).
    fileprivate var message: String {
        if case .str(let s)? = args.first { return s.value }
        return ""
    }
}

extension TensorErrors {
    /// The error `body` throws, converted in NumPy's wording; nil when it does not throw.
    fileprivate static func caught(_ body: () throws -> some Any) -> ScriptError? {
        do { _ = try body() } catch { return numpy(error) }
        return nil
    }
}
