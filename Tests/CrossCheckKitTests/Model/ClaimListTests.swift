import Testing
import CrossCheckKit

@Suite struct ClaimListTests {
    private func claim(_ source: Int, _ n: Double) -> Claim {
        Claim(kind: "count", rule: "r", key: "k", value: .quantity(.exact(n)), source: source,
              span: TextSpan(start: Int(n), end: Int(n) + 1), sentence: 0)
    }

    @Test func partsReadAsOneArrayInOrder() {
        let parts = [[claim(0, 1), claim(0, 2)], [], [claim(2, 3)], [], [claim(4, 4), claim(4, 5), claim(4, 6)]]
        let list = ClaimList(parts: parts)
        #expect(list.count == 6)
        #expect(Array(list) == parts.flatMap { $0 })
        #expect(list[2] == claim(2, 3))
        #expect(list[5] == claim(4, 6))
        #expect(list.map(\.source) == [0, 0, 2, 4, 4, 4])
        #expect(list == ClaimList(parts.flatMap { $0 }))
        #expect(list != ClaimList(Array(parts.flatMap { $0 }.dropLast())))
        #expect(ClaimList(parts: [[], []]).isEmpty)
    }
}
