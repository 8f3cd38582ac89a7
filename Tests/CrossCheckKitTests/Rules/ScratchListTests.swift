import Testing
@testable import CrossCheckKit

@Suite("ScratchList")
struct ScratchListTests {
    @Test func growingKeepsTheElementsInOrder() {
        var list = ScratchList<Int>(capacity: 4)
        for k in 0..<100 { list.append(k) }
        #expect(list.count == 100)
        #expect((0..<100).allSatisfy { list[$0] == $0 })
    }

    @Test func clearingIsACountResetAndTheRoomIsReused() {
        var list = ScratchList<(a: Int, b: Int32)>()
        for k in 0..<40 { list.append((k, Int32(k))) }
        list.count = 0
        #expect(list.isEmpty)
        list.append((7, 8))
        #expect(list.count == 1)
        #expect(list[0].a == 7 && list[0].b == 8)
    }

    @Test func aCopySharesTheBuffer() {
        var list = ScratchList<Int>()
        list.append(1)
        let copy = list
        // Writing through one is seen through the other: the VM lends its lists by copying them.
        copy[0] = 5
        #expect(list[0] == 5)
    }
}
