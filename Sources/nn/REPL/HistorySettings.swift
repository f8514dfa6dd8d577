import Foundation

/// Where the REPL keeps its history and how much: `~/.nn_history`, or the file named by
/// `NN_HISTORY` (an empty value turns history off), capped at `limit` entries.
struct HistorySettings: Equatable {
    /// The history file, or nil when history is off.
    let path: String?
    /// The most entries kept, in memory and in the file.
    let limit: Int

    /// The default cap.
    static let defaultLimit = 1000

    /// Settings from the environment.
    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        limit = HistorySettings.defaultLimit
        if let override = environment["NN_HISTORY"] {
            path = override.isEmpty ? nil : override
        } else if let home = environment["HOME"], !home.isEmpty {
            path = home + "/.nn_history"
        } else {
            path = NSHomeDirectory() + "/.nn_history"
        }
    }
}
