// The only file that touches GNU readline. Readline keeps its state in mutable C globals
// (`rl_line_buffer`, `rl_attempted_completion_function`…), which Swift 6 rejects as shared
// mutable state; `@preconcurrency` accepts them for this import. That is sound here because
// the REPL calls readline from the main thread only: the line is read on the main thread,
// completion callbacks run inside `rl_callback_read_char` on the main thread, and
// statements run on another thread only while the main thread waits for them (no readline
// call is in progress then). The few Swift globals below follow the same rule.
@preconcurrency import CReadline
import Foundation

/// Line editing for the interactive session: GNU readline in callback mode, so a Ctrl-C at
/// the prompt can clear the line and return to the loop instead of killing the process.
enum LineEditor {
    /// What one prompt produced.
    enum Event: Equatable {
        /// A line, without its newline (a bracketed paste may contain newlines).
        case line(String)
        /// Ctrl-C at the prompt: the line was discarded.
        case interrupt
        /// Ctrl-D on an empty line, or the end of input.
        case endOfInput
    }

    /// Completion candidates for the line up to the cursor (`prefix`, UTF-8) where the word
    /// being completed starts at byte `start`. Each candidate replaces that word.
    typealias Completion = (_ prefix: [UInt8], _ start: Int) -> [String]
    /// The word-break characters readline should use for a line prefix (UTF-8).
    typealias WordBreaks = (_ prefix: [UInt8]) -> String

    // Main-thread-only state (see the comment at the top of the file).
    nonisolated(unsafe) private static var completion: Completion?
    nonisolated(unsafe) private static var wordBreaks: WordBreaks?
    nonisolated(unsafe) private static var received: Event?
    /// C strings handed to readline as word-break sets; readline keeps the pointer, so each
    /// distinct set is allocated once and never freed.
    nonisolated(unsafe) private static var breakSets: [String: UnsafeMutablePointer<CChar>] = [:]

    /// Sets readline up for nn: its own signal handling off (the REPL handles SIGINT), the
    /// application name `nn` for `~/.inputrc` conditionals, Tab completion through
    /// `completion`, and the word-break characters `wordBreaks` picks per line.
    static func configure(completion: @escaping Completion, wordBreaks: @escaping WordBreaks) {
        self.completion = completion
        self.wordBreaks = wordBreaks
        rl_readline_name = UnsafePointer(strdup("nn"))
        rl_catch_signals = 0
        rl_attempted_completion_function = { _, start, end in
            LineEditor.complete(start: Int(start), end: Int(end))
        }
        rl_completion_word_break_hook = {
            LineEditor.breakCharacters()
        }
    }

    /// Shows `prompt` and reads one line, feeding readline a byte at a time as input arrives.
    /// `waitForInput` blocks until standard input is readable and returns false when a
    /// SIGINT arrived instead; the line is then abandoned and `.interrupt` returned.
    static func read(prompt: String, waitForInput: () -> Bool) -> Event {
        received = nil
        rl_callback_handler_install(prompt) { raw in
            if let raw {
                LineEditor.received = .line(String(cString: raw))
                free(raw)
            } else {
                LineEditor.received = .endOfInput
            }
            rl_callback_handler_remove()
        }
        while received == nil {
            guard waitForInput() else {
                cancelLine()
                return .interrupt
            }
            rl_callback_read_char()
        }
        return received ?? .endOfInput
    }

    /// Abandons the line being edited after a Ctrl-C: readline's state is reset and the
    /// cursor moves to a fresh line.
    private static func cancelLine() {
        rl_free_line_state()
        rl_callback_sigcleanup()
        rl_echo_signal_char(SIGINT)
        rl_replace_line("", 0)
        rl_callback_handler_remove()
        fputs("\n", rl_outstream ?? stdout)
        fflush(rl_outstream ?? stdout)
    }

    /// The readline completion hook: candidates from `completion`, as readline's
    /// NULL-terminated array (the common prefix first when there are several).
    private static func complete(start: Int, end: Int) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        rl_attempted_completion_over = 1          // never fall back to readline's file names
        rl_completion_append_character = 0        // candidates carry their own `(`, `/` or space
        guard let completion, let buffer = rl_line_buffer else { return nil }
        let prefix = Array(UnsafeBufferPointer(start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self),
                                               count: max(0, min(end, Int(rl_end)))))
        if start == 0, prefix.allSatisfy({ $0 == UInt8(ascii: " ") }) {
            rl_insert_text("    ")                // Tab at the start of a line indents
            return nil
        }
        let candidates = completion(prefix, min(start, prefix.count))
        guard !candidates.isEmpty else { return nil }
        let entries = candidates.count == 1 ? candidates : [commonPrefix(candidates)] + candidates
        guard let array = malloc((entries.count + 1) * MemoryLayout<UnsafeMutablePointer<CChar>?>.stride)?
            .bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: entries.count + 1) else { return nil }
        for (i, entry) in entries.enumerated() { array[i] = strdup(entry) }
        array[entries.count] = nil
        return array
    }

    /// The word-break set for the current line (file names inside strings break only at `/`).
    private static func breakCharacters() -> UnsafeMutablePointer<CChar>? {
        guard let wordBreaks, let buffer = rl_line_buffer else { return nil }
        let prefix = Array(UnsafeBufferPointer(start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self),
                                               count: max(0, Int(rl_point))))
        let set = wordBreaks(prefix)
        if let existing = breakSets[set] { return existing }
        let made = strdup(set)
        breakSets[set] = made
        return made
    }

    /// The longest common prefix of `words`, in whole characters.
    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first else { return "" }
        for word in words.dropFirst() {
            while !word.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }

    // MARK: - History

    /// Loads the history file (a missing file is an empty history) and caps the history at
    /// `limit` entries.
    static func loadHistory(path: String, limit: Int) {
        stifle_history(Int32(clamping: limit))
        _ = read_history(path)
    }

    /// Adds a line to the in-memory history.
    static func addHistory(_ line: String) {
        add_history(line)
    }

    /// The most recent history entry, if any.
    static var lastHistoryEntry: String? {
        guard history_length > 0, let entry = history_get(history_base + history_length - 1),
              let text = entry.pointee.line else { return nil }
        return String(cString: text)
    }

    /// Appends the newest entry to the history file, creating it if needed (so a crash loses
    /// at most the line being typed).
    static func appendHistory(path: String) {
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
        }
        _ = append_history(1, path)
    }

    /// Trims the history file to its newest `limit` entries (every input was already appended,
    /// so sessions running side by side do not overwrite each other's lines).
    static func trimHistory(path: String, limit: Int) {
        _ = history_truncate_file(path, Int32(clamping: limit))
    }
}
