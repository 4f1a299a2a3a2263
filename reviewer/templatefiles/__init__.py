"""Templates from the question lists auditors already have: a sheet (Excel, CSV) or a Word
document. `reviewer.templates.load_template` reads them by suffix; entries.py makes the
questions read into a template, grid.py reads and writes sheets, word.py reads Word
(wordparts.py the XML of its parts).
"""
