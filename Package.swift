// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "relgraph",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "relgraph", targets: ["relgraph"]),
        .library(name: "RelGraph", targets: ["RelGraph"]),
        .library(name: "RelGraphExtraction", targets: ["RelGraphExtraction"]),
        .library(name: "RelGraphRender", targets: ["RelGraphRender"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(name: "RelGraph"),
        .target(
            name: "RelGraphExtraction",
            dependencies: ["RelGraph"],
            resources: [.copy("Resources/lexicon")]
        ),
        .target(name: "RelGraphRender", dependencies: ["RelGraph", "CGraphviz"]),
        .executableTarget(
            name: "relgraph",
            dependencies: [
                "RelGraph", "RelGraphExtraction", "RelGraphRender",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "relgraph-bench-diff", dependencies: ["RelGraph"], path: "Benchmarks/diff-merge"),
        .executableTarget(name: "relgraph-bench", dependencies: ["RelGraph", "RelGraphRender"], path: "Benchmarks/render"),
        .executableTarget(name: "relgraph-bench-extract", dependencies: ["RelGraphExtraction"], path: "Benchmarks/extract"),
        .testTarget(name: "RelGraphTests", dependencies: ["RelGraph"]),
        .testTarget(name: "RelGraphExtractionTests", dependencies: ["RelGraphExtraction", "RelGraph"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "RelGraphRenderTests", dependencies: ["RelGraphRender", "RelGraph"], exclude: ["Snapshots"]),
        .testTarget(name: "relgraphTests", dependencies: ["relgraph"]),
    ],
    swiftLanguageModes: [.v6]
)
