/// Matching call arguments to a `Signature`, with CPython's error messages.
extension Signature {
    /// Binds positional and keyword arguments into slots (see `Signature`), filling defaults.
    /// `name` is the function's name as messages show it (`f`, `Net.forward`, `linspace`).
    func bind(name: String, positional: UnsafeBufferPointer<Value>, keywordNames: [String],
              keywordValues: UnsafeBufferPointer<Value>, defaults: [Value?]) throws(ScriptError) -> [Value] {
        var slots = [Value](repeating: Unbound.value, count: parameters.count)
        var filled = [Bool](repeating: false, count: parameters.count)
        let given = positional.count
        if given > positionalCount && varArgsSlot == nil {
            throw tooManyPositional(name: name, given: given, keywordNames: keywordNames, defaults: defaults)
        }
        let direct = min(given, positionalCount)
        for i in 0..<direct {
            slots[i] = positional[i]
            filled[i] = true
        }
        if let vs = varArgsSlot {
            slots[vs] = .tuple(given > positionalCount ? Array(positional[positionalCount...]) : [])
            filled[vs] = true
        }
        var extra: DictObject?
        if let vk = varKeywordsSlot {
            let d = DictObject()
            extra = d
            slots[vk] = .dict(d)
            filled[vk] = true
        }
        var positionalOnlyAsKeyword: [String] = []
        for (k, kwName) in keywordNames.enumerated() {
            let value = keywordValues[k]
            var target: Int?
            for (i, p) in parameters.enumerated() where p.name == kwName {
                if p.kind == .varArgs || p.kind == .varKeywords { continue }
                target = i
                break
            }
            if let t = target, parameters[t].kind == .positionalOnly {
                if let extra {
                    extra.setString(kwName, value)
                    continue
                }
                positionalOnlyAsKeyword.append(kwName)
                continue
            }
            if let t = target {
                if filled[t] { throw ScriptError.typeError("\(name)() got multiple values for argument '\(kwName)'") }
                slots[t] = value
                filled[t] = true
            } else if let extra {
                if extra.containsString(kwName) {
                    throw ScriptError.typeError("\(name)() got multiple values for keyword argument '\(kwName)'")
                }
                extra.setString(kwName, value)
            } else {
                let e = ScriptError.typeError("\(name)() got an unexpected keyword argument '\(kwName)'")
                let candidates = parameters.filter { $0.kind == .normal || $0.kind == .keywordOnly }.map(\.name)
                if let close = Suggestions.closest(to: kwName, in: candidates) { e.hint = "did you mean '\(close)'?" }
                throw e
            }
        }
        if !positionalOnlyAsKeyword.isEmpty {
            let list = positionalOnlyAsKeyword.map { "'\($0)'" }.joined(separator: ", ")
            throw ScriptError.typeError("\(name)() got some positional-only arguments passed as keyword arguments: \(list)")
        }
        var missingPositional: [String] = [], missingKeyword: [String] = []
        for (i, p) in parameters.enumerated() where !filled[i] {
            if let d = defaults[i] {
                slots[i] = d
            } else if p.kind == .keywordOnly {
                missingKeyword.append(p.name)
            } else {
                missingPositional.append(p.name)
            }
        }
        if !missingPositional.isEmpty {
            throw missing(name: name, names: missingPositional, what: "positional")
        }
        if !missingKeyword.isEmpty {
            throw missing(name: name, names: missingKeyword, what: "keyword-only")
        }
        return slots
    }

    func missing(name: String, names: [String], what: String) -> ScriptError {
        let quoted = names.map { "'\($0)'" }
        let list: String
        switch quoted.count {
        case 1: list = quoted[0]
        case 2: list = "\(quoted[0]) and \(quoted[1])"
        default: list = quoted.dropLast().joined(separator: ", ") + ", and " + (quoted.last ?? "")
        }
        let plural = names.count == 1 ? "argument" : "arguments"
        return ScriptError.typeError("\(name)() missing \(names.count) required \(what) \(plural): \(list)")
    }

    func tooManyPositional(name: String, given: Int, keywordNames: [String], defaults: [Value?]) -> ScriptError {
        let required = (0..<positionalCount).filter { defaults.indices.contains($0) ? defaults[$0] == nil : true }.count
        let takes: String
        if required < positionalCount {
            takes = "from \(required) to \(positionalCount) positional arguments"
        } else {
            takes = "\(positionalCount) positional argument\(positionalCount == 1 ? "" : "s")"
        }
        let keywordOnlyGiven = keywordNames.filter { k in parameters.contains { $0.name == k && $0.kind == .keywordOnly } }.count
        var were = "\(given) \(given == 1 ? "was" : "were") given"
        if keywordOnlyGiven > 0 {
            were = "\(given) positional argument\(given == 1 ? "" : "s") (and \(keywordOnlyGiven) keyword-only argument\(keywordOnlyGiven == 1 ? "" : "s")) were given"
        }
        return ScriptError.typeError("\(name)() takes \(takes) but \(were)")
    }
}
