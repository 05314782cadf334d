# What the R reference scripts share: sna and jsonlite loaded, the fixture folder of the repository,
# reading a script's input JSON, and writing its output JSON atomically (temp file, then rename).
# Sourced by brokerage.R, centralization.R and significance.R.
suppressPackageStartupMessages({
  library(sna)
  library(jsonlite)
})

# The folder test/fixtures/reference/<name> of the repository holding the running script.
reference_dir <- function(name) {
  args <- commandArgs(trailingOnly = FALSE)
  script <- normalizePath(sub("^--file=", "", args[grep("^--file=", args)]))
  repo <- dirname(dirname(dirname(script)))
  file.path(repo, "test", "fixtures", "reference", name)
}

read_input <- function(dir, file) fromJSON(file.path(dir, file), simplifyVector = FALSE)

# NA and infinite values are written as null.
finite <- function(x) if (is.na(x) || is.infinite(x)) NULL else x

# Writes `out` as pretty JSON (every digit kept, NULL as null) to dir/file, through a temp file.
write_output <- function(out, dir, file) {
  tmp <- file.path(dir, paste0(file, ".tmp"))
  writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, null = "null", pretty = TRUE), tmp)
  invisible(file.rename(tmp, file.path(dir, file)))
}
