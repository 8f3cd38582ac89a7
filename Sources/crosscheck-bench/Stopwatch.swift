import Dispatch

/// Wall-clock timing of a block, best of several runs (the machine is shared, the minimum is the
/// least disturbed run).
enum Stopwatch {
    static func seconds<T>(_ body: () -> T) -> (seconds: Double, result: T) {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = body()
        let end = DispatchTime.now().uptimeNanoseconds
        return (Double(end - start) / 1e9, result)
    }

    static func best<T>(of runs: Int, _ body: () -> T) -> (seconds: Double, result: T) {
        var best = seconds(body)
        for _ in 1..<max(1, runs) {
            let next = seconds(body)
            if next.seconds < best.seconds { best = next }
        }
        return best
    }
}
