// swift-tools-version:6.2
// The fuzzing target of the request decoders and the JSON field scanner, built alone with libFuzzer by
// scripts/fuzz (`swift build --sanitize=fuzzer`; libFuzzer supplies `main`), so the main package's build and tests stay free of the instrumentation.
import PackageDescription

let package = Package(
    name: "llmproxy-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "llmproxy", path: "../..")],
    targets: [
        .executableTarget(
            name: "FuzzRequestDecoders",
            dependencies: [.product(name: "GatewayModel", package: "llmproxy")]
        )
    ]
)
