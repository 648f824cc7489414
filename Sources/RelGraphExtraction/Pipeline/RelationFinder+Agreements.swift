import RelGraph

// Agreements a clause refers to without naming them, and the parties of unnamed agreements.
extension RelationFinder.Finder {
    func agreementArg(_ args: [Argument], _ c: Clause) -> String? {
        args.first { $0.actor.hasPrefix("agreement:") }?.actor
    }

    /// "Egypt has a defence agreement with Sudan", "Fiji will not renew a police agreement with China": the plain
    /// subject group before an agreement noun when a verb of holding (the lexicon's `holding` words) stands between
    /// them (and nothing but articles and adjectives after it); in German also when one closes the clause after
    /// the agreement ("Fidschi will das Polizeiabkommen mit China nicht verlängern").
    func possessingSubject(_ args: [Argument], cue: Cue, clause c: Clause) -> [Argument]? {
        guard let last = args.last(where: { $0.isPlain && !$0.actor.hasPrefix("agreement:") && $0.end <= cue.token }) else { return nil }
        let subject = args.filter { $0.group == last.group }
        let holding = words.holdingVerbs
        // (the verb before any auxiliaries that close a subordinate clause: "… mit Tansania verlängert hat"; an auxiliary
        // alone holds only after a name or an actor, "… ein Abkommen mit Russland hat", not after a participle:
        // "nachdem Australien das Abkommen mit China kritisiert hatte")
        if doc.language == .de, var final = c.tokens.reversed().first(where: { toks[$0].isWord }), final > cue.token {
            while final - 1 > cue.token && RelationFinder.verbMarkers.contains(toks[final].lower) && toks[final - 1].isWord && !toks[final - 1].isCapitalized
                    && !mentionTokens.contains(final - 1) { final -= 1 }
            if holding.contains(toks[final].lower), last.end < cue.token, cue.token - last.end <= 4 { return subject }
        }
        guard let verb = (last.end..<cue.token).first(where: { holding.contains(toks[$0].lower) }),
              verb <= last.end + 2, cue.token - verb <= 5,
              // (no other verb between: "had signed a deal with"; in German no verb closing the clause: "hatte den
              // Vertrag mit Gazprom auslaufen lassen" is an auxiliary)
              ((verb + 1)..<cue.token).allSatisfy({ cueCache.hasNoEntries($0) || !hasCue($0, RelationFinder.verbKinds) }),
              doc.language == .en || c.tokens.reversed().first(where: { toks[$0].isWord }).map({ toks[$0].isCapitalized || mentionTokens.contains($0) }) ?? false
        else { return nil }
        return subject
    }

    /// The agreement named last in this sentence before `token` or in the one before.
    func recentAgreement(before token: Int, sentence s: Sentence) -> String? {
        for idx in (mentionsBySentence[s.index] ?? []).reversed() where mentions[idx].actor.hasPrefix("agreement:") && mentions[idx].tokens.lowerBound < token {
            return mentions[idx].actor
        }
        if s.index > 0 {
            for idx in (mentionsBySentence[s.index - 1] ?? []).reversed() where mentions[idx].actor.hasPrefix("agreement:") {
                return mentions[idx].actor
            }
        }
        return nil
    }

    /// "signed a mutual defence pact", "Freundschaftsvertrag": parties to a defence, partnership or
    /// friendship treaty (two or three states or organizations) are allies; the alliance takes the first
    /// party_to edge's sentence, stance and modality. (Security and trade agreements bind no allies.)
    func treatyAlliances() {
        var partyEdges: [String: [Int]] = [:]
        // (each relation read in place: a copy would retain and release its strings and lists)
        for k in relations.indices where relations[k].type == .partyTo && RelationFinder.allianceTreatyKinds.contains(where: { relations[k].target.hasSuffix("-" + $0) }) {
            partyEdges[relations[k].target, default: []].append(k)
        }
        for (_, edges) in partyEdges.sorted(by: { $0.key < $1.key }) {
            let parties = RelationFinder.uniqueSorted(edges.map { relations[$0].source }.filter { $0.hasPrefix("state:") || $0.hasPrefix("org:") })
            guard parties.count >= 2 && parties.count <= 3, let first = edges.first else { continue }
            let template = relations[first]
            for a in 0..<parties.count {
                for b in (a + 1)..<parties.count {
                    var r = Relation(type: .alliance, source: parties[a], target: parties[b], sentence: template.sentence, rule: "treaty:" + template.rule)
                    r.modality = template.modality
                    r.attributedTo = template.attributedTo
                    r.deniedBy = template.deniedBy
                    addRelation(r)
                }
            }
        }
    }

    /// "Marles defends AUKUS …": a named agreement whose parties the lexicon knows binds each of them
    /// that the article names; the evidence is the first sentence naming both, else the agreement's first.
    func knownParties() {
        let known = lexicon.agreementParties
        guard !known.isEmpty else { return }
        var firstOf: [String: Int] = [:]
        // (most articles name no such agreement: only agreement ids are looked up, by their first byte)
        // (each mention read in place: a copy would retain and release its strings)
        for i in mentions.indices where mentions[i].actor.utf8.first == UInt8(ascii: "a") && known[mentions[i].actor] != nil && firstOf[mentions[i].actor] == nil {
            firstOf[mentions[i].actor] = mentions[i].sentence
        }
        guard !firstOf.isEmpty else { return }
        // (the sentences of the agreements and their known parties only: no set per other actor)
        var asked = Set(firstOf.keys)
        for agreement in firstOf.keys { asked.formUnion(known[agreement] ?? []) }
        var sentencesOf: [String: Set<Int>] = [:]
        for m in mentions where asked.contains(m.actor) { sentencesOf[m.actor, default: []].insert(m.sentence) }
        for (agreement, first) in firstOf.sorted(by: { $0.key < $1.key }) {
            let agreementSentences = sentencesOf[agreement] ?? []
            for party in known[agreement] ?? [] {
                guard let partySentences = sentencesOf[party],
                      !relations.contains(where: { $0.type == .partyTo && $0.source == party && $0.target == agreement }) else { continue }
                let sentence = partySentences.intersection(agreementSentences).min() ?? first
                addRelation(Relation(type: .partyTo, source: party, target: agreement, sentence: sentence, rule: "lexicon:parties"))
            }
        }
    }

    /// Unnamed agreements ("agreement:?defense-pact") get their id from their parties:
    /// `agreement:prk-rus-defense-pact`; unnamed agreements with the same parties are one agreement.
    func resolveAgreements() {
        // (ids read in place, and only those that open with an "a" byte tested for the prefix: most documents have
        // no placeholder; the set built from the same list as before)
        var placeholderIds: [String] = []
        for i in mentions.indices where mentions[i].actor.utf8.first == UInt8(ascii: "a") && mentions[i].actor.hasPrefix("agreement:?") {
            placeholderIds.append(mentions[i].actor)
        }
        guard !placeholderIds.isEmpty else { return }
        var parties: [String: Set<String>] = [:]
        // (a person who signed names no party in the id: "Putin and Kim signed" with Russia unnamed)
        var bySentence: [String: [Int: Set<String>]] = [:]
        for r in relations where r.type == .partyTo && r.target.hasPrefix("agreement:?") && !r.source.hasPrefix("person:") {
            bySentence[r.target, default: [:]][r.sentence, default: []].insert(partyCode(r.source))
        }
        // "a police cooperation agreement with China … a status of forces agreement with the United States": one
        // placeholder of a kind may stand for several agreements. In text order, a sentence whose parties (two or more)
        // neither hold nor are held by those of the agreement before starts another one; a single party joins the
        // one before, if any. Each further agreement is a placeholder of its own ("agreement:?agreement#1") from its sentence on.
        /// Per placeholder: where each of its agreements starts (sentence, placeholder), in text order.
        var splits: [String: [(sentence: Int, id: String)]] = [:]
        for (p, sets) in bySentence {
            var clusters: [(first: Int, parties: Set<String>)] = []
            // (a single party named first starts the first agreement: "Österreichs Vertrag mit Gazprom … der Transitvertrag
            // zwischen der Ukraine und Russland" are two)
            for sentence in sets.keys.sorted() {
                let set = sets[sentence]!
                if let last = clusters.last, set.count < 2 || set.isSubset(of: last.parties) || set.isSuperset(of: last.parties) {
                    clusters[clusters.count - 1].parties.formUnion(set)
                } else {
                    clusters.append((sentence, set))
                }
            }
            for (k, c) in clusters.enumerated() {
                let id = k == 0 ? p : p + "#\(k)"
                parties[id] = c.parties
                if k > 0 { splits[p, default: [(clusters[0].first, p)]].append((c.first, id)) }
            }
        }
        /// The placeholder standing at `sentence` for `p`: the agreement begun last before or at it.
        func placeholder(_ p: String, at sentence: Int) -> String {
            guard let starts = splits[p] else { return p }
            return starts.last(where: { $0.sentence <= sentence })?.id ?? p
        }
        if !splits.isEmpty {
            changeMentions { ms in for i in ms.indices where splits[ms[i].actor] != nil { ms[i].actor = placeholder(ms[i].actor, at: ms[i].sentence) } }
            changeRelations { rs in for i in rs.indices where splits[rs[i].target] != nil { rs[i].target = placeholder(rs[i].target, at: rs[i].sentence) } }
            // (the placeholders again in text order, the new ones where they first stand)
            placeholderIds = []
            for i in mentions.indices where mentions[i].actor.utf8.first == UInt8(ascii: "a") && mentions[i].actor.hasPrefix("agreement:?") {
                placeholderIds.append(mentions[i].actor)
            }
        }
        let placeholders = Set(placeholderIds)
        // without a party_to edge: the states of the sentence that names it
        for p in placeholders where parties[p] == nil {
            if let m = mentions.first(where: { $0.actor == p }) {
                let states = Set((mentionsBySentence[m.sentence] ?? []).map { mentions[$0].actor }.filter { $0.hasPrefix("state:") }.map(partyCode))
                if states.count >= 2 && states.count <= 3 { parties[p] = states }
            }
        }
        // one id per party set; the most specific kind wins
        var byParties: [String: [String]] = [:]
        for (p, set) in parties { byParties[set.sorted().joined(separator: "-"), default: []].append(p) }
        var rename: [String: String] = [:]
        let generic = RelationFinder.genericAgreementKinds
        for (key, ps) in byParties {
            // (of generic kinds only, the one named first: "signed a treaty … signed the agreement")
            let ps = ps.sorted()
            let firstNamed = ps.min { (placeholderIds.firstIndex(of: $0) ?? Int.max, $0) < (placeholderIds.firstIndex(of: $1) ?? Int.max, $1) } ?? ps[0]
            let kinds = ps.map { Self.placeholderKind($0) }.sorted()
            let kind = kinds.first { !generic.contains($0) } ?? Self.placeholderKind(firstNamed)
            let id = "agreement:\(key)-\(kind)"
            for p in ps { rename[p] = id }
            let label = Self.replacingHyphens(kind, with: " ")
            newActors[id] = ActorInfo(id: id, kind: .agreement, label: "\(Self.replacingHyphens(key.uppercased(), with: "–")) \(label)")
        }
        // (nothing renamed, the common case: no hashing of every mention's and relation's id)
        // (every key opens with "agreement:?", so an id whose first byte is no "a" is not hashed)
        changeMentions { ms in
            for i in ms.indices where !rename.isEmpty && ms[i].actor.utf8.first == UInt8(ascii: "a") {
                if let n = rename[ms[i].actor] { ms[i].actor = n }
            }
        }
        changeRelations { rs in
            for i in rs.indices where !rename.isEmpty && rs[i].target.utf8.first == UInt8(ascii: "a") {
                if let n = rename[rs[i].target] { rs[i].target = n }
            }
        }
        // placeholders without parties stay agreements of their kind
        for p in placeholders where rename[p] == nil {
            let id = "agreement:" + Self.placeholderKind(p)
            changeMentions { ms in for i in ms.indices where ms[i].actor == p { ms[i].actor = id } }
            changeRelations { rs in for i in rs.indices where rs[i].target == p { rs[i].target = id } }
            newActors[id] = ActorInfo(id: id, kind: .agreement, label: Self.replacingHyphens(Self.placeholderKind(p), with: " "))
        }
    }

    /// The kind of a placeholder: "agreement:?defense-pact#1" → "defense-pact".
    static func placeholderKind(_ p: String) -> String {
        let kind = p.dropFirst("agreement:?".count)
        return String(kind.firstIndex(of: "#").map { kind[..<$0] } ?? kind)
    }

    /// `s.replacingOccurrences(of: "-", with: r)`; for ASCII text (every byte a Character of its own)
    /// without Foundation's search.
    static func replacingHyphens(_ s: String, with r: String) -> String {
        guard s.utf8.allSatisfy({ $0 < 0x80 }) else { return s.replacingOccurrences(of: "-", with: r) }
        // (the bytes copied, each "-" byte replaced: no array of parts joined)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count)
        for b in s.utf8 { if b == UInt8(ascii: "-") { bytes.append(contentsOf: r.utf8) } else { bytes.append(b) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    func partyCode(_ id: String) -> String { RelationFinder.lastIDPart(id) }
}

extension RelationFinder {
    /// `id.split(separator: ":").last` (the last part that is not empty), else `id`; found in place, with
    /// no array of parts.
    static func lastIDPart(_ id: String) -> String {
        // ASCII (every byte a Character of its own): the same search over the bytes, without Character steps
        if id.utf8.allSatisfy({ $0 < 0x80 }) {
            let u = id.utf8
            var end = u.endIndex
            while end > u.startIndex && u[u.index(before: end)] == UInt8(ascii: ":") { end = u.index(before: end) }
            guard end > u.startIndex else { return id }
            var start = end
            while start > u.startIndex && u[u.index(before: start)] != UInt8(ascii: ":") { start = u.index(before: start) }
            return String(id[start..<end])
        }
        var end = id.endIndex
        while end > id.startIndex && id[id.index(before: end)] == ":" { end = id.index(before: end) }
        guard end > id.startIndex else { return id }
        let head = id[..<end]
        if let colon = head.lastIndex(of: ":") { return String(head[head.index(after: colon)...]) }
        return String(head)
    }
}
