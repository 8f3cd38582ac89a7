import Dispatch
import Foundation

/// Timing of a block: wall-clock time and the CPU time of the calling thread. On a shared machine the
/// thread's CPU time is what one core spends on the work (time spent waiting for a core is left out),
/// so single-threaded figures use it; parallel figures need wall-clock time. Best of several runs.
enum Stopwatch {
    struct Timing {
        var wall: Double
        var cpu: Double
    }

    static func measure<T>(_ body: () -> T) -> (timing: Timing, result: T) {
        let cpu0 = threadCPU()
        let start = DispatchTime.now().uptimeNanoseconds
        let result = body()
        let end = DispatchTime.now().uptimeNanoseconds
        let cpu1 = threadCPU()
        return (Timing(wall: Double(end - start) / 1e9, cpu: cpu1 - cpu0), result)
    }

    /// Best (smallest) CPU and wall times over `runs` runs, and the last result.
    static func best<T>(of runs: Int, _ body: () -> T) -> (timing: Timing, result: T) {
        var (best, result) = measure(body)
        for _ in 1..<max(1, runs) {
            let next = measure(body)
            best.wall = min(best.wall, next.timing.wall)
            best.cpu = min(best.cpu, next.timing.cpu)
            result = next.result
        }
        return (best, result)
    }

    /// CPU seconds used by the calling thread.
    static func threadCPU() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// The 1-minute load average, to judge how disturbed wall-clock figures are.
    static var loadAverage: String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first.map(String.init) ?? "?"
    }
}
