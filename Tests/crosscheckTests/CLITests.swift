import Testing
import CrossCheckCLI

@Suite struct CLITests {
    @Test func versionAndUnknownCommand() {
        #expect(CLI(output: Output(out: { _ in }, err: { _ in })).run(["--version"]) == .success)
        #expect(CLI(output: Output(out: { _ in }, err: { _ in })).run(["frobnicate"]) == .failure)
    }
}
