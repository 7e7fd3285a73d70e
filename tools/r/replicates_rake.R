## Writes replicates_rake/expected.json: R's rake() on a JK1 replicate design of rdd_confidence with rake()'s
## default control (maxit 10, epsilon 1): the replicates are raked together with the full sample and stop when
## the full-sample table stops moving. Run from tests/refs: Rscript ../../tools/r/replicates_rake.R
## R: rake(as.svrepdesign(svydesign(ids = ~1, weights = ~base_weight, data), type = "JK1"), margins, pops)
source("../../tools/r/common.R")
d0 <- read.csv("rdd_confidence/respondents.csv")
m <- read.csv("rdd_confidence/margins.csv")
mt <- margin_tables(d0, m); d <- mt$data; pops <- mt$pops
d$agree <- as.numeric(d$confidence_code <= 2)
rep <- as.svrepdesign(svydesign(ids = ~1, weights = ~base_weight, data = d), type = "JK1", compress = FALSE)
rk <- rake(rep, list(~age_band, ~sex, ~district), pops)
s <- svymean(~agree, rk)
rw <- weights(rk, "analysis")
dir.create("replicates_rake", showWarnings = FALSE)
write_exact_json(list(
  r_call = "rake(as.svrepdesign(des0, type = 'JK1'), list(~age_band, ~sex, ~district), pops)  # default control",
  agree = list(mean = unname(coef(s)), se = unname(SE(s))), scale = rk$scale,
  full_sample_weights = unname(weights(rk, "sampling")),
  replicate_weights = list(rep_1 = unname(rw[, 1]), rep_2 = unname(rw[, 2]), rep_300 = unname(rw[, 300]), rep_600 = unname(rw[, 600]))),
  "replicates_rake/expected.json")
cat("replicates_rake: written\n")
