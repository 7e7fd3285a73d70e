#!/usr/bin/env Rscript
## R's side of the `rake` benchmark (tools/Satisfaction.Benchmarks, RakeBenchmark): the same workload as
## perf_r.R's raking part (respondents generated like its make_sample, three margins, R's default control),
## timed the way the C# benchmark times itself: one warm-up run, then the median of RUNS runs, gc() before each.
## Usage: Rscript tools/r/bench_rake.R ROWS [RUNS]   (the benchmark program runs it with --with-r)
## Prints one line per operation in the benchmark's format, e.g.
##   r_rake rows=1000000 runs=5 seconds=4.4550 peak_r_heap_mb=812.3
## seconds = median of system.time()[["elapsed"]]; peak_r_heap_mb = R's "max used" heap (Ncells + Vcells, Mb)
## over the measured runs, from gc(reset = TRUE) before and gc() after.
suppressPackageStartupMessages(library(survey))
args <- commandArgs(trailingOnly = TRUE)
n <- if (length(args) >= 1) as.numeric(args[1]) else 1e6
RUNS <- if (length(args) >= 2) as.integer(args[2]) else 5L

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
set.seed(1000 + n %% 9973)
pa <- age_sh * c(0.3, 0.5, 0.8, 1, 1.25, 1.55); pa <- pa / sum(pa)
pd <- dist_sh * runif(12, 0.7, 1.3); pd <- pd / sum(pd)
d <- data.frame(
  age = factor(sample(AGE, n, TRUE, prob = pa), levels = AGE),
  sex = factor(ifelse(runif(n) < 0.55, "female", "male"), levels = SEX),
  district = factor(sample(DIST, n, TRUE, prob = pd), levels = DIST),
  w0 = sample(1:4, n, TRUE, prob = c(.3, .45, .18, .07)),
  agree = rbinom(n, 1, 0.55))

measure <- function(label, f) {
  f()  # warm-up
  t <- numeric(RUNS)
  gc(reset = TRUE)
  for (r in seq_len(RUNS)) { gc(); t[r] <- system.time(f())[["elapsed"]] }
  g <- gc()
  peak <- sum(g[, ncol(g)])  # "max used" (Mb) of Ncells and Vcells since the reset
  cat(sprintf("%s rows=%d runs=%d seconds=%.4f peak_r_heap_mb=%.1f\n", label, as.integer(n), RUNS, median(t), peak))
}
des <- svydesign(ids = ~1, weights = ~w0, data = d)
rk <- rake(des, list(~age, ~sex, ~district), list(pop_age, pop_sex, pop_dist))
measure("r_svydesign", function() svydesign(ids = ~1, weights = ~w0, data = d))
measure("r_rake", function() rake(des, list(~age, ~sex, ~district), list(pop_age, pop_sex, pop_dist)))
measure("r_rake_se", function() svymean(~agree, rk))
cat(sprintf("# %s; survey %s; cores %d\n", R.version.string, as.character(packageVersion("survey")), parallel::detectCores()))
