import NNTensor

/// The `np` module (import name `numpy`): NumPy-flavoured arrays, float64 by default.
///
/// Differences from NumPy, by design: elements and reductions come back as nn numbers (no
/// NumPy scalar objects, so `np.float64(0.5)` shows as `0.5`, and a float32 element shows with
/// a double's digits); dtypes are float32, float64, int64 and bool (`np.int32`/`np.uint8` are
/// stored as int64); random numbers come from nn's generator. `np.__version__` is
/// `2.4.6+nn`: the NumPy release whose behaviour the binding follows, labelled as nn's.
enum NumpyModule {
    /// The version string scripts see.
    static let version = "2.4.6+nn"

    @Sendable static func register(_ m: ModuleObject, _ rt: Runtime) throws {
        m.type(ArrayObject.type)
        m.type(NumpyDTypeObject.type)
        for s in NumpyDTypes.scalarTypes { m.type(s.cls) }
        for (alias, name) in NumpyDTypes.aliases {
            if let s = NumpyDTypes.scalarType(named: name) { m.constant(alias, .type(s.cls)) }
        }
        m.constant("pi", .float(Double.pi))
        m.constant("e", .float(2.718281828459045))
        m.constant("nan", .float(.nan))
        m.constant("inf", .float(.infinity))
        m.constant("newaxis", .none)
        m.constant("__version__", .string(version))
        NumpyCreation.register(m)
        NumpyMath.register(m)
        for r in NumpyReductions.table { NumpyReductions.register(r.name, r.kind, doc: r.doc, module: m) }
        NumpyReductions.register("amax", .max, doc: "Maximum over the given axes.", module: m)
        NumpyReductions.register("amin", .min, doc: "Minimum over the given axes.", module: m)
        NumpyShape.register(m)
        NumpySorting.register(m)
        NumpyPrinting.register(m)
        TextLoading.register(m)
        let exceptions = ModuleObject(name: "numpy.exceptions", doc: "NumPy's exception classes.")
        exceptions.type(TensorErrors.axisError)
        m.constant("exceptions", .module(exceptions))
    }

    /// `np.float32(x)`: a number converted to the type (an nn number), or an array-like
    /// converted to an array of it.
    static func scalarConstructor(_ name: String, _ dtype: DType) -> BuiltinFunction {
        BuiltinFunction(name, "value=0, /", doc: "A number or array converted to \(dtype.rawValue).") { a, _ in
            try TensorErrors.numpy {
                let t = try NumpyArguments.array(a[0], dtype: dtype)
                if t.ndim == 0 { return TensorConversion.element(t) }
                return ArrayObject.array(t)
            }
        }
    }
}
