import Foundation
import PackagePlugin

/// Build-tool plugin: embeds the package's `Rules/*.json5` into CrossCheckKit as string literals
/// (`EmbeddedRules.files`), so the built-in rules travel with the binary wherever it runs.
@main
struct EmbedRulesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rulesDir = context.package.directoryURL.appendingPathComponent("Rules")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: rulesDir.path)) ?? []
        let files = names.filter { $0.hasSuffix(".json5") }.sorted().map { rulesDir.appendingPathComponent($0) }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedRules.swift")
        let tool = try context.tool(named: "embed-rules")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) rule files from Rules/",
                executable: tool.url,
                arguments: [output.path] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]
            ),
        ]
    }
}
