import Testing
@testable import CrossCheckKit

@Suite struct PersonKeyMergerTests {
    @Test func nearIdenticalNamesMerge() {
        let m = PersonKeyMerger().merge(["kim jong un": 3, "kim jung un": 1, "Kim Jong-un": 1, "kim jong il": 2, "Dara Velk": 2, "velk": 1])
        #expect(m["kim jung un"] == "kim jong un")
        #expect(m["Kim Jong-un"] == "kim jong un")
        #expect(m["kim jong il"] == "kim jong il")
        #expect(m["velk"] == "dara velk")
    }

    @Test func loneSurnameWithTwoCandidatesStaysAlone() {
        let m = PersonKeyMerger().merge(["anna velk": 1, "dara velk": 1, "velk": 1])
        #expect(m["velk"] == "velk")
        #expect(m["anna velk"] == "anna velk")
    }
}
