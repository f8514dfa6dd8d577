import ArgumentParser
import NNLang
import NNNotebook

@main
struct NNCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nn",
        abstract: "A notebook-style scripting REPL for learning neural networks.",
        version: NNLangLibrary.version
    )

    func run() throws {
        print("nn \(NNLangLibrary.version)")
    }
}
