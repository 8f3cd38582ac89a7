import Foundation
import Testing
@testable import CrossCheckKit

extension ShippedRuleClusterTests {
    @Test func newsSentencesAreNoArrivalClosingDetentionOrMatchLength() throws {
        // A review found each line of the second source read as the fact of the first's line beside it: a
        // council's reply as a time to arrive, a plant's closing as a deal's, talks held as a detention, a
        // legal fight as a match's length and a feared price rise as when concerns were raised.
        let r = try Self.report(
            "Armed police took 11 minutes to reach the school. The deal is expected to close in the first quarter of 2027. "
                + "Journalist Tomas Liebl had been held for 19 months. The final lasted two hours and 41 minutes.",
            "The council took three weeks to respond to the complaint. The Leeds plant will close in the second half of 2027. "
                + "Talks have been held for three days in Geneva. Her legal fight with the federation lasted 12 years. "
                + "Opposition MPs raised fears that prices will rise in 2027.")
        #expect(r.findings.isEmpty)
        let keys = Set(r.singleSource.map(\.key))
        #expect(keys.isSuperset(of: ["time to arrive", "completion period", "detention", "duration-of-match"]))
        #expect(!keys.contains("concerns raised"))
    }
}
