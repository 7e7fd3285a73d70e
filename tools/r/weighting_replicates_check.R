## Reference values for ReplicateReferenceTests (R 4.2.2, survey 4.1-1). Run from tests/refs:
##   Rscript ../../tools/r/weighting_replicates_check.R > weighting_replicates_check.out; the tests hold the printed numbers.
suppressPackageStartupMessages(library(survey))
d <- read.csv("rdd_confidence/respondents.csv")
m <- read.csv("rdd_confidence/margins.csv")
pops <- list()
for (v in c("age_band","sex","district")) {
  lv <- m$level[m$variable == v]
  d[[v]] <- factor(d[[v]], levels = lv)
  df <- data.frame(factor(lv, levels = lv), m$total[m$variable == v]); names(df) <- c(v, "Freq")
  pops[[v]] <- df
}
d$agree <- as.numeric(d$confidence_code <= 2)
des0 <- svydesign(ids = ~1, weights = ~base_weight, data = d)
rep <- as.svrepdesign(des0, type = "JK1")
rk <- rake(rep, list(~age_band, ~sex, ~district), pops, control = list(maxit = 100, epsilon = 1e-10))
s <- svymean(~agree, rk)
cat(sprintf("JK1 raked mean %.17g se %.17g scale %.17g\n", coef(s), SE(s), rep$scale))
s0 <- svymean(~agree, rep)
cat(sprintf("JK1 unraked mean %.17g se %.17g\n", coef(s0), SE(s0)))
## JKn: district used as strata (a check of the stratified jackknife scales only)
desS <- svydesign(ids = ~1, strata = ~district, weights = ~base_weight, data = d)
repS <- as.svrepdesign(desS, type = "JKn")
sS <- svymean(~agree, repS)
cat(sprintf("JKn unraked se %.17g\n", SE(sS)))
rkS <- rake(repS, list(~age_band, ~sex, ~district), pops, control = list(maxit = 100, epsilon = 1e-10))
sS2 <- svymean(~agree, rkS)
cat(sprintf("JKn raked se %.17g\n", SE(sS2)))
