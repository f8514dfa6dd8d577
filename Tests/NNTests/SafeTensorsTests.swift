import Foundation
import Testing
import NNTensor
import NNAutograd
@testable import NN

/// Model files: the byte layout, round trips, interop with the safetensors package, and every
/// kind of corrupt file.
@Suite struct SafeTensorsTests {
    private func temporaryPath(_ name: String) -> String {
        NSTemporaryDirectory() + "nn-safetensors-\(getpid())-\(UInt32.random(in: 0...UInt32.max))-" + name
    }

    /// A file of an 8-byte length, `header` and `data`.
    private func file(_ header: String, _ data: [UInt8] = [], length: UInt64? = nil) -> [UInt8] {
        var n = (length ?? UInt64(header.utf8.count)).littleEndian
        var out: [UInt8] = []
        withUnsafeBytes(of: &n) { out.append(contentsOf: $0) }
        return out + Array(header.utf8) + data
    }

    private func problem(_ bytes: [UInt8]) -> SafeTensorsError.Problem? {
        do { _ = try SafeTensors.decode(bytes, path: "m.safetensors"); return nil } catch let e as SafeTensorsError {
            #expect(e.path == "m.safetensors")
            #expect(e.message.hasPrefix("cannot load 'm.safetensors': "))
            return e.problem
        } catch { return nil }
    }

    @Test func layoutIsTheDocumentedFormat() throws {
        let bytes = try SafeTensors.encode(StateDict([("b", Tensor([Float(1), 2])), ("a", Tensor([Int64(7)]))]))
        let header = #"{"a":{"dtype":"I64","shape":[1],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[2],"data_offsets":[8,16]}}"#
        let padded = header + String(repeating: " ", count: (8 - header.utf8.count % 8) % 8)
        #expect(bytes == file(padded, [7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x80, 0x3F, 0, 0, 0, 0x40]))
        #expect((bytes.count - 16) % 8 == 0)
    }

    @Test func roundTripsEveryDtypeShapeAndMetadata() throws {
        let state = StateDict([
            ("w", try Tensor([1.5, -2, 3, 4, 5, 6], shape: [2, 3]).astype(.float32)),
            ("d", Tensor([Double.pi, -0.0])),
            ("n", Tensor(scalar: .int(42), dtype: .int64)),
            ("mask", Tensor([true, false, true])),
            ("empty", try Tensor.zeros([0, 4], dtype: .float32)),
        ])
        let path = temporaryPath("roundtrip.safetensors")
        defer { unlink(path) }
        try SafeTensors.save(state, to: path, metadata: ["format": "pt"])
        let loaded = try SafeTensors.load(path)
        #expect(Set(loaded.keys) == Set(state.keys))
        for (k, v) in state.entries {
            let l = try #require(loaded[k])
            #expect(l.dtype == v.dtype && l.shape == v.shape && l.equal(v), "\(k)")
        }
        let (_, metadata) = try SafeTensors.decode(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        #expect(metadata == ["format": "pt"])
        let name = URL(fileURLWithPath: path).lastPathComponent
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory()).filter { $0.hasPrefix(name + ".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func readsAFileWrittenByTheSafetensorsPackage() throws {
        // Written by generate.py with safetensors.torch.save_file.
        let state = try SafeTensors.load(try fixtureURL("torch_written.safetensors").path)
        #expect(state.keys.sorted() == ["bias", "count", "mask", "weight"])
        let w = try #require(state["weight"])
        #expect(w.dtype == .float32 && w.shape == [2, 3] && w.toDoubles() == [1, -2, 3.5, 0.25, 0, Double(Float(-1e-3))])
        #expect(state["bias"]?.dtype == .float64 && state["bias"]?.toDoubles() == [0.5, -0.5])
        #expect(state["count"]?.shape == [] && state["count"]?.int64Element(at: 0) == 7)
        #expect(state["mask"]?.dtype == .bool && state["mask"]?.toDoubles() == [1, 0, 1])
    }

    @Test func modelsSaveAndLoadThroughStateDicts() throws {
        let a = try nestedSequential(), b = try nestedSequential()
        let path = temporaryPath("model.safetensors")
        defer { unlink(path) }
        try SafeTensors.save(a.stateDict(), to: path)
        try b.loadStateDict(SafeTensors.load(path))
        for ((_, x), (_, y)) in zip(a.stateDict().entries, b.stateDict().entries) { #expect(x.equal(y)) }
    }

    @Test func corruptFilesAreClearErrors() throws {
        let entry = #"{"t":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}"#
        let eight = [UInt8](repeating: 0, count: 8)
        #expect(problem([1, 2, 3]) == .tooShortForHeader(size: 3))
        #expect(problem(file("", length: 1 << 40)) == .headerTooLarge(length: 1 << 40, limit: 100_000_000))
        #expect(problem(file("{}", length: 50)) == .truncatedHeader(length: 50, available: 2))
        if case .malformedJSON? = problem(file(#"{"t": {"dtype": "F32""#)) {} else { Issue.record("unterminated JSON") }
        if case .malformedJSON? = problem(file(String(repeating: "[", count: 100_000))) {} else { Issue.record("deep nesting") }
        if case .malformedJSON? = problem(file(#"{"a":1,"a":2}"#)) {} else { Issue.record("duplicate key") }
        #expect(problem(file("[1, 2]")) == .invalidHeader("the header is not a JSON object"))
        #expect(problem(file(#"{"t":{"shape":[2],"data_offsets":[0,8]}}"#, eight)) == .invalidEntry(tensor: "t", reason: "missing \"dtype\""))
        #expect(problem(file(#"{"t":{"dtype":"F16","shape":[2],"data_offsets":[0,4]}}"#, [0, 0, 0, 0])) == .unsupportedDType(tensor: "t", dtype: "F16"))
        if case .invalidEntry? = problem(file(#"{"t":{"dtype":"F32","shape":[-2],"data_offsets":[0,8]}}"#, eight)) {} else { Issue.record("negative dim") }
        if case .invalidEntry? = problem(file(#"{"t":{"dtype":"F32","shape":[2],"data_offsets":[8,0]}}"#, eight)) {} else { Issue.record("reversed offsets") }
        if case .invalidEntry? = problem(file(#"{"t":{"dtype":"F32","shape":[99999999999,99999999999,99999999999],"data_offsets":[0,8]}}"#, eight)) {} else {
            Issue.record("overflowing shape")
        }
        #expect(problem(file(#"{"t":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}}"#, eight))
                == .sizeMismatch(tensor: "t", shape: [3], dtype: "F32", expected: 12, span: 8))
        #expect(problem(file(entry, [0, 0, 0, 0])) == .dataLength(expected: 8, actual: 4))
        #expect(problem(file(entry, eight + [0])) == .dataLength(expected: 8, actual: 9))
        let gap = #"{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"b":{"dtype":"F32","shape":[1],"data_offsets":[8,12]}}"#
        #expect(problem(file(gap, eight + [0, 0, 0, 0])) == .offsets(tensor: "b", begin: 8, expected: 4))
        let overlap = #"{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}"#
        #expect(problem(file(overlap, eight)) == .offsets(tensor: "b", begin: 4, expected: 8))
        #expect(problem(file(#"{"__metadata__":{"k":1}}"#)) == .invalidHeader("__metadata__ value of 'k' is not a string"))
    }

    @Test func systemErrorsNameTheFile() throws {
        do { _ = try SafeTensors.load("/nonexistent/model.safetensors"); Issue.record("no error") } catch let e as SafeTensorsError {
            #expect(e.message == "[Errno 2] No such file or directory: '/nonexistent/model.safetensors'")
            #expect(e.exceptionName == "FileNotFoundError")
        }
        do { try SafeTensors.save(StateDict(), to: "/nonexistent/dir/model.safetensors"); Issue.record("no error") } catch let e as SafeTensorsError {
            #expect(e.path == "/nonexistent/dir/model.safetensors")
        }
        do { _ = try SafeTensors.load(NSTemporaryDirectory()); Issue.record("no error") } catch let e as SafeTensorsError {
            #expect(e.exceptionName == "OSError")
        }
    }
}
