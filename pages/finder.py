"""Figures from a text: paste or upload an Arabic article and see every figure in it."""

from ui import finder

finder.figures_finder()
