import Foundation
import NNPlot

/// `plt.savefig` / `fig.savefig`: SVG (`.svg`), or the plain text render (`.txt`, 72
/// columns as in notebooks), written to a temporary file in the same directory and renamed,
/// so a file is never left half-written. Other formats raise ValueError naming the two
/// supported ones (nn has no raster output).
enum SaveFigure {
    /// The parameters shared by `plt.savefig` and `Figure.savefig`; layout and raster options
    /// are accepted and have no effect (every layout is tight; SVG has no dpi).
    static let parameters = "fname, *, dpi=None, format=None, bbox_inches=None, pad_inches=None, transparent=None, facecolor=None, edgecolor=None, metadata=None"

    /// Writes `figure` as `savefig(fname, format=…)` asks.
    static func save(_ figure: Figure, _ a: BoundArguments, _ rt: Runtime) throws {
        guard case .str(let s) = a[0] else {
            throw ScriptError.typeError("savefig() fname must be a str path, not \(a[0].typeName)")
        }
        let path = s.value
        guard !path.isEmpty else { throw ScriptError.valueError("savefig() needs a file name") }
        let name = (path as NSString).lastPathComponent
        var format = name.contains(".") ? (name as NSString).pathExtension.lowercased() : ""
        if case .str(let f) = a["format"] { format = f.value.lowercased() }
        let content: String
        switch format {
        case "svg": content = figure.renderSVG()
        case "txt": content = figure.renderText(TerminalOptions(width: 72, color: false)) + "\n"
        case "": throw PlotError.unsupportedFormat(name)
        default: throw PlotError.unsupportedFormat(format)
        }
        do {
            try Data(content.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw PlotError.writeFailed(path: path, reason: reason(error))
        }
    }

    /// The operating system's words for a failed write.
    private static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
            let message = strerror(Int32(underlying.code))
        {
            return String(cString: message)
        }
        if ns.domain == NSCocoaErrorDomain {
            switch ns.code {
            case NSFileWriteNoPermissionError: return "Permission denied"
            case NSFileNoSuchFileError, NSFileWriteInvalidFileNameError: return "No such file or directory"
            default: break
            }
        }
        return ns.localizedDescription
    }
}
