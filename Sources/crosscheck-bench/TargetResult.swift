/// One of the targets with the figure measured for it.
struct TargetResult {
    var name: String
    var figure: String
    /// nil when it could not be measured in this run.
    var met: Bool?

    var line: String {
        let verdict = met.map { $0 ? "MET" : "NOT MET" } ?? "not measured"
        return "  " + name.padding(toLength: 44, withPad: " ", startingAt: 0) + " " + figure.padding(toLength: 34, withPad: " ", startingAt: 0) + " " + verdict
    }
}
