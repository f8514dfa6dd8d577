import NNStdlib

/// NNLang: the nn language (lexer, parser, resolver, evaluator, built-in modules).
public enum NNLangLibrary {
    public static let version = "0.1.0"
}
