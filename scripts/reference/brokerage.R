#!/usr/bin/Rscript
# Reference values for Gould-Fernandez brokerage, computed with R sna::brokerage(g, cl).
#
# Reads test/fixtures/reference/metrics/brokerage-input.json (written by metrics.py: the arcs of
# each directed view, numbered from 1, and each node's group) and writes
# test/fixtures/reference/metrics/brokerage.json with, per node, the raw counts (raw.nli) and
# z-scores (z.nli) of the five roles and the total. NaN z-scores (a group too small for the
# null model's variance) are written as null.
#
# Run through `bash scripts/reference/generate.sh`, or alone: Rscript scripts/reference/brokerage.R
# (Debian packages r-base-core, r-cran-sna and r-cran-jsonlite).
local({
  args <- commandArgs(trailingOnly = FALSE)
  source(file.path(dirname(normalizePath(sub("^--file=", "", args[grep("^--file=", args)]))), "reference-io.R"))
})
dir <- reference_dir("metrics")
input <- read_input(dir, "brokerage-input.json")

roles <- c(coordinator = "w_I", itinerant = "w_O", representative = "b_IO", gatekeeper = "b_OI", liaison = "b_O", total = "t")

cases <- lapply(input$cases, function(case) {
  nodes <- unlist(case$nodes)
  n <- length(nodes)
  g <- matrix(0, n, n)
  for (arc in case$arcs) g[arc[[1]], arc[[2]]] <- 1
  cl <- unlist(case$groups)
  b <- brokerage(g, cl)
  values <- lapply(seq_len(n), function(i) {
    raw <- lapply(roles, function(r) b$raw.nli[i, r])
    z <- lapply(roles, function(r) finite(b$z.nli[i, r]))
    c(list(id = nodes[i]), raw, list(z = z))
  })
  list(graph = case$graph, view = case$view, group = case$group, nodes = values)
})

versions <- list(R = paste(R.version$major, R.version$minor, sep = "."), sna = as.character(packageVersion("sna")))
out <- list(generator = "scripts/reference/brokerage.R", versions = versions, cases = cases)
write_output(out, dir, "brokerage.json")
cat(sprintf("wrote %d brokerage cases\n", length(cases)))
