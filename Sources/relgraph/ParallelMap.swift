import Foundation

/// Maps work over a stream of inputs on up to `jobs` threads and hands the results to `consume` in
/// input order as soon as each is ready, so output is identical whatever `jobs` is. Inputs are pulled
/// one at a time and at most `window` of them are in flight or waiting to be consumed, so memory holds
/// a bounded window however long the stream is (a corpus of 10,000 files, or JSON Lines on standard input).
enum ParallelMap {
    /// How many inputs may be in flight per job: enough to keep every thread busy while one slow
    /// input holds up the in-order consumer, few enough to keep memory small.
    static let windowPerJob = 4

    /// Runs `work` over the inputs that `next` yields until it returns nil. `next` and `consume` run on
    /// the calling thread; `work` on `jobs` worker threads (on the calling thread when `jobs` is 1).
    /// An error thrown by `next` or `consume` stops the run: the workers finish their current input
    /// and end before it is rethrown.
    static func run<Input: Sendable, Output: Sendable>(
        jobs: Int, window: Int? = nil,
        next: () throws -> Input?,
        work: @escaping @Sendable (Input) -> Output,
        consume: (Int, Input, Output) throws -> Void
    ) throws {
        if jobs <= 1 {
            var index = 0
            while let input = try next() {
                try consume(index, input, work(input))
                index += 1
            }
            return
        }
        let queue = WorkQueue<Input, Output>(work: work)
        let limit = max(window ?? jobs * windowPerJob, jobs)
        queue.start(threads: jobs)
        defer { queue.stop() }
        var inputs: [Int: Input] = [:]
        var submitted = 0, consumed = 0, exhausted = false
        while true {
            while !exhausted && submitted - consumed < limit {
                guard let input = try next() else { exhausted = true; break }
                inputs[submitted] = input
                queue.submit(submitted, input)
                submitted += 1
            }
            if consumed == submitted { break }
            let output = queue.take(consumed)
            try consume(consumed, inputs.removeValue(forKey: consumed)!, output)
            consumed += 1
        }
    }

    /// Runs `work` over an array of inputs; see `run(jobs:window:next:work:consume:)`.
    static func run<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], jobs: Int, window: Int? = nil,
        work: @escaping @Sendable (Input) -> Output,
        consume: (Int, Input, Output) throws -> Void
    ) throws {
        var iterator = inputs.makeIterator()
        try run(jobs: jobs, window: window, next: { iterator.next() }, work: work, consume: consume)
    }
}
