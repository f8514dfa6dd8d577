import Foundation

/// The files a notebook command works on: paths as given, with directories expanded to the
/// `.nn` files under them (recursively, sorted; hidden entries skipped).
public enum NotebookPaths {
    /// `paths` with each directory replaced by its `.nn` files.
    public static func expand(_ paths: [String]) -> [String] {
        var out: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
                  let entries = try? FileManager.default.subpathsOfDirectory(atPath: path) else {
                out.append(path)
                continue
            }
            let found = entries.filter { entry in
                entry.hasSuffix(".nn") && !entry.split(separator: "/").contains { $0.hasPrefix(".") }
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            out += found.sorted().map { base + "/" + $0 }
        }
        return out
    }
}
