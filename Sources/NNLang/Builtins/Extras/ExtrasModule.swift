/// nn's own teaching helpers (LANGUAGE.md, "nn's own extras"), in the module `extras`.
/// `stdlib/prelude.nn` imports them, so they are built-ins in every session.
enum ExtrasModule {
    @Sendable static func register(_ m: ModuleObject, _ rt: Runtime) throws {
        m.fn("progress", "iterable=None, desc=None, total=None, leave=True, unit='it', disable=False",
             doc: "A progress bar over an iterable (on a terminal; quiet elsewhere): for batch in progress(loader): …") { a, rt in
            var total = try a.optionalInt(2)
            if total == nil, !a.isNone(0), let n = try? rt.length(a[0]) { total = n }
            if let t = total, t < 0 { throw ScriptError.valueError("total must be 0 or more, not \(t)") }
            let bar = ProgressBar(description: try PlotValues.text(a[1], rt), total: total, unit: try a.string(4),
                                  leave: try rt.truthy(a[3]), disabled: try rt.truthy(a[5]), rt)
            return .native(ProgressObject(iterable: a.isNone(0) ? nil : a[0], bar: bar))
        }
        m.fn("numerical_gradient", "f, x, h=1e-4",
             doc: "The gradient of a scalar function f at x (an np array or a tensor) by central differences.") { a, rt in
            try NumericalGradient.compute(a, rt)
        }
        m.fn("gradcheck", "func, inputs, *, eps=1e-6, atol=1e-5, rtol=1e-3, raise_exception=True",
             doc: "Checks backward's gradients of func at inputs against finite differences (float64); True or GradcheckError.") { a, rt in
            try GradientCheck.check(a, rt)
        }
        m.fn("confusion_matrix", "y_true, y_pred, num_classes=None",
             doc: "Counts of (true class, predicted class) pairs as a k x k int64 array; rows are true classes.") { a, rt in
            try ConfusionMatrix.compute(a, rt)
        }
        m.fn("plot_decision_boundary", "model, X, y=None, *, resolution=100, ax=None, cmap=None",
             doc: "Draws the class regions of a 2-D classifier and the points X coloured by y; then call plt.show().") { a, rt in
            try DecisionBoundary.draw(a, rt)
        }
        m.fn("summary", "model",
             doc: "Prints a table of the model's layers with their parameter counts and the totals.") { a, rt in
            rt.write(ModelSummary.render(try ContainerAccess.module(a[0])))
            return .none
        }
        m.type(GradientCheck.errorType)
    }
}
