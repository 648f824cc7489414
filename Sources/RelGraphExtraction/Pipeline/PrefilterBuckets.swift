/// The prefilters of a list of regexes, sorted by the scalar a line starts with: for each lower-cased
/// first scalar, the regexes whose first-scalar test lets it through, so that a line is checked only
/// against those (one array look-up, instead of a set look-up per regex).
struct PrefilterBuckets: Sendable {
    let filters: [RegexPrefilter]
    /// Per lower-cased first scalar (below `keyLimit`): the index in `candidates`; 0 for a scalar no
    /// regex names as its first (only the regexes without a first-scalar test).
    private let bucket: [UInt16]
    /// The regexes (by index, ascending) to check for a line starting with a scalar of each bucket.
    private let candidates: [[Int]]
    /// Every regex, for a line whose first scalar is not safe (the regexes decide).
    private let all: [Int]

    /// Above every value `RegexPrefilter.lowered` gives.
    static let keyLimit: UInt32 = 0x20D0

    init(_ filters: [RegexPrefilter]) {
        self.filters = filters
        all = Array(filters.indices)
        var bucket = [UInt16](repeating: 0, count: Int(Self.keyLimit))
        var candidates: [[Int]] = [filters.indices.filter { filters[$0].first == nil }]
        var keys = Set<UInt32>()
        for f in filters { if let first = f.first { keys.formUnion(first) } }
        for key in keys.sorted() where key < Self.keyLimit {
            bucket[Int(key)] = UInt16(candidates.count)
            candidates.append(filters.indices.filter { filters[$0].first.map { $0.contains(key) } ?? true })
        }
        self.bucket = bucket
        self.candidates = candidates
    }

    /// The regexes (ascending indices) whose first-scalar test passes a line starting with this lower-cased
    /// scalar (nil: not safe, every regex).
    func candidates(firstKey: UInt32?) -> [Int] {
        guard let key = firstKey else { return all }
        guard key < Self.keyLimit else { return candidates[0] }
        return candidates[Int(bucket[Int(key)])]
    }
}
