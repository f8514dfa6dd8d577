#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The libm bindings behind `FloatElement`: single precision calls the `f` functions, as
// NumPy's float32 loops do, so float32 results match NumPy's to the last bit where libm agrees.

extension Float: FloatElement {
    @inline(__always) static func exp(_ x: Float) -> Float { expf(x) }
    @inline(__always) static func log(_ x: Float) -> Float { logf(x) }
    @inline(__always) static func log1p(_ x: Float) -> Float { log1pf(x) }
    @inline(__always) static func expm1(_ x: Float) -> Float { expm1f(x) }
    @inline(__always) static func tanh(_ x: Float) -> Float { tanhf(x) }
    @inline(__always) static func sin(_ x: Float) -> Float { sinf(x) }
    @inline(__always) static func cos(_ x: Float) -> Float { cosf(x) }
    @inline(__always) static func pow(_ x: Float, _ y: Float) -> Float { powf(x, y) }
    @inline(__always) static func fmod(_ x: Float, _ y: Float) -> Float { fmodf(x, y) }
    @inline(__always) var doubleValue: Double { Double(self) }
}

extension Double: FloatElement {
    @inline(__always) static func exp(_ x: Double) -> Double { libm_exp(x) }
    @inline(__always) static func log(_ x: Double) -> Double { libm_log(x) }
    @inline(__always) static func log1p(_ x: Double) -> Double { libm_log1p(x) }
    @inline(__always) static func expm1(_ x: Double) -> Double { libm_expm1(x) }
    @inline(__always) static func tanh(_ x: Double) -> Double { libm_tanh(x) }
    @inline(__always) static func sin(_ x: Double) -> Double { libm_sin(x) }
    @inline(__always) static func cos(_ x: Double) -> Double { libm_cos(x) }
    @inline(__always) static func pow(_ x: Double, _ y: Double) -> Double { libm_pow(x, y) }
    @inline(__always) static func fmod(_ x: Double, _ y: Double) -> Double { libm_fmod(x, y) }
    @inline(__always) var doubleValue: Double { self }
}

// Free-function aliases so the static members above do not call themselves.
@inline(__always) private func libm_exp(_ x: Double) -> Double { exp(x) }
@inline(__always) private func libm_log(_ x: Double) -> Double { log(x) }
@inline(__always) private func libm_log1p(_ x: Double) -> Double { log1p(x) }
@inline(__always) private func libm_expm1(_ x: Double) -> Double { expm1(x) }
@inline(__always) private func libm_tanh(_ x: Double) -> Double { tanh(x) }
@inline(__always) private func libm_sin(_ x: Double) -> Double { sin(x) }
@inline(__always) private func libm_cos(_ x: Double) -> Double { cos(x) }
@inline(__always) private func libm_pow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
@inline(__always) private func libm_fmod(_ x: Double, _ y: Double) -> Double { fmod(x, y) }
