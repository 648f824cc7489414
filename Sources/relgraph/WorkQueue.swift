import Foundation

/// The worker threads of `ParallelMap`: a queue of numbered inputs that the threads take in order,
/// and the finished outputs by number until the consumer takes them. Everything under one condition lock.
final class WorkQueue<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let work: @Sendable (Input) -> Output
    private var pending: [(Int, Input)] = []
    private var pendingHead = 0
    private var done: [Int: Output] = [:]
    private var stopping = false
    private var running = 0

    init(work: @escaping @Sendable (Input) -> Output) {
        self.work = work
    }

    /// Starts the worker threads, each with an 8 MiB stack (as the main thread has) for deep inputs.
    func start(threads: Int) {
        condition.lock()
        running = threads
        condition.unlock()
        for _ in 0..<threads {
            let thread = Thread { [self] in self.loop() }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    func submit(_ index: Int, _ input: Input) {
        condition.lock()
        pending.append((index, input))
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for the output of input `index` and removes it.
    func take(_ index: Int) -> Output {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let output = done.removeValue(forKey: index) { return output }
            condition.wait()
        }
    }

    /// Drops what is not started yet and waits until every thread has ended.
    func stop() {
        condition.lock()
        stopping = true
        pending.removeAll()
        pendingHead = 0
        condition.broadcast()
        while running > 0 { condition.wait() }
        done.removeAll()
        condition.unlock()
    }

    private func loop() {
        condition.lock()
        while true {
            while pendingHead == pending.count && !stopping { condition.wait() }
            if stopping { break }
            let (index, input) = pending[pendingHead]
            pendingHead += 1
            if pendingHead > 64 && pendingHead * 2 > pending.count {
                pending.removeFirst(pendingHead)
                pendingHead = 0
            }
            condition.unlock()
            let output = work(input)
            condition.lock()
            done[index] = output
            condition.broadcast()
        }
        running -= 1
        condition.broadcast()
        condition.unlock()
    }
}
