import NNTensor
import Testing
@testable import NNData

/// `loadtxt` and `genfromtxt`. Expected shapes and values are NumPy 2.4's for the same text
/// (`np.loadtxt(io.StringIO(text), ...)`), except where a comment says nn differs on purpose.
@Suite struct TextTableTests {
    /// Shape and float64 values of a tensor.
    func doubles(_ t: Tensor) throws -> ([Int], [Double]) { (t.shape, try t.scalars(as: Double.self)) }

    @Test(arguments: [
        // (text, delimiter, shape, values)
        ("1,2,3\n4,5,6\n", ",", [2, 3], [1.0, 2, 3, 4, 5, 6]),
        ("1 2  3\n 4 5 6 \n", nil, [2, 3], [1, 2, 3, 4, 5, 6]),
        ("1\t2\n3\t4", nil, [2, 2], [1, 2, 3, 4]),
        ("# c\n1,2\n\n3,4 # tail\n", ",", [2, 2], [1, 2, 3, 4]),
        ("1,2\r\n3,4\r\n", ",", [2, 2], [1, 2, 3, 4]),
        ("1,2,3\n", ",", [3], [1, 2, 3]),
        ("1\n2\n3\n", ",", [3], [1, 2, 3]),
        ("7\n", ",", [], [7]),
        ("", ",", [0], []),
        ("# only a comment\n\n", ",", [0], []),
        ("\"1\",\"2\"\n", ",", [2], [1, 2]),  // NumPy needs quotechar='"' for this
        ("1,2,3,\n4,5,6,\n", ",", [2, 3], [1, 2, 3, 4, 5, 6]),  // NumPy: '' does not convert
        (" 1e3, +2.5 ,-0.5,.5\n", ",", [4], [1000, 2.5, -0.5, 0.5]),
        ("1;2\n3;4\n", ";", [2, 2], [1, 2, 3, 4]),
        ("\u{FEFF}1,2\n", ",", [2], [1, 2]),
    ] as [(String, String?, [Int], [Double])])
    func loadtxtReadsTables(text: String, delimiter: String?, shape: [Int], values: [Double]) throws {
        let t = try TextTable.loadtxt(.text(text), delimiter: delimiter)
        #expect(t.dtype == .float64)
        #expect(try doubles(t) == (shape, values))
    }

    @Test func specialValuesAndDtypes() throws {
        let special = try TextTable.loadtxt(.text("NaN\nINF\nInfinity\n-inf\n"))
        let v = try special.scalars(as: Double.self)
        #expect(v[0].isNaN && v[1] == .infinity && v[2] == .infinity && v[3] == -.infinity)

        let ints = try TextTable.loadtxt(.text("+3\n -4 \n"), dtype: .int64)
        #expect(try ints.dtype == .int64 && ints.scalars(as: Int64.self) == [3, -4])
        let bools = try TextTable.loadtxt(.text("2,0\n"), delimiter: ",", dtype: .bool)
        #expect(try bools.scalars(as: Bool.self) == [true, false])
        let floats = try TextTable.loadtxt(.text("0.1,2\n"), delimiter: ",", dtype: .float32)
        #expect(try floats.dtype == .float32 && floats.scalars(as: Float.self) == [0.1, 2])
    }

    @Test func skiprowsUsecolsAndMaxRows() throws {
        let text = "a,b,c\n1,2,3\n4,5,6\n7,8,9\n"
        #expect(try doubles(TextTable.loadtxt(.text(text), delimiter: ",", skiprows: 1, usecols: [-1, 0]))
            == ([3, 2], [3, 1, 6, 4, 9, 7]))
        #expect(try doubles(TextTable.loadtxt(.text(text), delimiter: ",", skiprows: 1, usecols: [1])) == ([3], [2, 5, 8]))
        #expect(try doubles(TextTable.loadtxt(.text(text), delimiter: ",", skiprows: 2, maxRows: 1)) == ([3], [4, 5, 6]))
        #expect(try doubles(TextTable.loadtxt(.text("1,2\n"), delimiter: ",", skiprows: 5)) == ([0], []))
    }

    /// One row per error: NumPy 2.4 reports the same strings, with its own row numbering
    /// ("at row 1, column 2"); nn names the file line.
    @Test func loadtxtErrorsNameLineAndColumn() throws {
        let cases: [(String, String?, [Int]?, DType, DataError)] = [
            ("1,2,3\n4,abc,6\n", ",", nil, .float64, .textConvert(text: "abc", dtype: .float64, line: 2, column: 2)),
            ("a,b\n1,2\n", ",", nil, .float64, .textConvert(text: "a", dtype: .float64, line: 1, column: 1)),
            ("1,,3\n", ",", nil, .float64, .textConvert(text: "", dtype: .float64, line: 1, column: 2)),
            ("1.0,2\n", ",", nil, .int64, .textConvert(text: "1.0", dtype: .int64, line: 1, column: 1)),
            ("99999999999999999999\n", nil, nil, .int64,
             .textConvert(text: "99999999999999999999", dtype: .int64, line: 1, column: 1)),
            ("True\n", nil, nil, .bool, .textConvert(text: "True", dtype: .bool, line: 1, column: 1)),
            ("0x10\n", nil, nil, .float64, .textConvert(text: "0x10", dtype: .float64, line: 1, column: 1)),
            ("1_000\n", nil, nil, .float64, .textConvert(text: "1_000", dtype: .float64, line: 1, column: 1)),
            ("# c\n1,2,3\n\n4,5\n", ",", nil, .float64, .textColumns(expected: 3, got: 2, line: 4)),
            ("1,2,3\n", ",", [5], .float64, .textColumnIndex(index: 5, line: 1, columns: 3)),
            ("1,\"2\n", ",", nil, .float64, .textUnterminatedQuote(line: 1)),
        ]
        for (text, delimiter, usecols, dtype, error) in cases {
            #expect(throws: error, "\(text)") {
                try TextTable.loadtxt(.text(text), delimiter: delimiter, usecols: usecols, dtype: dtype)
            }
        }
        #expect(DataError.textConvert(text: "abc", dtype: .float64, line: 3, column: 2).message
            == "could not convert string 'abc' to float64 at line 3, column 2")
        #expect(DataError.textColumns(expected: 3, got: 2, line: 4).message
            == "the number of columns changed from 3 to 2 at line 4; use `usecols` to select a subset and avoid this error")
        #expect(throws: DataError.invalidArgument(name: "skiprows", value: "-1", requirement: "a non-negative integer")) {
            try TextTable.loadtxt(.text("1"), skiprows: -1)
        }
        #expect(throws: DataError.invalidArgument(name: "delimiter", value: "''", requirement: "a non-empty string other than a newline")) {
            try TextTable.loadtxt(.text("1"), delimiter: "")
        }
    }

    @Test func filesFromDisk() throws {
        let dir = try TestFiles.folder()
        // The first rows of the Pima Indians diabetes table of seed 003.
        try TestFiles.write("6,148,72,35,0,33.6,0.627,50,1\r\n1,85,66,29,0,26.6,0.351,31,0\r\n8,183,64,0,0,23.3,0.672,32,1\r\n",
                            to: dir + "/pima.csv")
        let t = try TextTable.loadtxt(.path(dir + "/pima.csv"), delimiter: ",")
        #expect(t.shape == [3, 9])
        #expect(try t.get([.slice(start: nil, stop: nil, step: nil), .int(8)]).scalars(as: Double.self) == [1, 0, 1])
        #expect(t.doubleElement(at: 5) == 33.6)
        #expect(throws: DataError.fileNotFound(path: dir + "/nope.csv")) { try TextTable.loadtxt(.path(dir + "/nope.csv")) }
        #expect(throws: DataError.isDirectory(path: dir)) { try TextTable.genfromtxt(.path(dir)) }
        #expect(throws: DataError.io(path: dir + "/pima.csv", reason: "file too large (91 bytes)")) {
            try FileInput(path: dir + "/pima.csv").readAll(limit: 50)
        }
    }

    @Test func genfromtxtFillsMissingValues() throws {
        let missing = try TextTable.genfromtxt(.text("1,,3\n4,abc,6\n"), delimiter: ",")
        let v = try missing.scalars(as: Double.self)
        #expect(missing.shape == [2, 3] && v[1].isNaN && v[4].isNaN && v[0] == 1 && v[5] == 6)
        #expect(try doubles(TextTable.genfromtxt(.text("1,,3\n4,5,6\n"), delimiter: ",", fillingValues: 0))
            == ([2, 3], [1, 0, 3, 4, 5, 6]))
        let ints = try TextTable.genfromtxt(.text("1,,3\n4,5,6\n"), delimiter: ",", dtype: .int64)
        #expect(try ints.scalars(as: Int64.self) == [1, -1, 3, 4, 5, 6])
        #expect(try doubles(TextTable.genfromtxt(.text("a,b,c\n1,2,3\n"), delimiter: ",", skipHeader: 1)) == ([3], [1, 2, 3]))
        #expect(try doubles(TextTable.genfromtxt(.text("1,2,3\n4,5\n"), delimiter: ",", usecols: [0, 1]))
            == ([2, 2], [1, 2, 4, 5]))
        #expect(try doubles(TextTable.genfromtxt(.text(""), delimiter: ",")) == ([0], []))
        #expect(try doubles(TextTable.genfromtxt(.text("1 2 3\n4  5 6\n"))) == ([2, 3], [1, 2, 3, 4, 5, 6]))
    }

    /// NumPy 2.4: "Some errors were detected !\n    Line #2 (got 2 columns instead of 3)".
    @Test func genfromtxtListsEveryRaggedLine() {
        let error = DataError.textRaggedRows(expected: 3, rows: [TextRow(line: 2, columns: 2), TextRow(line: 4, columns: 4)])
        #expect(throws: error) { try TextTable.genfromtxt(.text("1,2,3\n4,5\n7,8,9\n1,2,3,4\n"), delimiter: ",") }
        #expect(error.message == "Some errors were detected !\n    Line #2 (got 2 columns instead of 3)\n    Line #4 (got 4 columns instead of 3)")
    }
}
