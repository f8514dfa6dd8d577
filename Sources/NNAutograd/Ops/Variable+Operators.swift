import NNTensor

/// Swift operators over variables and Double scalars (throwing, like NNTensor's).
extension Variable {
    public static func + (a: Variable, b: Variable) throws -> Variable { try a.add(b) }
    public static func - (a: Variable, b: Variable) throws -> Variable { try a.sub(b) }
    public static func * (a: Variable, b: Variable) throws -> Variable { try a.mul(b) }
    public static func / (a: Variable, b: Variable) throws -> Variable { try a.div(b) }
    public static prefix func - (a: Variable) throws -> Variable { try a.neg() }

    public static func + (a: Variable, s: Double) throws -> Variable { try a.add(.float(s)) }
    public static func - (a: Variable, s: Double) throws -> Variable { try a.sub(.float(s)) }
    public static func * (a: Variable, s: Double) throws -> Variable { try a.mul(.float(s)) }
    public static func / (a: Variable, s: Double) throws -> Variable { try a.div(.float(s)) }

    public static func + (s: Double, a: Variable) throws -> Variable { try a.add(.float(s)) }
    public static func - (s: Double, a: Variable) throws -> Variable { try a.rsub(.float(s)) }
    public static func * (s: Double, a: Variable) throws -> Variable { try a.mul(.float(s)) }
    public static func / (s: Double, a: Variable) throws -> Variable { try a.rdiv(.float(s)) }
}
