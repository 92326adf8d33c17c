# The R side of Lede's benchmark: the same tasks on the same files as dev.lede.bench.LedeBench and
# scripts/bench_sklearn.py, printing the same lines:
#   RESULT <task> <corpus> <rep> <seconds> <info>   (one per measured repetition)
#   PEAK <MB>                                         (peak resident memory of this process, VmHWM)
# Usage: Rscript bench_r.R TASK BENCH_DIR WARMUP REPS, or Rscript bench_r.R --serve TASK BENCH_DIR
# (prepare, print READY, then one repetition per "run" line on stdin until "quit").
# Tasks (Debian's r-cran-tidytext and r-cran-tm; scripts/ensure-deps.sh bench installs them):
#   tidytext-<label>  kjv-<label>.txt one document per line: unnest_tokens(word, text) + count(word)
#   tm-<corpus>       <corpus>.csv: DocumentTermMatrix(Corpus(VectorSource(text))) with TF-IDF weights
# Tokens: tidytext's unnest_tokens uses the tokenizers package, ICU's UAX #29 word boundaries
# lower-cased without punctuation, as Lede's Tokenizer; it splits hyphenated words and keeps a
# trailing 's. tm's fast path (Corpus() of a vector is a SimpleCorpus) cuts at white space after
# removing punctuation, so "don't" counts as "dont" and "well-known" as "wellknown".
suppressPackageStartupMessages({
  library(dplyr)
  library(tidytext)
  library(tm)
})

peak_mb <- function() {
  s <- grep("^VmHWM:", readLines("/proc/self/status"), value = TRUE)
  as.numeric(gsub("[^0-9]", "", s)) / 1024
}

read_texts <- function(path) {
  read.csv(path, encoding = "UTF-8", stringsAsFactors = FALSE, colClasses = "character")$text
}

task_fn <- function(task, bench) {
  if (startsWith(task, "tidytext-")) {
    label <- sub("^tidytext-", "", task)
    path <- file.path(bench, paste0("kjv-", label, ".txt"))
    run <- function(state) {
      lines <- readLines(path, encoding = "UTF-8")
      counts <- tibble(line = seq_along(lines), text = lines) %>%
        unnest_tokens(word, text) %>%
        count(word)
      sprintf("vocabulary=%d tokens=%d documents=%d", nrow(counts), sum(counts$n), length(lines))
    }
    return(list(corpus = paste0("kjv-", label, ".txt"), prepare = function() NULL, run = run))
  }
  if (startsWith(task, "tm-")) {
    name <- sub("^tm-", "", task)
    texts <- read_texts(file.path(bench, paste0(name, ".csv")))
    run <- function(state) {
      m <- suppressWarnings(DocumentTermMatrix(Corpus(VectorSource(texts)), control = list(
        removePunctuation = TRUE, wordLengths = c(1, Inf), weighting = weightTfIdf)))
      sprintf("rows=%d columns=%d nonzeros=%d", nrow(m), ncol(m), length(m$v))
    }
    return(list(corpus = name, prepare = function() NULL, run = run))
  }
  stop(sprintf("bench_r: unknown task '%s'", task))
}

measure <- function(task, corpus, run, state, rep) {
  t0 <- proc.time()[["elapsed"]]
  info <- run(state)
  dt <- proc.time()[["elapsed"]] - t0
  cat(sprintf("RESULT\t%s\t%s\t%d\t%.6f\t%s\n", task, corpus, rep, dt, info))
  flush(stdout())
}

main <- function() {
  args <- commandArgs(trailingOnly = TRUE)
  if (length(args) == 3 && args[1] == "--serve") {
    t <- task_fn(args[2], args[3])
    state <- t$prepare()
    cat("READY\n")
    flush(stdout())
    con <- file("stdin", "r")
    rep <- 0
    repeat {
      line <- readLines(con, n = 1)
      if (length(line) == 0 || trimws(line) == "quit") break
      rep <- rep + 1
      measure(args[2], t$corpus, t$run, state, rep)
    }
    cat(sprintf("PEAK\t%.1f\n", peak_mb()))
    return(invisible())
  }
  if (length(args) != 4) {
    stop("usage: Rscript bench_r.R TASK BENCH_DIR WARMUP REPS | --serve TASK BENCH_DIR")
  }
  t <- task_fn(args[1], args[2])
  state <- t$prepare()
  for (i in seq_len(as.integer(args[3]))) t$run(state)
  for (rep in seq_len(as.integer(args[4]))) measure(args[1], t$corpus, t$run, state, rep)
  cat(sprintf("PEAK\t%.1f\n", peak_mb()))
}

main()
