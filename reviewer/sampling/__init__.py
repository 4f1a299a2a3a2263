"""Drawing a unit's sample of case files from the municipality's list of cases.

population.py reads the list (every row used or excluded with its reason), draw.py draws
from it reproducibly (the generator is documented in README.md), record.py describes how
(the urvalsbeskrivning, which holds no case identifier).
"""
