import Foundation
@testable import NNPlot

/// Small figures whose terminal renders are pinned as golden text in `TerminalGoldenTests`.
enum GoldenFigures {
    static let names = [
        "sigmoid", "twoLines", "markers", "scatterClasses", "histogram", "barCategories", "imageShades",
        "heatmap", "subplots", "logScale", "empty", "axisOff", "grid",
    ]

    static func make(_ name: String) throws -> Figure {
        let fig = Figure()
        let ax = fig.gca()
        switch name {
        case "sigmoid":
            let x = (0..<41).map { -4 + Double($0) * 0.2 }
            try ax.plot(x: x, y: x.map { 1 / (1 + exp(-$0)) })
            ax.title = "sigmoid"
        case "twoLines":
            let x = (0..<100).map { -5 + Double($0) * 0.1 }
            try ax.plot(x: x, y: x.map { $0 > 0 ? 1 : 0 }, format: "--r", options: LineOptions(label: "step"))
            try ax.plot(x: x, y: x.map { 1 / (1 + exp(-$0)) }, format: "b", options: LineOptions(label: "sigmoid"))
            try ax.y.setLimits(lower: -0.1, upper: 1.1)
            try ax.showLegend()
        case "markers":
            try ax.plot(x: [1, 2, 3, 4, 5], y: [0.9, 0.6, 0.45, 0.4, 0.37], format: "o-", options: LineOptions(label: "train"))
            try ax.plot(x: [1, 2, 3, 4, 5], y: [0.8, 0.62, 0.5, 0.48, 0.47], format: "s--", options: LineOptions(label: "test"))
            ax.x.label = "epoch"
            ax.y.label = "loss"
            try ax.showLegend(location: "upper right")
        case "scatterClasses":
            try ax.scatter(x: [0, 1, 2, 3, 0.5, 1.5, 2.5, 3.5], y: [0, 1, 0, 1, 2, 3, 2, 3],
                           options: ScatterOptions(colors: .values([0, 0, 0, 0, 1, 1, 1, 1])))
        case "histogram":
            try ax.hist([1, 2, 2, 3, 3, 3, 4, 4, 5], options: HistogramOptions(bins: .count(5)))
        case "barCategories":
            try ax.bar(.categories(["cat", "dog", "bird"]), heights: [3, 5, 1.5])
            ax.title = "pets"
        case "imageShades":
            let values = (0..<16).map { Double($0) }
            try ax.imshow(.scalar(rows: 4, columns: 4, values: values), options: ImageOptions(colormap: "gray"))
        case "heatmap":
            let counts: [Double] = [9, 1, 2, 8]
            try ax.imshow(.scalar(rows: 2, columns: 2, values: counts),
                          options: ImageOptions(colormap: "Blues", cellLabels: counts.map { String(Int($0)) }))
            try ax.x.setTicks([0, 1], labels: ["no", "yes"])
            try ax.y.setTicks([0, 1], labels: ["no", "yes"])
        case "subplots":
            fig.clear()
            let axes = try fig.subplots(rows: 1, columns: 2)
            try axes[0][0].plot(y: [3, 1, 2])
            axes[0][0].title = "left"
            try axes[0][1].bar(.numbers([0, 1, 2]), heights: [1, 2, 3])
            axes[0][1].title = "right"
            fig.title = "Figure title"
        case "logScale":
            try ax.plot(x: [1, 2, 3, 4], y: [1, 10, 100, 1000])
            try ax.y.setScale("log")
        case "empty":
            ax.title = "nothing yet"
        case "axisOff":
            try ax.imshow(.scalar(rows: 2, columns: 2, values: [0, 1, 1, 0]), options: ImageOptions(colormap: "gray"))
            ax.axisVisible = false
        case "grid":
            try ax.plot(x: [0, 1], y: [0, 1])
            ax.showGrid = true
        default:
            break
        }
        return fig
    }
}
