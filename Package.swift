// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "crosscheck",
    products: [
        .library(name: "CrossCheckKit", targets: ["CrossCheckKit"]),
        .executable(name: "crosscheck", targets: ["crosscheck"]),
    ],
    dependencies: [],
    targets: [
        // The engine: no printing, no argv, no exit().
        .target(name: "CrossCheckKit", plugins: ["EmbedRulesPlugin"]),
        // Build-time helper: embeds Rules/*.json5 into CrossCheckKit (the built-in rules travel with the binary).
        .executableTarget(name: "embed-rules", path: "Sources/embed-rules"),
        .plugin(name: "EmbedRulesPlugin", capability: .buildTool(), dependencies: ["embed-rules"], path: "Sources/EmbedRulesPlugin"),
        // The command-line layer: argument parsing, help, exit codes. `run(arguments:)` is testable.
        .target(name: "CrossCheckCLI", dependencies: ["CrossCheckKit"]),
        .executableTarget(name: "crosscheck", dependencies: ["CrossCheckCLI"]),
        .executableTarget(name: "crosscheck-bench", dependencies: ["CrossCheckKit"]),
        .testTarget(name: "CrossCheckKitTests", dependencies: ["CrossCheckKit"]),
        .testTarget(name: "crosscheckTests", dependencies: ["CrossCheckCLI", "CrossCheckKit"]),
    ]
)
