import NNStdlib

/// NNLang: the nn language (lexer, parser, resolver, evaluator, built-in modules).
public enum NNLangLibrary {
    /// The version nn reports (`nn --version`, `sys.version`).
    public static let version = "0.1.0"
}
