/// An output file that could not be written: exit 2 with the path and the reason.
struct OutputError: Error {
    var path: String
    var message: String
}
