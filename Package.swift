// swift-tools-version:6.0
// nn — a notebook-style scripting REPL for learning neural networks.
// The target graph mirrors DESIGN.md: NNTensor ← NNAutograd ← NN ← NNData; NNPlot stands
// alone; NNLang reaches the libraries only through NNLang/Builtins; NNNotebook and the `nn`
// tool sit on top.
import PackageDescription

/// Release builds of numeric code: exclusivity checks off in the hot modules (they run on raw
/// buffers they own), everything else stays checked. `-fno-math-errno` lets `squareRoot()`
/// (a C shim over sqrtf) compile to a plain instruction that loops can vectorise, instead of a
/// libm call kept for errno, which nn never reads.
let fast: [SwiftSetting] = [
    .unsafeFlags(["-enforce-exclusivity=unchecked", "-Xcc", "-fno-math-errno"], .when(configuration: .release)),
]

let package = Package(
    name: "nn",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "nn", targets: ["nn"]),
        .library(name: "NNLang", targets: ["NNLang"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // System libraries (DESIGN.md, "Choices already made").
        .systemLibrary(name: "CBLAS", pkgConfig: "openblas", providers: [.apt(["libopenblas-dev"])]),
        .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),

        // Libraries.
        .target(
            name: "NNTensor", dependencies: ["CBLAS"],
            exclude: ["README.md", "Printing/README.md"], swiftSettings: fast),
        .target(name: "NNAutograd", dependencies: ["NNTensor"], exclude: ["README.md"], swiftSettings: fast),
        .target(name: "NN", dependencies: ["NNAutograd", "NNTensor"], exclude: ["README.md"], swiftSettings: fast),
        .target(
            name: "NNData", dependencies: ["NN", "NNTensor", "CZlib"],
            exclude: ["README.md"], swiftSettings: fast),
        .target(name: "NNPlot", exclude: ["README.md"]),
        .target(
            name: "NNStdlib", path: "stdlib",
            exclude: ["README.md"],
            resources: [.embedInCode("prelude.nn")]),
        .target(
            name: "NNLang",
            dependencies: ["NNTensor", "NNAutograd", "NN", "NNData", "NNPlot", "NNStdlib"],
            exclude: ["README.md", "Builtins/TensorSupport/README.md"],
            swiftSettings: fast),
        .target(name: "NNNotebook", dependencies: ["NNLang", "NNPlot"]),
        .executableTarget(
            name: "nn",
            dependencies: [
                "NNLang", "NNNotebook", "NNTensor", "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // Micro-benchmarks run by bench/run (never part of the tests).
        .executableTarget(
            name: "nn-bench", dependencies: ["NNLang", "NNTensor", "NNAutograd", "NN", "NNData"],
            path: "bench/NNBench", swiftSettings: fast),

        // Tests: one target per module; nnTests drives the built tool (golden scripts).
        .testTarget(name: "NNTensorTests", dependencies: ["NNTensor"], resources: [.copy("Fixtures")]),
        .testTarget(name: "NNAutogradTests", dependencies: ["NNAutograd", "NNTensor"], resources: [.copy("Fixtures")]),
        .testTarget(name: "NNTests", dependencies: ["NN", "NNAutograd", "NNTensor"], resources: [.copy("Fixtures")]),
        .testTarget(name: "NNDataTests", dependencies: ["NNData", "NNTensor"]),
        .testTarget(name: "NNPlotTests", dependencies: ["NNPlot"]),
        .testTarget(name: "NNLangTests", dependencies: ["NNLang"], exclude: ["Fixtures"]),
        .testTarget(name: "NNNotebookTests", dependencies: ["NNNotebook", "NNLang", "NNPlot"], exclude: ["Fixtures"]),
        .testTarget(name: "nnTests", dependencies: ["nn"]),
    ]
)
