/// Python's float formatting: `format(x, '.4f')`, `format(x, '.4e')` and `repr(x)`,
/// correctly rounded from the exact binary value (ties to even), as CPython does.
public enum PythonFloatFormat {
    /// `format(x, '.{precision}f')`: `0.5000`, `-0.0000`, `2` for precision 0, `nan`, `-inf`.
    public static func fixed(_ value: Double, precision: Int) -> String {
        if let special = nonFinite(value) { return special }
        var style = FloatTextStyle()
        style.unique = false
        style.precision = max(precision, 0)
        style.trim = precision <= 0 ? .zerosAndPoint : .keep
        return FloatTextFormatter.positional(.float64(value), style)
    }

    /// `format(x, '.{precision}e')`: `1.0000e-05`, `1e+100` for precision 0, `nan`, `-inf`.
    public static func exponential(_ value: Double, precision: Int) -> String {
        if let special = nonFinite(value) { return special }
        var style = FloatTextStyle()
        style.unique = false
        style.precision = max(precision, 0)
        style.trim = precision <= 0 ? .zerosAndPoint : .keep
        return FloatTextFormatter.scientific(.float64(value), style)
    }

    /// `repr(x)` / `str(x)` of a Python float: `0.1`, `1.0`, `1e-05`, `1e+16`, `nan`, `inf`.
    public static func repr(_ value: Double) -> String {
        NumPyFormatter.scalarStr(.float64(value))
    }

    /// Python spells NaN without a sign whatever its sign bit, and infinities with one.
    private static func nonFinite(_ value: Double) -> String? {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        return nil
    }
}
