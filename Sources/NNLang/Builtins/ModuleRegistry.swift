/// The built-in modules nn offers, by import name, and the global aliases pre-bound to them.
///
/// Each entry is one line: the import name, its documentation, and the function that fills
/// a fresh module object (called once per interpreter, on first import or first use of an
/// alias). Library bindings add their modules here:
/// ```swift
/// "numpy": ModuleSpec(doc: "NumPy arrays (float64 by default).", register: NumpyModule.register),
/// ```
public struct ModuleSpec: Sendable {
    /// One-line documentation.
    public let doc: String
    /// Fills the module with functions, classes and constants.
    public let register: @Sendable (ModuleObject, Runtime) throws -> Void

    /// A module's documentation and registration function.
    public init(doc: String, register: @escaping @Sendable (ModuleObject, Runtime) throws -> Void) {
        self.doc = doc
        self.register = register
    }
}

/// The module table and the alias table.
public enum ModuleRegistry {
    /// Built-in modules by import name.
    static let modules: [String: ModuleSpec] = [
        "math": ModuleSpec(doc: "Mathematical functions (CPython's math module).", register: MathModule.register),
        "random": ModuleSpec(doc: "Random numbers from nn's one seeded generator.", register: RandomModule.register),
        "time": ModuleSpec(doc: "Time access (time, perf_counter, sleep).", register: TimeModule.register),
        "sys": ModuleSpec(doc: "The interpreter: argv, version, maxsize.", register: SysModule.register),
        "typing": ModuleSpec(doc: "Type hints (accepted and ignored).", register: TypingModule.register),
        "__future__": ModuleSpec(doc: "Future statements (accepted; nn already behaves so).", register: TypingModule.registerFuture),
        "numpy": ModuleSpec(doc: "NumPy arrays (float64 by default).", register: NumpyModule.register),
        "numpy.random": ModuleSpec(doc: "Random arrays from nn's seeded generator.", register: NumpyRandom.register),
        "numpy.linalg": ModuleSpec(doc: "Linear algebra: norm.", register: NumpyLinalg.register),
        "torch": ModuleSpec(doc: "Tensors with automatic differentiation (float32 by default).", register: TorchModule.register),
        "torch.nn": ModuleSpec(doc: "Layers, activations, losses and containers (torch.nn).", register: TorchNNModule.register),
        "torch.nn.functional": ModuleSpec(doc: "The functional forms of layers and losses (F).", register: FunctionalModule.register),
        "torch.nn.init": ModuleSpec(doc: "In-place parameter initialisation.", register: InitModule.register),
        "torch.nn.utils": ModuleSpec(doc: "Gradient clipping.", register: NNUtilsModule.register),
        "torch.optim": ModuleSpec(doc: "Optimizers: SGD, Adam, AdamW, RMSprop.", register: OptimModule.register),
        "torch.optim.lr_scheduler": ModuleSpec(doc: "Learning-rate schedulers: StepLR.", register: OptimModule.registerSchedulers),
        "torch.utils": ModuleSpec(doc: "Utilities: torch.utils.data.", register: DataModule.registerUtils),
        "torch.utils.data": ModuleSpec(doc: "Datasets and loaders: Dataset, TensorDataset, DataLoader, random_split.", register: DataModule.register),
        "torchvision": ModuleSpec(doc: "Vision datasets and transforms.", register: VisionModule.registerPackage),
        "torchvision.datasets": ModuleSpec(doc: "MNIST, FashionMNIST (IDX files) and nn's 2-D teaching sets.", register: VisionModule.registerDatasets),
        "torchvision.transforms": ModuleSpec(doc: "Image transforms: ToTensor, Normalize, Compose, Lambda.", register: VisionModule.registerTransforms),
        "matplotlib": ModuleSpec(doc: "Plotting (nn draws in the terminal and writes SVG).", register: MatplotlibModule.register),
        "matplotlib.pyplot": ModuleSpec(doc: "Figures and plots drawn in the terminal, saved as SVG.", register: PyplotModule.register),
        "matplotlib.style": ModuleSpec(doc: "Plot styles (nn has one; every matplotlib name is accepted).", register: MatplotlibModule.registerStyle),
        "extras": ModuleSpec(doc: "nn's own teaching helpers (progress, numerical_gradient, gradcheck, …).", register: ExtrasModule.register),
        "matplotlib.cm": ModuleSpec(doc: "Colour maps (plt.cm.viridis, …).", register: ColormapObject.registerModule),
    ]

    /// A global name pre-bound to a module (or to one attribute of it).
    public struct Alias: Sendable {
        /// The import name of the module.
        public let module: String
        /// The attribute bound instead of the module itself (`DataLoader`), if any.
        public let attribute: String?
    }

    /// Names bound in every session when their module exists (LANGUAGE.md, "Built-in modules").
    static let aliases: [String: Alias] = [
        "np": Alias(module: "numpy", attribute: nil),
        "torch": Alias(module: "torch", attribute: nil),
        "nn": Alias(module: "torch.nn", attribute: nil),
        "F": Alias(module: "torch.nn.functional", attribute: nil),
        "optim": Alias(module: "torch.optim", attribute: nil),
        "plt": Alias(module: "matplotlib.pyplot", attribute: nil),
        "datasets": Alias(module: "torchvision.datasets", attribute: nil),
        "transforms": Alias(module: "torchvision.transforms", attribute: nil),
        "DataLoader": Alias(module: "torch.utils.data", attribute: "DataLoader"),
        "TensorDataset": Alias(module: "torch.utils.data", attribute: "TensorDataset"),
        "random_split": Alias(module: "torch.utils.data", attribute: "random_split"),
        "math": Alias(module: "math", attribute: nil),
        "random": Alias(module: "random", attribute: nil),
        "time": Alias(module: "time", attribute: nil),
    ]

    /// The alias `name`, if its module is registered.
    static func alias(_ name: String) -> Alias? {
        guard let a = aliases[name], modules[a.module] != nil else { return nil }
        return a
    }

    /// What to use instead of a Python package nn does not have.
    static func advice(for module: String) -> String? {
        let top = module.split(separator: ".").first.map(String.init) ?? module
        switch top {
        case "plotly", "seaborn", "bokeh": return "nn has no \(top); plot with plt (matplotlib.pyplot), which draws in the terminal and saves SVG"
        case "ipywidgets", "IPython", "tqdm":
            return top == "tqdm" ? "nn has no tqdm; use progress(iterable) for a progress bar"
                : "nn has no \(top): widgets and rich display need a browser; print values or plot with plt instead"
        case "pandas": return "nn has no pandas; read CSV files with np.loadtxt or np.genfromtxt"
        case "sklearn", "scipy": return "nn has no \(top); use np, torch and nn's own helpers (datasets.moons, confusion_matrix, …)"
        case "tensorflow", "keras", "jax": return "nn has no \(top); write the model with torch and nn"
        case "os", "pathlib", "json", "pickle", "collections", "itertools", "functools", "copy", "dataclasses":
            return "nn has no \(top) module; its built-in modules are \(modules.keys.sorted().joined(separator: ", "))"
        default: return nil
        }
    }
}
