## Writes calibrate_numeric/margins.csv and calibrate_numeric/expected.json: R's calibrate() of the stratified
## apistrat design (api/apistrat.csv, written by R/api.R) to a category margin (stype) and two numeric totals
## (api99, meals) with each calfun, and the estimates after it (svymean of a numeric variable, svyciprop blocks,
## overall and by domain), plus calibration of JKn replicate weights. Run from tests/refs: Rscript ../../tools/r/calibrate_numeric.R
## R: calibrate(dstrat, ~stype + api99 + meals, population = c(N, N_H, N_M, T_api99, T_meals), calfun, bounds)
source("../../tools/r/common.R")
data(api)
strat <- read.csv("api/apistrat.csv")
dir.create("calibrate_numeric", showWarnings = FALSE)
pop <- c(`(Intercept)` = nrow(apipop), stypeH = sum(apipop$stype == "H"), stypeM = sum(apipop$stype == "M"),
         api99 = sum(apipop$api99), meals = sum(apipop$meals))
## The margins file: one row per stype level (they add up to N), one row per numeric variable with a blank level.
write.csv(data.frame(variable = c("stype", "stype", "stype", "api99", "meals"), level = c("E", "H", "M", "", ""),
                     total = c(sum(apipop$stype == "E"), pop[["stypeH"]], pop[["stypeM"]], pop[["api99"]], pop[["meals"]])),
          "calibrate_numeric/margins.csv", row.names = FALSE, na = "")
dstrat <- svydesign(id = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = strat)
dstrat <- update(dstrat, yes = as.numeric(sch_wide == "Yes"))
variants <- list(linear = list(calfun = "linear", bounds = c(-Inf, Inf)),
                 linear_bounded = list(calfun = "linear", bounds = c(0.93, 1.05)),
                 raking = list(calfun = "raking", bounds = c(-Inf, Inf)),
                 raking_bounded = list(calfun = "raking", bounds = c(0.93, 1.05)),
                 logit_bounded = list(calfun = "logit", bounds = c(0.93, 1.05)))  # the bounds bind for linear and raking
out <- list(r_call = "calibrate(svydesign(id = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = apistrat), ~stype + api99 + meals, population = pop, calfun, bounds)",
            population = as.list(pop))
for (v in names(variants)) {
  a <- variants[[v]]
  cal <- calibrate(dstrat, ~stype + api99 + meals, population = pop, calfun = a$calfun, bounds = a$bounds)
  g <- weights(cal) / weights(dstrat)
  blk <- list(calfun = a$calfun, bounds = if (all(is.finite(a$bounds))) a$bounds else NULL,
              weights = unname(weights(cal)), g_min = min(g), g_max = max(g),
              totals = unname(colSums(model.matrix(~stype + api99 + meals, strat) * weights(cal))),
              mean_api00 = numeric_block(svymean(~api00, cal, deff = TRUE), cal),
              total_enroll = numeric_block(svytotal(~enroll, cal, deff = TRUE), cal),
              proportion_sch_wide = estimate_block(cal, "yes"))
  for (s in c("E", "H", "M")) {
    sub <- subset(cal, stype == s)
    blk$by_stype[[s]] <- list(mean_api00 = numeric_block(svymean(~api00, sub, deff = TRUE), sub),
                              proportion_sch_wide = estimate_block(sub, "yes"))
  }
  for (a2 in c("No", "Yes")) {
    sub <- subset(cal, awards == a2)
    blk$by_awards[[a2]] <- list(proportion_sch_wide = estimate_block(sub, "yes"))
  }
  out$variants[[v]] <- blk
}
## The bounds 0.98..1.02 cannot be met: R stops with "Calibration failed".
out$infeasible <- list(bounds = c(0.98, 1.02), error = tryCatch({ suppressWarnings(calibrate(dstrat, ~stype + api99 + meals, population = pop, calfun = "linear", bounds = c(0.98, 1.02))); "none" },
                                                              error = function(e) conditionMessage(e)))
## Replicate weights calibrated the same way (each replicate on its own, as calibrate() on a svyrep.design).
rj <- as.svrepdesign(dstrat, type = "JKn")
rc <- calibrate(rj, ~stype + api99 + meals, population = pop)
p <- svymean(~yes, rc)
rw <- weights(rc, "analysis")
out$replicates_jkn <- list(r_call = "calibrate(as.svrepdesign(dstrat, type = 'JKn'), ~stype + api99 + meals, population = pop)",
                           proportion_sch_wide = unname(coef(p)), se_sch_wide = unname(SE(p)),
                           full_sample_weights = unname(weights(rc, "sampling")),
                           replicate_weights = list(rep_1 = unname(rw[, 1]), rep_100 = unname(rw[, 100]), rep_200 = unname(rw[, 200])))
write_exact_json(out, "calibrate_numeric/expected.json")
cat("calibrate_numeric: written\n")
