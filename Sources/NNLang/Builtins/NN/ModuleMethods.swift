import NN
import NNAutograd
import NNTensor

/// The methods of `nn.Module`, grouped by what they do. Methods that walk the module return
/// generators, as PyTorch's do (`list(model.parameters())`, `sum(p.numel() for p in …)`).
enum ModuleMethods {
    /// A generator over `items`.
    static func generator(_ items: [Value]) -> Value {
        var rest = items[...]
        return .iterator(IteratorObject(type: BuiltinTypes.shared.generator) { _ in rest.popFirst() })
    }

    static func registerTraversal(_ c: ClassObject) {
        c.method("parameters", "recurse=True", doc: "The parameters of the module and its descendants, each once.") { a, _ in
            let m = try ModuleClass.receiver(a).module
            return generator(m.parameters(recurse: try a.bool(0)).map { .tensor($0) })
        }
        c.method("named_parameters", "prefix='', recurse=True, remove_duplicate=True",
                 doc: "(name, parameter) pairs with dotted names such as 'fc1.weight'.") { a, _ in
            let m = try ModuleClass.receiver(a).module
            return generator(m.namedParameters(prefix: try a.string(0), recurse: try a.bool(1)).map {
                .tuple([.string($0.name), .tensor($0.parameter)])
            })
        }
        c.method("buffers", "recurse=True", doc: "The buffers (running statistics…) of the module and its descendants.") { a, _ in
            let m = try ModuleClass.receiver(a).module
            return generator(m.buffers(recurse: try a.bool(0)).map { .tensor($0) })
        }
        c.method("named_buffers", "prefix='', recurse=True, remove_duplicate=True", doc: "(name, buffer) pairs.") { a, _ in
            let m = try ModuleClass.receiver(a).module
            return generator(m.namedBuffers(prefix: try a.string(0), recurse: try a.bool(1)).map {
                .tuple([.string($0.name), .tensor($0.buffer)])
            })
        }
        c.method("children", "", doc: "The direct sub-modules.") { a, rt in
            generator(try ModuleClass.receiver(a).module.children().map { rt.moduleValues.value(for: $0) })
        }
        c.method("named_children", "", doc: "(name, sub-module) pairs of the direct sub-modules.") { a, rt in
            generator(try ModuleClass.receiver(a).module.namedChildren().map {
                .tuple([.string($0.name), rt.moduleValues.value(for: $0.module)])
            })
        }
        c.method("modules", "", doc: "The module itself and every descendant, each once.") { a, rt in
            let object = try ModuleClass.receiver(a)
            return generator(object.module.modules().map { $0 === object.module ? a.receiver : rt.moduleValues.value(for: $0) })
        }
        c.method("named_modules", "memo=None, prefix='', remove_duplicate=True",
                 doc: "(name, module) pairs: '' for the module itself, then dotted paths.") { a, rt in
            let object = try ModuleClass.receiver(a)
            return generator(object.module.namedModules(prefix: try a.string(1)).map {
                .tuple([.string($0.name), $0.module === object.module ? a.receiver : rt.moduleValues.value(for: $0.module)])
            })
        }
        c.method("apply", "fn", doc: "Calls fn on every sub-module (children first), then on the module; returns it.") { a, rt in
            let object = try ModuleClass.receiver(a)
            // PyTorch's order: each child's subtree, then the module itself (post-order).
            var order: [Module] = []
            var stack: [(Module, Bool)] = [(object.module, false)]
            var seen: Set<ObjectIdentifier> = []
            while let (m, expanded) = stack.popLast() {
                if expanded { order.append(m); continue }
                guard seen.insert(ObjectIdentifier(m)).inserted else { continue }
                stack.append((m, true))
                for child in m.children().reversed() { stack.append((child, false)) }
            }
            for m in order {
                _ = try rt.call(a[0], m === object.module ? a.receiver : rt.moduleValues.value(for: m))
            }
            return a.receiver
        }
    }

    static func registerState(_ c: ClassObject) {
        c.method("train", "mode=True", doc: "Training mode (dropout active, batch norm on batch statistics) for the module and its descendants.") { a, _ in
            guard case .bool(let mode) = a[0] else {
                throw ScriptError.valueError("training mode is expected to be boolean")
            }
            try ModuleClass.receiver(a).module.train(mode)
            return .none
        }
        c.method("eval", "", doc: "Evaluation mode for the module and its descendants (same as train(False)).") { a, _ in
            try ModuleClass.receiver(a).module.eval()
            return .none
        }
        c.method("zero_grad", "set_to_none=True", doc: "Clears the gradients of every parameter (to None by default).") { a, _ in
            try ModuleClass.receiver(a).module.zeroGrad(setToNone: try a.bool(0))
            return .none
        }
        c.method("requires_grad_", "requires_grad=True", doc: "Sets requires_grad on every parameter; returns the module.") { a, _ in
            let flag = try a.bool(0)
            try TensorErrors.torch {
                for p in try ModuleClass.receiver(a).module.parameters() { try p.setRequiresGrad(flag) }
            }
            return a.receiver
        }
        c.method("state_dict", "destination=None, prefix='', keep_vars=False",
                 doc: "The parameters and persistent buffers by dotted name, as a dict of tensors sharing the model's storage.") { a, _ in
            let m = try ModuleClass.receiver(a).module
            let d = DictObject()
            for (key, t) in m.stateDict(prefix: try a.string(1)).entries { d.setString(key, .tensor(t)) }
            return .dict(d)
        }
        c.method("load_state_dict", "state_dict, strict=True, assign=False",
                 doc: "Copies tensors from a state dict into the parameters and buffers (in place).") { a, rt in
            let m = try ModuleClass.receiver(a).module
            let state = try StateDicts.stateDict(from: a[0], rt)
            let keys = try TensorErrors.torch { try m.loadStateDict(state, strict: try a.bool(1)) }
            return .native(IncompatibleKeysObject(keys))
        }
    }
}
