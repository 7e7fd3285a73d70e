#!/usr/bin/env Rscript
## Performance anchor for the R survey package.
## Usage (from the repository root): Rscript tools/r/perf_r.R        (all sizes; about 5 min on 2 cores)
##                                    Rscript tools/r/perf_r.R 10000  (only the given rake sizes)
## Data are generated in memory with fixed seeds and never written to disk.
## Prints a markdown table of system.time()[["elapsed"]] seconds, 3 repetitions each.

suppressPackageStartupMessages(library(survey))
options(survey.lonely.psu = "fail")

REPS <- 3
args <- commandArgs(trailingOnly = TRUE)
RAKE_SIZES <- if (length(args)) as.numeric(args) else c(1e4, 1e5, 1e6)
STRAT_N <- 1e6

AGE <- c("16-24", "25-34", "35-44", "45-54", "55-64", "65+")
SEX <- c("female", "male")
DIST <- sprintf("D%02d", 1:12)

N_POP <- 1500000
age_sh <- c(0.135, 0.160, 0.150, 0.170, 0.150, 0.235)
sex_sh <- c(0.512, 0.488)
dist_sh <- c(12, 11, 10, 10, 9, 9, 8, 8, 7, 6, 5, 5); dist_sh <- dist_sh / sum(dist_sh)
int_split <- function(total, shares) {
  x <- floor(total * shares); r <- total - sum(x)
  if (r > 0) { i <- order(-(total * shares - x))[seq_len(r)]; x[i] <- x[i] + 1 }
  x
}
pop_age  <- data.frame(age = factor(AGE, levels = AGE), Freq = int_split(N_POP, age_sh))
pop_sex  <- data.frame(sex = factor(SEX, levels = SEX), Freq = int_split(N_POP, sex_sh))
pop_dist <- data.frame(district = factor(DIST, levels = DIST), Freq = int_split(N_POP, dist_sh))

make_sample <- function(n, seed) {
  set.seed(seed)
  pa <- age_sh * c(0.3, 0.5, 0.8, 1, 1.25, 1.55); pa <- pa / sum(pa)   # skewed response
  pd <- dist_sh * runif(12, 0.7, 1.3); pd <- pd / sum(pd)
  data.frame(
    age = factor(sample(AGE, n, TRUE, prob = pa), levels = AGE),
    sex = factor(ifelse(runif(n) < 0.55, "female", "male"), levels = SEX),
    district = factor(sample(DIST, n, TRUE, prob = pd), levels = DIST),
    w0 = sample(1:4, n, TRUE, prob = c(.3, .45, .18, .07)),
    agree = rbinom(n, 1, 0.55))
}

timings <- list()
timeit <- function(label, n, expr_fun) {
  t <- numeric(REPS); val <- NULL
  for (r in seq_len(REPS)) {
    gc()
    t[r] <- system.time(val <- expr_fun())[["elapsed"]]
  }
  timings[[length(timings) + 1]] <<- data.frame(task = label, n = format(n, big.mark = ",", scientific = FALSE),
                                                run1 = t[1], run2 = t[2], run3 = t[3], median = median(t))
  message(sprintf("%-55s n=%9s  %s", label, format(n, scientific = FALSE), paste(sprintf("%.3f", t), collapse = " ")))
  invisible(val)
}

## ---------------------------------------------------------------- raking
passes <- list()
for (n in RAKE_SIZES) {
  d <- make_sample(n, seed = 1000 + n %% 9973)
  des <- timeit("svydesign(ids=~1, weights=~w0)", n,
                function() svydesign(ids = ~1, weights = ~w0, data = d))
  rk <- timeit("rake(3 margins: age 6, sex 2, district 12; default control)", n,
               function() rake(des, list(~age, ~sex, ~district), list(pop_age, pop_sex, pop_dist)))
  stopifnot(abs(sum(weights(rk)) - N_POP) < 1e-6 * N_POP)
  ## untimed: number of raking passes (each pass = 3 postStratify calls)
  cnt <- 0
  suppressMessages(trace("postStratify.survey.design", tracer = quote(cnt <<- cnt + 1),
                         where = asNamespace("survey"), print = FALSE))
  invisible(rake(des, list(~age, ~sex, ~district), list(pop_age, pop_sex, pop_dist)))
  suppressMessages(untrace("postStratify.survey.design", where = asNamespace("survey")))
  passes[[format(n, scientific = FALSE)]] <- cnt / 3
  message("rake passes at n=", n, ": ", cnt / 3)
  timeit("svymean(~agree) on raked design", n, function() svymean(~agree, rk))
  rm(d, des, rk); gc()
}

## ---------------------------------------------------------------- stratified design, 1M rows
set.seed(4242)
H <- 12
Nh <- round(runif(H, 2e5, 8e5))
nh <- as.integer(round(STRAT_N * Nh / sum(Nh)))
nh[H] <- STRAT_N - sum(nh[-H])
ds <- data.frame(stratum = rep(sprintf("S%02d", 1:H), nh), N_h = rep(Nh, nh))
ds$sat <- rbinom(nrow(ds), 1, rep(runif(H, 0.6, 0.9), nh))
ds$grp <- factor(sample(c("burglary", "vehicle", "violent", "hate"), nrow(ds), TRUE))
n <- nrow(ds)
sdes <- timeit("svydesign(ids=~1, strata=~stratum, fpc=~N_h)", n,
               function() svydesign(ids = ~1, strata = ~stratum, fpc = ~N_h, data = ds))
timeit("svymean(~sat) stratified+fpc", n, function() svymean(~sat, sdes))
timeit("svymean(~sat, deff=TRUE) stratified+fpc", n, function() svymean(~sat, sdes, deff = TRUE))
for (m in c("logit", "mean", "xlogit", "beta", "likelihood"))
  timeit(sprintf("svyciprop(~sat, method='%s') stratified+fpc", m), n,
         function() svyciprop(~sat, sdes, method = m))
timeit("svyby(~sat, ~grp, svymean) stratified+fpc (4 domains)", n,
       function() svyby(~sat, ~grp, sdes, svymean))

## ---------------------------------------------------------------- output
tab <- do.call(rbind, timings)
cat("\n| task | n | run 1 (s) | run 2 (s) | run 3 (s) | median (s) |\n|---|---:|---:|---:|---:|---:|\n")
for (i in seq_len(nrow(tab)))
  cat(sprintf("| %s | %s | %.3f | %.3f | %.3f | %.3f |\n", tab$task[i], tab$n[i],
              tab$run1[i], tab$run2[i], tab$run3[i], tab$median[i]))
cat("\nrake passes (full sweeps over the 3 margins until max cell change < 1): ",
    paste(names(passes), unlist(passes), sep = " -> ", collapse = "; "), "\n", sep = "")
cat("\n", R.version.string, "; survey ", as.character(packageVersion("survey")),
    "; cores: ", parallel::detectCores(), "\n", sep = "")
