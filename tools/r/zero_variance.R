## Writes zero_variance/respondents.csv (a small stratified sample, made up here, no randomness) and
## zero_variance/expected.json: R's estimate blocks where the SE is exactly 0 (the measure is constant within
## every stratum) and where p = 0 or 1, overall and by group. Run from tests/refs: Rscript ../../tools/r/zero_variance.R
## R: svydesign(ids = ~1, strata = ~stratum, fpc = ~N_h); svymean, svyciprop(method = each of six).
source("../../tools/r/common.R")
dir.create("zero_variance", showWarnings = FALSE)
sizes <- c(a = 10, b = 8, c = 12, d = 6); pops <- c(a = 100, b = 50, c = 200, d = 60)
d <- data.frame(id = seq_len(sum(sizes)), stratum = rep(names(sizes), sizes), N_h = rep(pops, sizes))
d$group <- ifelse(d$id %% 3 == 0, "x", "y")
d$q_const <- c(a = 2, b = 5, c = 1, d = 7)[d$stratum]            # satisfied in a and c only: SE exactly 0
d$q_mixed <- ifelse(d$id %% 4 == 0, 6, ifelse(d$id %% 5 == 0, 8, 2))
d$q_none <- 5                                                  # p = 0
d$q_all <- ifelse(d$id %% 7 == 0, 8, 1)                         # p = 1 (8 = don't know, left out)
d$score <- c(a = 3, b = 6, c = 2, d = 5)[d$stratum]             # numeric, constant within strata
write.csv(d, "zero_variance/respondents.csv", row.names = FALSE)
des <- svydesign(ids = ~1, strata = ~stratum, fpc = ~N_h, data = d)
out <- list(r_call = "svydesign(ids = ~1, strata = ~stratum, fpc = ~N_h, data = respondents)",
            definitions = "satisfied = codes 1-3 among valid 1-7; blocks as the kit's estimate block, plus r_errors where R stopped")
for (q in c("q_const", "q_mixed", "q_none", "q_all")) {
  des <- update(des, sat = as.numeric(get(q) %in% 1:3), valid = get(q) %in% 1:7)
  out$overall[[q]] <- estimate_block(subset(des, valid), "sat")
  for (g in c("x", "y")) out$by_group[[q]][[g]] <- estimate_block(subset(des, valid & group == g), "sat")
}
m <- svymean(~score, des, deff = TRUE)
out$mean_score <- numeric_block(m, des)
write_exact_json(out, "zero_variance/expected.json")
cat("zero_variance: written\n")
