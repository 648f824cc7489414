import Foundation

/// Maps work over inputs on up to `jobs` threads, handing results to `consume` in input order as soon
/// as they are ready, so output is identical whatever `jobs` is and memory holds a bounded window.
enum ParallelMap {
    static func run<R: Sendable>(_ inputs: [String], jobs: Int, work: @escaping @Sendable (String) -> R,
                                 consume: (Int, String, R) throws -> Void) throws {
        if jobs <= 1 {
            for (i, input) in inputs.enumerated() { try consume(i, input, work(input)) }
            return
        }
        let window = jobs * 4
        var start = 0
        while start < inputs.count {
            let batch = Array(inputs[start..<min(inputs.count, start + window)])
            let box = ResultBox<R>(count: batch.count)
            DispatchQueue.concurrentPerform(iterations: batch.count) { i in
                box.set(i, work(batch[i]))
            }
            for (i, r) in box.take().enumerated() { try consume(start + i, batch[i], r) }
            start += batch.count
        }
    }

    /// Results written from several threads, each slot once, under a lock.
    final class ResultBox<R: Sendable>: @unchecked Sendable {
        private var slots: [R?]
        private let lock = NSLock()
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ r: R) { lock.lock(); slots[i] = r; lock.unlock() }
        func take() -> [R] { lock.lock(); defer { lock.unlock() }; return slots.map { $0! } }
    }
}
