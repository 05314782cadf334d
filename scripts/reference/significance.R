#!/usr/bin/Rscript
# Reference values for ecograph's significance tests, computed with R sna at 5,000 draws:
# cug.test (cmode "size" and "edges") for density (gden), transitivity (gtrans, mode "graph"),
# weak components, largest-component share, Freeman degree, betweenness and closeness
# centralization (closeness on the largest component), the mean and the largest geodesic distance
# of the largest component (geodist; strongly connected when directed), the largest k-core
# (kcores) and edgewise reciprocity (grecip); qaptest with gcor;
# netlm with nullhyp = "qapspp" and t-values.
#
# Reads test/fixtures/reference/significance/input.json (written by significance.py) and writes
# test/fixtures/reference/significance/sna.json: per case the observed statistic (exact, compared
# to 1e-9) and sna's p-values (b/R), with the same p-values counting draws within a relative 1e-9 of
# the observed value as equal ("tolerant"; compared within Monte Carlo error), and the number of draws.
#
# Run through `bash scripts/reference/generate.sh`, or alone after significance.py:
#   Rscript scripts/reference/significance.R
# (Debian packages r-base-core, r-cran-sna and r-cran-jsonlite).
local({
  args <- commandArgs(trailingOnly = FALSE)
  source(file.path(dirname(normalizePath(sub("^--file=", "", args[grep("^--file=", args)]))), "reference-io.R"))
})
dir <- reference_dir("significance")
input <- read_input(dir, "input.json")
reps <- input$draws
set.seed(20261201)

# sna compares draws with the observed value exactly, so a draw equal to it up to rounding (e.g. a
# correlation summed in another order) falls on one side at random. ecograph counts a draw within a
# relative 1e-9 as equal; the "tolerant" p-values below count the same way and are what the tests
# compare with, beside sna's own numbers.
tolerant <- function(dist, obs) {
  tol <- 1e-9 * max(1, abs(obs))
  list(greater = mean(dist >= obs - tol), less = mean(dist <= obs + tol), twoSided = mean(abs(dist) >= abs(obs) - tol))
}

adjacency <- function(case) {
  n <- case$n
  g <- matrix(0, n, n)
  for (tie in case$ties) {
    g[tie[[1]] + 1, tie[[2]] + 1] <- 1
    if (!case$directed) g[tie[[2]] + 1, tie[[1]] + 1] <- 1
  }
  g
}

as_matrix <- function(rows) do.call(rbind, lapply(rows, function(r) as.numeric(unlist(r))))

# the statistics, each a function of a graph (sna passes edge lists or matrices)
statistic <- function(id, mode) {
  switch(id,
    density = function(d) gden(d, mode = mode),
    transitivity = function(d) gtrans(d, mode = mode),
    components = function(d) components(as.sociomatrix.sna(d), connected = "weak"),
    largestComponentShare = function(d) {
      m <- as.sociomatrix.sna(d)
      max(component.dist(m, connected = "weak")$csize) / NROW(m)
    },
    centralization.degree = function(d) centralization(as.sociomatrix.sna(d), degree, mode = mode),
    centralization.betweenness = function(d) centralization(as.sociomatrix.sna(d), betweenness, mode = mode),
    # sna gives closeness 0 on a disconnected graph: on the largest component, as ecograph's describe
    centralization.closeness = function(d) centralization(largest(d, mode), closeness, mode = mode),
    averagePathLength = function(d) {
      m <- largest(d, mode)
      k <- NROW(m)
      g <- geodist(m)$gdist
      sum(g[row(g) != col(g)]) / (k * (k - 1))
    },
    diameter = function(d) max(geodist(largest(d, mode))$gdist),
    maxCore = function(d) max(kcores(as.sociomatrix.sna(d), mode = mode, cmode = if (mode == "digraph") "freeman" else "indegree")),
    reciprocity = function(d) grecip(as.sociomatrix.sna(d), measure = "edgewise")
  )
}

# the sociomatrix of the largest component (strongly connected on a digraph; the first of equal size)
largest <- function(d, mode) {
  m <- as.sociomatrix.sna(d)
  parts <- component.dist(m, connected = if (mode == "digraph") "strong" else "weak")
  keep <- which(parts$membership == which.max(parts$csize))
  m[keep, keep, drop = FALSE]
}

cug <- list()
for (case in input$cug) {
  g <- adjacency(case)
  mode <- if (case$directed) "digraph" else "graph"
  for (id in unlist(case$statistics)) {
    f <- statistic(id, mode)
    for (cmode in unlist(case$nulls)) {
      r <- cug.test(g, f, mode = mode, cmode = cmode, reps = reps)
      cug[[length(cug) + 1]] <- list(
        graph = case$graph, view = case$view, statistic = id, null = cmode, mode = mode, draws = reps,
        observed = r$obs.stat, pGreater = r$pgteobs, pLess = r$plteobs,
        mean = mean(r$rep.stat), sd = sd(r$rep.stat), tolerant = tolerant(r$rep.stat, r$obs.stat)
      )
    }
  }
}

qap <- list()
for (case in input$qap) {
  mats <- lapply(case$matrices, as_matrix)
  mode <- case$mode
  if (case$test == "correlation") {
    r <- qaptest(list(mats[[1]], mats[[2]]), gcor, g1 = 1, g2 = 2, reps = reps, mode = mode)
    qap[[length(qap) + 1]] <- list(
      graph = case$graph, kinds = case$kinds, test = "correlation", mode = mode, draws = reps,
      observed = r$testval, pGreater = r$pgreq, pLess = r$pleeq, pTwoSided = mean(abs(r$dist) >= abs(r$testval)),
      tolerant = tolerant(r$dist, r$testval)
    )
  } else {
    x <- mats[-1]
    r <- netlm(mats[[1]], if (length(x) == 1) x[[1]] else x, mode = mode, nullhyp = "qapspp", reps = reps)
    terms <- lapply(seq_along(r$coefficients), function(i) list(
      name = c("(intercept)", unlist(case$kinds)[-1])[i],
      coefficient = r$coefficients[i], tValue = r$tstat[i],
      pGreater = r$pgreq[i], pLess = r$pleeq[i], pTwoSided = r$pgreqabs[i],
      tolerant = tolerant(r$dist[, i], r$tstat[i])
    ))
    qap[[length(qap) + 1]] <- list(graph = case$graph, kinds = case$kinds, test = "regression", mode = mode, draws = reps, terms = terms)
  }
}

versions <- list(R = paste(R.version$major, R.version$minor, sep = "."), sna = as.character(packageVersion("sna")))
out <- list(generator = "scripts/reference/significance.R", versions = versions, cug = cug, qap = qap)
write_output(out, dir, "sna.json")
cat(sprintf("wrote %d cug and %d qap cases\n", length(cug), length(qap)))
