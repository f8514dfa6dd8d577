/// NNPlot: figures rendered to the terminal (braille) and to SVG.
public enum NNPlotLibrary {}
