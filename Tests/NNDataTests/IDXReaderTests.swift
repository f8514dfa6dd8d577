import Foundation
import Testing
@testable import NNData

/// Reading IDX files raw and gzip'd, and every way a file can be wrong.
@Suite struct IDXReaderTests {
    @Test func rawAndGzippedFilesReadTheSameBytes() throws {
        let dir = try TestFiles.folder()
        let file = TestFiles.images(count: 3, h: 2, w: 4)
        try TestFiles.write(file, to: dir + "/raw")
        try TestFiles.write(TestFiles.gzip(file), to: dir + "/packed.gz")
        for path in [dir + "/raw", dir + "/packed.gz"] {
            let a = try IDXReader.read(path: path, kind: .images)
            #expect(a.dims == [3, 2, 4])
            #expect(a.bytes == TestFiles.pixels(count: 3, h: 2, w: 4))
        }
    }

    /// Real deflate data (fixed Huffman blocks), as written by Python's
    /// `gzip.compress(data, compresslevel=9, mtime=0)`.
    @Test func deflatedFileFromPythonGzip() throws {
        let dir = try TestFiles.folder()
        // labels [3, 1, 4, 1, 5, 9]
        let labels: [UInt8] = [31, 139, 8, 0, 0, 0, 0, 0, 2, 3, 99, 96, 224, 96, 100, 96, 96, 96, 99, 102, 100,
                               97, 100, 229, 4, 0, 92, 15, 22, 68, 14, 0, 0, 0]
        // images 2 × 3 × 4 holding 0, 10, 20, …, 230
        let images: [UInt8] = [31, 139, 8, 0, 0, 0, 0, 0, 2, 3, 99, 96, 224, 96, 102, 96, 96, 96, 2, 98, 16, 205,
                               194, 192, 37, 34, 167, 97, 100, 227, 22, 16, 149, 146, 87, 209, 212, 51, 109, 193,
                               170, 45, 251, 78, 92, 186, 243, 12, 0, 204, 101, 41, 210, 40, 0, 0, 0]
        try TestFiles.write(labels, to: dir + "/l.gz")
        try TestFiles.write(images, to: dir + "/i.gz")
        let l = try IDXReader.read(path: dir + "/l.gz", kind: .labels)
        #expect(l.dims == [6] && l.bytes == [3, 1, 4, 1, 5, 9])
        let i = try IDXReader.read(path: dir + "/i.gz", kind: .images)
        #expect(i.dims == [2, 3, 4] && i.bytes == (0..<24).map { UInt8($0 * 10) })
    }

    /// `cat a.gz b.gz` is one valid gzip file holding both.
    @Test func concatenatedGzipMembers() throws {
        let dir = try TestFiles.folder()
        let file = TestFiles.images(count: 2, h: 3, w: 3)
        try TestFiles.write(TestFiles.gzip(Array(file[..<7])) + TestFiles.gzip(Array(file[7...])), to: dir + "/m.gz")
        #expect(try IDXReader.read(path: dir + "/m.gz", kind: .images).bytes == Array(file[16...]))
    }

    /// A payload larger than one stored block and one inflate call's input chunk.
    @Test func largeGzipPayload() throws {
        let dir = try TestFiles.folder()
        let file = TestFiles.images(count: 40, h: 200, w: 200)
        try TestFiles.write(TestFiles.gzip(file), to: dir + "/big.gz")
        let a = try IDXReader.read(path: dir + "/big.gz", kind: .images)
        #expect(a.dims == [40, 200, 200] && a.bytes == Array(file[16...]))
    }

    @Test func zeroImages() throws {
        let dir = try TestFiles.folder()
        try TestFiles.write(TestFiles.images(count: 0, h: 28, w: 28), to: dir + "/none")
        let a = try IDXReader.read(path: dir + "/none", kind: .images)
        #expect(a.dims == [0, 28, 28] && a.bytes.isEmpty)
    }

    /// One row per broken file: what is written, which kind is asked for, the error expected.
    @Test func everyMalformedFileIsATypedError() throws {
        let dir = try TestFiles.folder()
        let good = TestFiles.images(count: 2, h: 2, w: 2)
        let gz = TestFiles.gzip(good)
        var badCRC = gz
        badCRC[badCRC.count - 8] ^= 0xFF
        var badMethod = gz
        badMethod[2] = 9
        let cases: [(name: String, bytes: [UInt8], kind: IDXKind, error: (String) -> DataError)] = [
            ("empty", [], .images, { .idxHeaderTruncated(path: $0, bytes: 0) }),
            ("short", [0, 0, 8], .images, { .idxHeaderTruncated(path: $0, bytes: 3) }),
            ("dims-cut", Array(good[..<10]), .images, { .idxHeaderTruncated(path: $0, bytes: 10) }),
            ("magic", [0x12, 0x34, 0x56, 0x78] + good[4...], .images,
             { .idxMagic(path: $0, found: 0x1234_5678, expected: 0x803) }),
            ("labels-as-images", TestFiles.labels([1, 2]), .images,
             { .idxMagic(path: $0, found: 0x801, expected: 0x803) }),
            ("images-as-labels", good, .labels, { .idxMagic(path: $0, found: 0x803, expected: 0x801) }),
            ("float-type", TestFiles.idx(dims: [2, 2, 2], payload: [], type: 0x0D), .images,
             { .idxElementType(path: $0, code: 0x0D) }),
            ("truncated", Array(good.dropLast(3)), .images,
             { .idxTruncated(path: $0, dims: [2, 2, 2], expected: 8, found: 5) }),
            ("extra", good + [1, 2, 3], .images,
             { .idxExtraData(path: $0, dims: [2, 2, 2], extra: 3, atLeast: false) }),
            ("overflow", TestFiles.idx(dims: [Int(UInt32.max), Int(UInt32.max), Int(UInt32.max)], payload: []), .images,
             { .idxTooLarge(path: $0, dims: [4_294_967_295, 4_294_967_295, 4_294_967_295], limit: IDXReader.byteLimit) }),
            ("gz-truncated-data", TestFiles.gzip(Array(good.dropLast(2))), .images,
             { .idxTruncated(path: $0, dims: [2, 2, 2], expected: 8, found: 6) }),
            ("gz-extra-data", TestFiles.gzip(good + [7]), .images,
             { .idxExtraData(path: $0, dims: [2, 2, 2], extra: 1, atLeast: false) }),
            ("gz-cut", Array(gz.dropLast(12)), .images, { .gzipTruncated(path: $0) }),
            ("gz-only-magic", [0x1F, 0x8B], .images, { .gzipTruncated(path: $0) }),
            ("gz-crc", badCRC, .images, { .gzipCorrupt(path: $0, reason: "incorrect data check") }),
            ("gz-method", badMethod, .images, { .gzipCorrupt(path: $0, reason: "unknown compression method") }),
            ("gz-trailing", gz + [0, 0, 0, 0], .images, { .gzipTrailingData(path: $0) }),
        ]
        for c in cases {
            let path = dir + "/" + c.name
            try TestFiles.write(c.bytes, to: path)
            #expect(throws: c.error(path), "\(c.name)") { try IDXReader.read(path: path, kind: c.kind) }
        }
    }

    /// A header that declares far more than a small gzip file could inflate to is refused
    /// without allocating it (the 1032:1 bound), and the message says what is really there.
    @Test func gzipBombishHeaderIsTruncatedNotAllocated() throws {
        let dir = try TestFiles.folder()
        let path = dir + "/bomb.gz"
        try TestFiles.write(TestFiles.gzip(TestFiles.idx(dims: [1_000_000, 30, 30], payload: [1, 2, 3])), to: path)
        #expect(throws: DataError.idxTruncated(path: path, dims: [1_000_000, 30, 30], expected: 900_000_000, found: 3)) {
            try IDXReader.read(path: path, kind: .images, limit: 1 << 32)
        }
        #expect(throws: DataError.idxTooLarge(path: path, dims: [1_000_000, 30, 30], limit: 1 << 20)) {
            try IDXReader.read(path: path, kind: .images, limit: 1 << 20)
        }
    }

    @Test func fileSystemErrors() throws {
        let dir = try TestFiles.folder()
        #expect(throws: DataError.fileNotFound(path: dir + "/nope")) { try IDXReader.read(path: dir + "/nope", kind: .images) }
        #expect(throws: DataError.fileNotFound(path: dir + "/nope/x")) { try IDXReader.read(path: dir + "/nope/x", kind: .images) }
        #expect(throws: DataError.isDirectory(path: dir)) { try IDXReader.read(path: dir, kind: .images) }
        let locked = dir + "/locked"
        try TestFiles.write(TestFiles.labels([1]), to: locked)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked)
        if !TestFiles.isRoot {
            #expect(throws: DataError.permissionDenied(path: locked)) { try IDXReader.read(path: locked, kind: .labels) }
        }
        // root reads any file, so the errno mapping is checked on its own as well.
        #expect(FileInput.error(EACCES, path: "p") == .permissionDenied(path: "p"))
        #expect(FileInput.error(EPERM, path: "p") == .permissionDenied(path: "p"))
        #expect(FileInput.error(EISDIR, path: "p") == .isDirectory(path: "p"))
        #expect(FileInput.error(EIO, path: "p") == .io(path: "p", reason: "Input/output error"))
        #expect(DataError.permissionDenied(path: "p").message == "[Errno 13] Permission denied: 'p'")
    }

    @Test func messagesNameTheFileAndTheNumbers() {
        #expect(DataError.idxTruncated(path: "a", dims: [60000, 28, 28], expected: 47_040_000, found: 100).message
            == "'a' is truncated: its header declares 60000 × 28 × 28 = 47040000 bytes of data, but the file holds 100")
        #expect(DataError.idxMagic(path: "t10k-labels-idx1-ubyte", found: 0x801, expected: 0x803).message
            == "'t10k-labels-idx1-ubyte' is not an IDX images file: magic number 0x00000801, expected 0x00000803")
        #expect(DataError.idxElementType(path: "f", code: 0x0D).message
            == "'f' holds IDX elements of type 0x0D (float32); only unsigned bytes (0x08) are supported")
        #expect(DataError.idxExtraData(path: "f", dims: [2], extra: 1, atLeast: false).message
            == "'f' has 1 byte after the 2 declared by its header")
        #expect(DataError.idxHeaderTruncated(path: "f", bytes: 0).message == "'f' is empty; expected an IDX file")
        #expect(DataError.fileNotFound(path: "x").message == "[Errno 2] No such file or directory: 'x'")
        #expect(DataError.fileNotFound(path: "x").exceptionName == "FileNotFoundError")
        #expect(DataError.gzipTruncated(path: "x").exceptionName == "EOFError")
    }
}
