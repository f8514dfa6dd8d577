import Foundation

/// The text of a progress bar, tqdm's layout:
/// `train:  45%|████▌     | 45/100 [00:02<00:03, 19.80it/s, loss=0.123]`, or without a
/// total `train: 45it [00:02, 19.80it/s]`. Pure: the same numbers give the same line.
struct ProgressLine {
    var description: String?
    var count: Int
    var total: Int?
    /// Seconds since the bar started.
    var elapsed: Double
    var unit: String = "it"
    var postfix: String = ""

    /// The line, at most `width` columns (the bar shrinks first, to at least 10 cells).
    func render(width: Int) -> String {
        let prefix = description.map { $0.isEmpty ? "" : $0 + ": " } ?? ""
        let rate = elapsed > 0 ? Double(count) / elapsed : nil
        let rateText: String
        if let rate, rate > 0 {
            rateText = rate >= 1 ? String(format: "%.2f", rate) + unit + "/s" : String(format: "%.2f", 1 / rate) + "s/" + unit
        } else {
            rateText = "?\(unit)/s"
        }
        let tail = postfix.isEmpty ? "" : ", " + postfix
        guard let total, total > 0 else {
            return clip(prefix + "\(count)\(unit) [\(ProgressLine.clock(elapsed)), \(rateText)\(tail)]", width)
        }
        let fraction = min(max(Double(count) / Double(total), 0), 1)
        let percent = String(format: "%3d%%", Int(fraction * 100))
        let remaining = rate.flatMap { $0 > 0 && count <= total ? Double(total - count) / $0 : nil }
        let times = "[\(ProgressLine.clock(elapsed))<\(remaining.map(ProgressLine.clock) ?? "?"), \(rateText)\(tail)]"
        let right = "| \(count)/\(total) \(times)"
        let cells = max(10, width - prefix.count - percent.count - 1 - right.count)
        return clip(prefix + percent + "|" + ProgressLine.bar(fraction, cells: cells) + right, width)
    }

    /// `cells` characters, full blocks then an eighth-block for the partial cell.
    static func bar(_ fraction: Double, cells: Int) -> String {
        let eighths = Int((fraction * Double(cells) * 8).rounded(.down))
        let full = min(cells, eighths / 8)
        var text = String(repeating: "█", count: full)
        if full < cells {
            let partial = eighths % 8
            text += partial > 0 ? String(ProgressLine.partials[partial]) : " "
            text += String(repeating: " ", count: cells - full - 1)
        }
        return text
    }

    private static let partials: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// `mm:ss`, or `h:mm:ss` from an hour on.
    static func clock(_ seconds: Double) -> String {
        let s = seconds.isFinite ? Int(min(max(seconds, 0), 359_999_999).rounded(.down)) : 0
        let (h, m, r) = (s / 3600, s / 60 % 60, s % 60)
        return h > 0 ? String(format: "%d:%02d:%02d", h, m, r) : String(format: "%02d:%02d", m, r)
    }

    private func clip(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(max(0, width)))
    }
}
