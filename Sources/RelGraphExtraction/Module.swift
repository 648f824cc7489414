import RelGraph
