import Foundation
import Testing
@testable import NNPlot

/// pyplot's state machine: current figure and axes, subplots, show, savefig.
struct PyplotTests {
    @Test func plotCreatesAFigureAndAxesOnDemand() throws {
        let plt = Pyplot()
        #expect(plt.figures.isEmpty)
        try plt.gca().plot(y: [1, 2, 3])
        #expect(plt.figures.count == 1)
        #expect(plt.gcf().axes.count == 1)
        #expect(plt.gca() === plt.gcf().axes[0])
    }

    @Test func subplotReusesAxesAtTheSamePosition() throws {
        let plt = Pyplot()
        try plt.figure(width: 12, height: 4)
        let left = try plt.subplot(rows: 1, columns: 2, index: 1)
        let right = try plt.subplot(rows: 1, columns: 2, index: 2)
        #expect(left !== right)
        #expect(try plt.subplot(rows: 1, columns: 2, index: 1) === left)
        #expect(plt.gca() === left)
        #expect(plt.gcf().width == 12 && plt.gcf().height == 4)
    }

    @Test func subplotsGridIsRowMajor() throws {
        let plt = Pyplot()
        let (fig, axes) = try plt.subplots(rows: 2, columns: 3, width: 9, height: 6)
        #expect(axes.count == 2 && axes.allSatisfy { $0.count == 3 })
        #expect(axes[0][1].spec.columnRange == 1...1 && axes[0][1].spec.rowRange == 0...0)
        #expect(axes[1][0].spec.rowRange == 1...1)
        #expect(plt.gcf() === fig)
        #expect(plt.gca() === axes[0][0])
        plt.setCurrentAxes(axes[1][2])
        #expect(plt.gca() === axes[1][2])
    }

    @Test func colourCyclesAdvancePerAxesAndPerKind() throws {
        let ax = Figure().gca()
        try ax.plot(y: [1, 2])
        try ax.plot(y: [2, 1], format: "r")
        try ax.plot(y: [3, 1])
        try ax.bar(.numbers([0]), heights: [1])
        var colors: [Color] = []
        for s in ax.series {
            switch s {
            case .line(let l): colors.append(l.color)
            case .bars(let b): colors.append(b.color)
            default: break
            }
        }
        // An explicit colour does not advance the cycle; bars have their own cycle (matplotlib).
        #expect(colors == [Color.cycle(0), Color(red: 1, green: 0, blue: 0), Color.cycle(1), Color.cycle(0)])
    }

    @Test func showRendersAndClosesEveryFigure() throws {
        let plt = Pyplot()
        try plt.gca().plot(y: [1, 2])
        try plt.figure()
        try plt.gca().plot(y: [2, 1])
        let text = plt.show(TerminalOptions(width: 40))
        #expect(text.components(separatedBy: "\n\n").count == 2)
        #expect(plt.figures.isEmpty)
        #expect(plt.show().isEmpty)
    }

    @Test func closeForgetsTheCurrentFigure() throws {
        let plt = Pyplot()
        let first = try plt.figure()
        let second = try plt.figure()
        plt.close()
        #expect(plt.figures.count == 1 && plt.gcf() === first)
        plt.close(second)
        #expect(plt.figures.count == 1)
        plt.closeAll()
        #expect(plt.figures.isEmpty)
    }

    @Test func savefigWritesSVGAndText() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nnplot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let plt = Pyplot()
        try plt.gca().plot(y: [1, 2, 3])
        plt.gca().title = "saved"
        let svgPath = dir.appendingPathComponent("f.svg").path
        try plt.savefig(svgPath)
        let svg = try String(contentsOfFile: svgPath, encoding: .utf8)
        #expect(svg.hasPrefix("<?xml") && svg.contains(">saved</text>"))
        let txtPath = dir.appendingPathComponent("f.TXT").path
        try plt.savefig(txtPath)
        let txt = try String(contentsOfFile: txtPath, encoding: .utf8)
        #expect(txt.contains("saved") && !txt.contains("\u{1B}"))
        #expect(throws: PlotError.unsupportedFormat("png")) { try plt.savefig(dir.appendingPathComponent("f.png").path) }
        #expect(throws: PlotError.unsupportedFormat("noextension")) { try plt.savefig(dir.appendingPathComponent("noextension").path) }
        let missing = dir.appendingPathComponent("no/such/dir/f.svg").path
        do {
            try plt.savefig(missing)
            Issue.record("wrote into a missing directory")
        } catch let error as PlotError {
            guard case .writeFailed(let path, let reason) = error else { Issue.record("\(error)"); return }
            #expect(path == missing && !reason.isEmpty)
            #expect(error.description.hasPrefix("cannot write '\(missing)': "))
        }
    }
}
