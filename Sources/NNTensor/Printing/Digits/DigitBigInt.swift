/// An unsigned arbitrary-precision integer, just big enough for exact float-to-decimal work.
///
/// Printing a binary float exactly means comparing and dividing integers of up to about
/// 1100 bits (2^1074 for the smallest double, times a power of ten). This type keeps 32-bit
/// limbs, least significant first, with no trailing zero limbs, and offers only the handful
/// of operations digit generation needs. All operations are total: nothing here traps.
struct DigitBigInt: Comparable {
    /// Limbs, least significant first; empty means zero.
    private(set) var limbs: [UInt32]

    /// Creates the integer with the given value.
    init(_ value: UInt64) {
        limbs = []
        if value != 0 {
            limbs.append(UInt32(truncatingIfNeeded: value))
            let high = UInt32(truncatingIfNeeded: value >> 32)
            if high != 0 { limbs.append(high) }
        }
    }

    /// True when the value is zero.
    var isZero: Bool { limbs.isEmpty }

    /// 2 raised to `exponent` (a non-negative power).
    static func powerOfTwo(_ exponent: Int) -> DigitBigInt {
        var result = DigitBigInt(1)
        result.shiftLeft(by: max(0, exponent))
        return result
    }

    /// 10 raised to `exponent` (a non-negative power).
    static func powerOfTen(_ exponent: Int) -> DigitBigInt {
        var result = DigitBigInt(1)
        result.multiply(byPowerOfTen: exponent)
        return result
    }

    /// Multiplies in place by 2^`bits`.
    mutating func shiftLeft(by bits: Int) {
        guard bits > 0, !isZero else { return }
        let whole = bits / 32
        let partial = UInt32(bits % 32)
        if partial != 0 {
            var carry: UInt32 = 0
            for i in limbs.indices {
                let limb = limbs[i]
                limbs[i] = (limb << partial) | carry
                carry = limb >> (32 - partial)
            }
            if carry != 0 { limbs.append(carry) }
        }
        if whole > 0 {
            limbs.insert(contentsOf: repeatElement(0, count: whole), at: 0)
        }
    }

    /// Multiplies in place by a small factor.
    mutating func multiply(by factor: UInt32) {
        guard factor != 1 else { return }
        guard factor != 0 else { limbs.removeAll(); return }
        var carry: UInt64 = 0
        for i in limbs.indices {
            let product = UInt64(limbs[i]) * UInt64(factor) + carry
            limbs[i] = UInt32(truncatingIfNeeded: product)
            carry = product >> 32
        }
        if carry != 0 { limbs.append(UInt32(truncatingIfNeeded: carry)) }
    }

    /// Multiplies in place by 10^`exponent` (a non-negative power), nine digits at a time.
    mutating func multiply(byPowerOfTen exponent: Int) {
        var remaining = max(0, exponent)
        while remaining >= 9 {
            multiply(by: 1_000_000_000)
            remaining -= 9
        }
        if remaining > 0 {
            var factor: UInt32 = 1
            for _ in 0..<remaining { factor *= 10 }
            multiply(by: factor)
        }
    }

    /// The sum of two integers.
    static func + (lhs: DigitBigInt, rhs: DigitBigInt) -> DigitBigInt {
        var result = lhs
        result.add(rhs)
        return result
    }

    /// Adds `other` in place.
    mutating func add(_ other: DigitBigInt) {
        if limbs.count < other.limbs.count {
            limbs.append(contentsOf: repeatElement(0, count: other.limbs.count - limbs.count))
        }
        var carry: UInt64 = 0
        for i in limbs.indices {
            let addend = i < other.limbs.count ? UInt64(other.limbs[i]) : 0
            if addend == 0 && carry == 0 && i >= other.limbs.count { break }
            let sum = UInt64(limbs[i]) + addend + carry
            limbs[i] = UInt32(truncatingIfNeeded: sum)
            carry = sum >> 32
        }
        if carry != 0 { limbs.append(UInt32(truncatingIfNeeded: carry)) }
    }

    /// Subtracts `other` in place; the caller guarantees `other <= self`.
    ///
    /// If that promise were broken the result would wrap rather than trap; digit generation
    /// only subtracts after comparing.
    private mutating func subtract(_ other: DigitBigInt) {
        var borrow: UInt64 = 0
        for i in limbs.indices {
            let subtrahend = (i < other.limbs.count ? UInt64(other.limbs[i]) : 0) + borrow
            let minuend = UInt64(limbs[i])
            if minuend >= subtrahend {
                limbs[i] = UInt32(truncatingIfNeeded: minuend - subtrahend)
                borrow = 0
            } else {
                limbs[i] = UInt32(truncatingIfNeeded: (minuend | (1 << 32)) - subtrahend)
                borrow = 1
            }
        }
        while let last = limbs.last, last == 0 { limbs.removeLast() }
    }

    /// Divides in place by `divisor` when the quotient is a single decimal digit.
    ///
    /// Returns the quotient (0...9 when `self < 10 * divisor`) and leaves the remainder in
    /// `self`. The quotient is estimated from the leading bits and corrected by at most a
    /// couple of subtractions.
    mutating func divideDigit(by divisor: DigitBigInt) -> UInt32 {
        guard !divisor.isZero, self >= divisor else { return 0 }
        var quotient: UInt32 = 0
        let estimate = Self.leadingRatio(self, divisor)
        if estimate >= 2 {
            var product = divisor
            product.multiply(by: estimate - 1)
            if product <= self {
                subtract(product)
                quotient = estimate - 1
            }
        }
        while self >= divisor && quotient < UInt32.max {
            subtract(divisor)
            quotient += 1
        }
        return quotient
    }

    /// A lower-or-close estimate of floor(a / b) from the top 64 bits of both.
    private static func leadingRatio(_ a: DigitBigInt, _ b: DigitBigInt) -> UInt32 {
        let shift = max(0, a.bitWidth - 62)
        let top = Double(a.topBits(droppingLow: shift))
        let bottom = Double(b.topBits(droppingLow: shift))
        guard bottom > 0 else { return 0 }
        let ratio = (top / bottom).rounded(.down)
        return ratio >= 1e9 ? 1_000_000_000 : UInt32(max(0, ratio))
    }

    /// The number of significant bits.
    var bitWidth: Int {
        guard let last = limbs.last else { return 0 }
        return (limbs.count - 1) * 32 + (32 - last.leadingZeroBitCount)
    }

    /// The value shifted right by `drop` bits, truncated to 64 bits.
    private func topBits(droppingLow drop: Int) -> UInt64 {
        let firstLimb = drop / 32
        let offset = UInt64(drop % 32)
        var result: UInt64 = 0
        for k in 0..<3 {
            let index = firstLimb + k
            guard index < limbs.count else { break }
            let limb = UInt64(limbs[index])
            let position = Int64(k * 32) - Int64(offset)
            if position < 0 {
                result |= limb >> UInt64(-position)
            } else if position < 64 {
                result |= limb << UInt64(position)
            }
        }
        return result
    }

    static func < (lhs: DigitBigInt, rhs: DigitBigInt) -> Bool {
        compare(lhs, rhs) < 0
    }

    static func == (lhs: DigitBigInt, rhs: DigitBigInt) -> Bool {
        lhs.limbs == rhs.limbs
    }

    /// Three-way comparison: negative, zero or positive as `lhs` is below, equal to or above `rhs`.
    static func compare(_ lhs: DigitBigInt, _ rhs: DigitBigInt) -> Int {
        if lhs.limbs.count != rhs.limbs.count {
            return lhs.limbs.count < rhs.limbs.count ? -1 : 1
        }
        var i = lhs.limbs.count - 1
        while i >= 0 {
            if lhs.limbs[i] != rhs.limbs[i] { return lhs.limbs[i] < rhs.limbs[i] ? -1 : 1 }
            i -= 1
        }
        return 0
    }
}
