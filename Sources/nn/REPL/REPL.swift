import Foundation
import NNLang

/// `nn` without a script: an interactive session on a terminal, or the same session fed
/// from a pipe without prompts or line editing.
enum REPL {
    /// Runs the session on standard input and returns the process exit status.
    static func main() -> Int32 {
        isatty(STDIN_FILENO) != 0 ? InteractiveLoop.run() : PipedLoop.run()
    }
}
