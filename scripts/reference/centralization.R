#!/usr/bin/Rscript
# Reference values for the Freeman centralizations of `ecograph describe`, computed with R
# sna::centralization(g, FUN, mode=…) (normalize=TRUE, sna's default cmodes):
#   degree      — sna::degree, cmode "freeman" (in + out on a digraph; on a graph each tie counts
#                 from both ends, which the theoretical maximum also does);
#   betweenness — sna::betweenness, cmode "directed" on a digraph, "undirected" on a graph;
#   closeness   — sna::closeness on the largest component (the largest strongly connected one on
#                 a digraph): sna gives 0 to every node of a graph that is not (strongly)
#                 connected, so ecograph reports it on that component, as written here.
# mode is "digraph" for a directed view and "graph" for an undirected one.
#
# Reads test/fixtures/reference/metrics/centralization-input.json (written by describe.py) and
# writes test/fixtures/reference/metrics/centralization.json.
# Run through `bash scripts/reference/generate.sh`, or alone: Rscript scripts/reference/centralization.R
local({
  args <- commandArgs(trailingOnly = FALSE)
  source(file.path(dirname(normalizePath(sub("^--file=", "", args[grep("^--file=", args)]))), "reference-io.R"))
})
dir <- reference_dir("metrics")
input <- read_input(dir, "centralization-input.json")

cases <- lapply(input$cases, function(case) {
  n <- case$n
  g <- matrix(0, n, n)
  for (arc in case$arcs) {
    g[arc[[1]], arc[[2]]] <- 1
    if (!case$directed) g[arc[[2]], arc[[1]]] <- 1
  }
  mode <- if (case$directed) "digraph" else "graph"
  largest <- unlist(case$largest)
  closeness <- NULL
  if (length(largest) >= 2) {
    sub <- g[largest, largest, drop = FALSE]
    closeness <- finite(centralization(sub, closeness, mode = mode))
  }
  list(
    graph = case$graph,
    view = case$view,
    mode = mode,
    degree = if (n >= 3) finite(centralization(g, degree, mode = mode)) else NULL,
    betweenness = if (n >= 3) finite(centralization(g, betweenness, mode = mode)) else NULL,
    closeness = closeness,
    closenessWholeGraph = if (n >= 3) finite(centralization(g, closeness, mode = mode)) else NULL
  )
})

versions <- list(R = paste(R.version$major, R.version$minor, sep = "."), sna = as.character(packageVersion("sna")))
out <- list(generator = "scripts/reference/centralization.R", versions = versions, cases = cases)
write_output(out, dir, "centralization.json")
cat(sprintf("wrote %d centralization cases\n", length(cases)))
