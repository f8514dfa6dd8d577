import NNTensor
import Testing
@testable import NNData

/// The Playground-style point clouds: shapes, labels, the geometry of each recipe, seeds.
@Suite struct TeachingDataTests {
    typealias Maker = @Sendable (Int, Double, UInt64?, DType) throws -> TeachingData.Points
    static let makers: [(String, Maker)] = [
        ("xor", { try TeachingData.xor(n: $0, noise: $1, seed: $2, dtype: $3) }),
        ("circles", { try TeachingData.circles(n: $0, noise: $1, seed: $2, dtype: $3) }),
        ("spiral", { try TeachingData.spiral(n: $0, noise: $1, seed: $2, dtype: $3) }),
        ("gauss", { try TeachingData.gauss(n: $0, noise: $1, seed: $2, dtype: $3) }),
        ("moons", { try TeachingData.moons(n: $0, noise: $1, seed: $2, dtype: $3) }),
    ]

    /// Points as (x, y, label) triples.
    static func points(_ p: TeachingData.Points) throws -> [(Double, Double, Int64)] {
        let xs = try p.X.astype(.float64).scalars(as: Double.self), ys = try p.y.scalars(as: Int64.self)
        return ys.indices.map { (xs[2 * $0], xs[2 * $0 + 1], ys[$0]) }
    }

    @Test func shapesDtypesAndSeeds() throws {
        for (name, make) in Self.makers {
            let p = try make(101, 0.1, 5, .float32)
            #expect(p.X.shape == [101, 2] && p.X.dtype == .float32, "\(name)")
            #expect(p.y.shape == [101] && p.y.dtype == .int64, "\(name)")
            #expect(try p.y.scalars(as: Int64.self).allSatisfy { $0 == 0 || $0 == 1 }, "\(name)")
            let again = try make(101, 0.1, 5, .float32), other = try make(101, 0.1, 6, .float32)
            #expect(try p.X.scalars(as: Float.self) == again.X.scalars(as: Float.self), "\(name)")
            #expect(try p.y.scalars(as: Int64.self) == again.y.scalars(as: Int64.self), "\(name)")
            #expect(try p.X.scalars(as: Float.self) != other.X.scalars(as: Float.self), "\(name)")
            #expect(try make(10, 0, 1, .float64).X.dtype == .float64)
            #expect(try make(0, 0, 1, .float32).X.shape == [0, 2])
            // Without a seed, from the shared generator: two calls differ.
            #expect(try make(20, 0, nil, .float64).X.scalars(as: Double.self) != make(20, 0, nil, .float64).X.scalars(as: Double.self))
        }
    }

    /// Label balance without noise: the first class gets the extra point of an odd n
    /// (moons follows make_moons: the second does); the order is shuffled.
    @Test func labelBalanceAndShuffling() throws {
        let ones: [String: Int] = ["circles": 51, "spiral": 51, "gauss": 51, "moons": 51]
        for (name, make) in Self.makers where name != "xor" {
            let labels = try make(101, 0, 3, .float32).y.scalars(as: Int64.self)
            #expect(labels.filter { $0 == 1 }.count == ones[name], "\(name)")
            #expect(labels != labels.sorted() && labels != labels.sorted(by: >), "\(name) is shuffled")
        }
    }

    @Test func xorLabelsFollowTheQuadrants() throws {
        for (x, y, label) in try Self.points(TeachingData.xor(n: 400, seed: 1, dtype: .float64)) {
            #expect(abs(x) >= 0.3 && abs(x) <= 5.3 && abs(y) >= 0.3 && abs(y) <= 5.3)
            #expect(label == (x * y >= 0 ? 1 : 0))
        }
        // Noise blurs labels near the axes only: far from them the label still holds.
        let noisy = try Self.points(TeachingData.xor(n: 2000, noise: 0.5, seed: 2, dtype: .float64))
        #expect(noisy.contains { $0.2 != ($0.0 * $0.1 >= 0 ? 1 : 0) })
    }

    @Test func circlesAreADiscAndARing() throws {
        for (x, y, label) in try Self.points(TeachingData.circles(n: 400, seed: 1, dtype: .float64)) {
            let r = (x * x + y * y).squareRoot()
            #expect(label == 1 ? r <= 2.5 : (r >= 3.5 - 1e-12 && r <= 5 + 1e-12))
        }
    }

    @Test func spiralArmsStayWithinRadiusFive() throws {
        let pts = try Self.points(TeachingData.spiral(n: 200, seed: 1, dtype: .float64))
        #expect(pts.allSatisfy { ($0.0 * $0.0 + $0.1 * $0.1).squareRoot() < 5 })
        // The two arms are point reflections of each other (angle + π).
        let arm1 = Set(pts.filter { $0.2 == 1 }.map { "\(($0.0 * 1e6).rounded()),\(($0.1 * 1e6).rounded())" })
        let arm0 = Set(pts.filter { $0.2 == 0 }.map { "\((-$0.0 * 1e6).rounded()),\((-$0.1 * 1e6).rounded())" })
        #expect(arm1.intersection(arm0).count >= 95)
    }

    @Test func gaussCloudsCentreOnPlusMinusTwo() throws {
        let pts = try Self.points(TeachingData.gauss(n: 4000, noise: 0.5, seed: 1, dtype: .float64))
        for (label, centre) in [(Int64(1), 2.0), (0, -2.0)] {
            let cloud = pts.filter { $0.2 == label }
            let mean = cloud.reduce(0) { $0 + $1.0 } / Double(cloud.count)
            let variance = cloud.reduce(0) { $0 + ($1.0 - mean) * ($1.0 - mean) } / Double(cloud.count - 1)
            #expect(abs(mean - centre) < 0.15)
            #expect(abs(variance - 4) < 0.4)  // noise 0.5 → variance 4
        }
    }

    @Test func moonsLieOnTheirHalfCircles() throws {
        for (x, y, label) in try Self.points(TeachingData.moons(n: 100, seed: 1, dtype: .float64)) {
            if label == 0 {
                #expect(abs(x * x + y * y - 1) < 1e-12 && y >= -1e-12)
            } else {
                #expect(abs((x - 1) * (x - 1) + (y - 0.5) * (y - 0.5) - 1) < 1e-12 && y <= 0.5 + 1e-12)
            }
        }
    }

    @Test func badArguments() {
        #expect(throws: DataError.invalidArgument(name: "n", value: "-1", requirement: "a non-negative integer")) {
            try TeachingData.xor(n: -1)
        }
        #expect(throws: DataError.invalidArgument(name: "noise", value: "nan", requirement: "a finite number ≥ 0")) {
            try TeachingData.circles(noise: .nan)
        }
        #expect(throws: DataError.invalidArgument(name: "dtype", value: "int64", requirement: "float32 or float64")) {
            try TeachingData.moons(dtype: .int64)
        }
    }
}
