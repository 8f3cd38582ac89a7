/// The CLI's exit codes: 0 nothing at or above `--fail-on`, 1 findings (or failing rule tests),
/// 2 usage, input or rule errors.
public enum ExitCode: Int32, Sendable {
    case success = 0
    case findings = 1
    case failure = 2
}
