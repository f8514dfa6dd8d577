import NNLang

/// NNNotebook: cells, output capture, inline `#>` writer, checker, Markdown runner, exporters.
public enum NNNotebookLibrary {}
