import NNTensor

/// The gradient function of one recorded operation: given the gradient of the operation's
/// output, it returns one gradient per input (nil for inputs that need none).
public typealias BackwardFunction = (Tensor) throws -> [Tensor?]

/// Where a gradient goes after a node: into another recorded operation, or into the `.grad`
/// of a leaf that requires grad.
enum Edge {
    case node(Node)
    case leaf(Variable)
}

/// One recorded operation of the graph (PyTorch's `grad_fn`): its name as PyTorch prints it
/// (`MulBackward0`), the gradient function with the tensors it saved, and the edges to the
/// inputs that require grad.
///
/// Nodes form a DAG from outputs to inputs. They hold tensors, never the `Variable`s they
/// were computed from (leaves excepted), so intermediate results are freed as soon as nothing
/// else uses them. Tearing down a long chain is iterative (see `deinit`), so graphs of
/// hundreds of thousands of nodes never overflow the stack.
public final class Node {
    /// PyTorch's class name for this gradient function, e.g. `AddmmBackward0`.
    public let name: String
    /// One entry per input of the operation; nil where the input does not require grad.
    var edges: [Edge?]
    /// The gradient function; nil once freed by a backward without `retainGraph`.
    var backwardFunction: BackwardFunction?
    /// False for operations that saved no tensors (PyTorch lets those run backward again).
    let savesTensors: Bool
    /// Shape and dtype of the operation's output, to validate incoming gradients.
    let outputShape: [Int]
    let outputDType: DType
    /// A non-leaf variable that asked to keep its gradient (`retain_grad()`).
    weak var retainedVariable: Variable?
    /// The gradient summed so far during a backward pass (engine scratch space).
    var pendingGrad: Tensor?

    init(name: String, edges: [Edge?], savesTensors: Bool, outputShape: [Int], outputDType: DType,
         backward: @escaping BackwardFunction) {
        self.name = name
        self.edges = edges
        self.savesTensors = savesTensors
        self.outputShape = outputShape
        self.outputDType = outputDType
        self.backwardFunction = backward
    }

    /// True once a backward without `retainGraph` released the saved tensors.
    public var isReleased: Bool { backwardFunction == nil }

    /// The gradient functions this one feeds (PyTorch's `next_functions`, by name):
    /// `AccumulateGrad` for leaves, nil for inputs that do not require grad.
    public var nextFunctionNames: [String?] {
        edges.map { edge in
            switch edge {
            case .node(let n)?: return n.name
            case .leaf?: return "AccumulateGrad"
            case nil: return nil
            }
        }
    }

    /// Tears down the chain of nodes only this one keeps alive without recursion: a node about
    /// to die first hands its own edges to the work list, so its `deinit` has nothing to do.
    deinit {
        guard !edges.isEmpty else { return }
        var work: [Node] = []
        for case .node(let n)? in edges { work.append(n) }
        edges.removeAll()
        while var n = work.popLast() {
            if isKnownUniquelyReferenced(&n) {
                for case .node(let m)? in n.edges { work.append(m) }
                n.edges.removeAll()
            }
        }
    }
}
