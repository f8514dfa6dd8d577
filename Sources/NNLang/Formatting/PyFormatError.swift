/// A failure of Python text formatting, worded exactly as CPython 3.11 words it.
///
/// Each case carries the data its message names; `message` is the single renderer and
/// `exceptionName` is the Python exception the interpreter should raise with it.
enum PyFormatError: Error, Equatable, Sendable {
    // format(x, spec): the specifier itself.
    /// More than one character was left where the type belongs.
    case invalidFormatSpecifier(spec: String, typeName: String)
    /// A presentation type that the value's type does not have.
    case unknownFormatCode(code: Unicode.Scalar, typeName: String)
    /// A grouping option (`,` or `_`) with a type that cannot group.
    case cannotGroup(separator: Character, type: Unicode.Scalar)
    /// Both `,` and `_` in one specifier.
    case commaAndUnderscore
    /// A `.` with no digits after it.
    case missingPrecision
    /// A width or precision beyond the machine's integer.
    case tooManyDigits
    /// A float precision beyond C's `int`.
    case precisionTooBig
    // format(x, spec): options the value's type refuses.
    case precisionNotAllowedForInt
    /// The `z` option on a type without negative zero (`integer` or `string`).
    case noNegativeZeroCoercion(kind: String)
    case signNotAllowedWithCharCode
    case alternateNotAllowedWithCharCode
    case signNotAllowedForString
    case spaceNotAllowedForString
    case alternateNotAllowedForString
    case equalsAlignNotAllowedForString
    /// `%c` or format type `c` outside the Unicode range.
    case charCodeOutOfRange
    /// A non-empty specifier for a type without its own `__format__` (None, list, …).
    case unsupportedFormatString(typeName: String)

    // printf-style formatting.
    case notEnoughArguments
    case notAllArgumentsConverted
    case incompleteFormat
    /// A conversion character nn does not know, at a code-point index of the format.
    case unsupportedFormatCharacter(Unicode.Scalar, index: Int)
    /// `%(name)s` with positional arguments.
    case formatRequiresMapping
    /// A `*` width or precision whose argument is not an int.
    case starWantsInt
    /// `%d %i %u` ("a real number") or `%x %X %o` ("an integer") given the wrong type.
    case numberRequired(conversion: Unicode.Scalar, what: String, typeName: String)
    /// `%e %f %g` given something that is not a number.
    case realNumberRequired(typeName: String)
    /// `%c` given something that is neither an int nor a one-character string.
    case charRequired
    case widthTooBig
    /// A `*` precision outside C's `int`.
    case precisionArgTooLarge
    // Float to int conversions (`%d` of a float).
    case nanToInteger
    case infinityToInteger
    // round(x, n).
    case roundedValueTooLarge
    /// A width or precision that would build a string of more characters than nn allows.
    case resultTooLarge(requested: Int)

    /// The Python exception class this error becomes.
    var exceptionName: String {
        switch self {
        case .charCodeOutOfRange, .infinityToInteger, .roundedValueTooLarge,
             .precisionArgTooLarge:
            return "OverflowError"
        case .notEnoughArguments, .notAllArgumentsConverted, .formatRequiresMapping,
             .unsupportedFormatString,
             .starWantsInt, .numberRequired, .realNumberRequired, .charRequired:
            return "TypeError"
        case .resultTooLarge:
            return "MemoryError"
        default:
            return "ValueError"
        }
    }

    /// The message, character for character as CPython 3.11 prints it.
    var message: String {
        switch self {
        case let .invalidFormatSpecifier(spec, typeName):
            return "Invalid format specifier '\(spec)' for object of type '\(typeName)'"
        case let .unknownFormatCode(code, typeName):
            return "Unknown format code '\(Self.shown(code))' for object of type '\(typeName)'"
        case let .cannotGroup(separator, type):
            return "Cannot specify '\(separator)' with '\(Self.shown(type))'."
        case .commaAndUnderscore:
            return "Cannot specify both ',' and '_'."
        case .missingPrecision:
            return "Format specifier missing precision"
        case .tooManyDigits:
            return "Too many decimal digits in format string"
        case .precisionTooBig:
            return "precision too big"
        case .precisionNotAllowedForInt:
            return "Precision not allowed in integer format specifier"
        case let .noNegativeZeroCoercion(kind):
            return "Negative zero coercion (z) not allowed in \(kind) format specifier"
        case .signNotAllowedWithCharCode:
            return "Sign not allowed with integer format specifier 'c'"
        case .alternateNotAllowedWithCharCode:
            return "Alternate form (#) not allowed with integer format specifier 'c'"
        case .signNotAllowedForString:
            return "Sign not allowed in string format specifier"
        case .spaceNotAllowedForString:
            return "Space not allowed in string format specifier"
        case .alternateNotAllowedForString:
            return "Alternate form (#) not allowed in string format specifier"
        case .equalsAlignNotAllowedForString:
            return "'=' alignment not allowed in string format specifier"
        case .charCodeOutOfRange:
            return "%c arg not in range(0x110000)"
        case let .unsupportedFormatString(typeName):
            return "unsupported format string passed to \(typeName).__format__"
        case .notEnoughArguments:
            return "not enough arguments for format string"
        case .notAllArgumentsConverted:
            return "not all arguments converted during string formatting"
        case .incompleteFormat:
            return "incomplete format"
        case let .unsupportedFormatCharacter(c, index):
            let printable = c.value >= 31 && c.value <= 126
            let shown = printable ? String(Character(c)) : "?"
            return "unsupported format character '\(shown)' (0x\(String(c.value, radix: 16))) "
                + "at index \(index)"
        case .formatRequiresMapping:
            return "format requires a mapping"
        case .starWantsInt:
            return "* wants int"
        case let .numberRequired(conversion, what, typeName):
            return "%\(Character(conversion)) format: \(what) is required, not \(typeName)"
        case let .realNumberRequired(typeName):
            return "must be real number, not \(typeName)"
        case .charRequired:
            return "%c requires int or char"
        case .widthTooBig:
            return "width too big"
        case .precisionArgTooLarge:
            return "Python int too large to convert to C int"
        case .nanToInteger:
            return "cannot convert float NaN to integer"
        case .infinityToInteger:
            return "cannot convert float infinity to integer"
        case .roundedValueTooLarge:
            return "rounded value too large to represent"
        case let .resultTooLarge(requested):
            return "formatted text of \(requested) characters is too large"
        }
    }

    /// A format code as CPython shows it: the character if printable ASCII, else `\x<hex>`.
    private static func shown(_ c: Unicode.Scalar) -> String {
        c.value > 32 && c.value < 128 ? String(Character(c)) : "\\x" + String(c.value, radix: 16)
    }
}
