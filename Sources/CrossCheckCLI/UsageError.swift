/// A mistake in the command line: exit 2 with the message and a pointer to `--help`.
struct UsageError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
