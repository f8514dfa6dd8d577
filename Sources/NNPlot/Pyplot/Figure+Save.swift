import Foundation

extension Figure {
    /// Writes the figure to `path`: SVG for `.svg`, plain text for `.txt`; any other
    /// extension throws `PlotError.unsupportedFormat`, a failed write `PlotError.writeFailed`.
    /// The file is written to a temporary name and renamed, so it is never left half-written.
    public func save(to path: String, textOptions: TerminalOptions = TerminalOptions()) throws {
        let name = (path as NSString).lastPathComponent
        let ext = name.contains(".") ? (name as NSString).pathExtension.lowercased() : ""
        let content: String
        switch ext {
        case "svg":
            content = renderSVG()
        case "txt":
            var options = textOptions
            options.color = false
            content = renderText(options) + "\n"
        default:
            throw PlotError.unsupportedFormat(ext.isEmpty ? name : ext)
        }
        do {
            try content.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw PlotError.writeFailed(path: path, reason: Figure.reason(error))
        }
    }

    private static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError,
            underlying.domain == NSPOSIXErrorDomain, let message = strerror(Int32(underlying.code))
        {
            return String(cString: message)
        }
        return ns.localizedDescription
    }
}
