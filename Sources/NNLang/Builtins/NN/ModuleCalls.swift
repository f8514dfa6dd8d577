import NN
import NNAutograd
import NNTensor

/// Running a built-in module on its arguments: `layer(x)`, `criterion(output, target)`,
/// `pool(x)` with `return_indices=True` (a pair), with PyTorch's argument errors.
enum ModuleCalls {
    /// `module(*args, **kwargs)` for a built-in module. A module written in nn never gets here:
    /// its `__call__` runs the script's `forward`.
    static func forward(_ object: NNModuleObject, _ args: Arguments, _ rt: Runtime) throws -> Value {
        let m = object.module
        if m is ScriptModule || m is ModuleList { throw NNError.forwardNotImplemented(typeName: m.typeName) }
        if let loss = m as? Loss {
            let inputs = try tensors(args, names: ["input", "target"], module: m)
            return .tensor(try TensorErrors.torch { try loss(inputs[0], inputs[1]) })
        }
        let x = try tensors(args, names: ["input"], module: m)[0]
        if let pool = m as? MaxPool2d, pool.returnIndices {
            let (output, indices) = try TensorErrors.torch { try pool.forwardWithIndices(x) }
            return .tuple([.tensor(output), .tensor(indices)])
        }
        return .tensor(try TensorErrors.torch { try m.forward(x) })
    }

    /// The tensor arguments of a forward taking `names`, given by position or keyword.
    static func tensors(_ args: Arguments, names: [String], module m: Module) throws -> [Variable] {
        var values: [Value?] = Array(repeating: nil, count: names.count)
        if args.positional.count > names.count {
            throw ScriptError.typeError("\(m.typeName).forward() takes \(names.count + 1) positional arguments but \(args.positional.count + 1) were given")
        }
        for (i, v) in args.positional.enumerated() { values[i] = v }
        for (key, v) in args.keywords {
            guard let i = names.firstIndex(of: key) else {
                throw ScriptError.typeError("\(m.typeName).forward() got an unexpected keyword argument '\(key)'")
            }
            if values[i] != nil { throw ScriptError.typeError("\(m.typeName).forward() got multiple values for argument '\(key)'") }
            values[i] = v
        }
        let missing = names.indices.filter { values[$0] == nil }.map { "'\(names[$0])'" }
        if !missing.isEmpty {
            let list = missing.count == 2 ? missing.joined(separator: " and ") : missing.joined(separator: ", ")
            throw ScriptError.typeError("\(m.typeName).forward() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(list)")
        }
        let function = functionName(m)
        return try names.indices.map { i throws(ScriptError) -> Variable in
            try TensorArguments.variable(values[i] ?? .none, function: function, parameter: names[i], position: i + 1)
        }
    }

    /// The functional name PyTorch's argument errors use for a layer (`linear`, `conv2d`).
    static func functionName(_ m: Module) -> String {
        switch m.typeName {
        case "Linear": return "linear"
        case "Conv2d": return "conv2d"
        case "MaxPool2d": return "max_pool2d"
        case "AvgPool2d": return "avg_pool2d"
        case "ReLU": return "relu"
        case "Sigmoid": return "sigmoid"
        case "Tanh": return "tanh"
        case "Softmax": return "softmax"
        case "LogSoftmax": return "log_softmax"
        case "Dropout", "Dropout2d": return "dropout"
        case "CrossEntropyLoss": return "cross_entropy"
        case "MSELoss": return "mse_loss"
        default: return m.typeName + ".forward"
        }
    }
}
