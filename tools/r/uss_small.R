## Recomputes uss_small/expected.json (overall and by-crime-group blocks, the period difference) with survey
## 4.1-1 and checks every number; the likelihood interval at 1e-6, everything else at 1e-9.
## R: svydesign(ids = ~1, strata = ~stratum, fpc = ~N_h, data = respondents); domains by subset().
source("../../tools/r/common.R")
d <- read.csv("uss_small/respondents.csv")
e <- fromJSON("uss_small/expected.json", simplifyVector = FALSE)
des <- svydesign(ids = ~1, strata = ~stratum, fpc = ~N_h, data = d)
questions <- names(e$overall)
total <- 0
for (q in questions) {
  des <- update(des, sat = as.numeric(get(q) %in% 1:3), valid = get(q) %in% 1:7)
  total <- total + check_against(e$overall[[q]][setdiff(names(e$overall[[q]]), "r_warnings")],
                                 estimate_block(subset(des, valid), "sat"), paste0("overall.", q), loose = "likelihood")
  for (g in names(e$by_crime_group[[q]])) {
    total <- total + check_against(e$by_crime_group[[q]][[g]], estimate_block(subset(des, valid & crime_group == g), "sat"),
                                   paste0("by_crime_group.", q, ".", g), loose = "likelihood")
  }
  v <- subset(des, valid)
  by <- svyby(~sat, ~period, v, svymean, covmat = TRUE)
  ct <- svycontrast(by, c(in_year = 1, previous_12m = -1))
  vc <- vcov(by)
  glm <- svyglm(sat ~ I(period == "in_year"), design = v)
  s <- summary(glm)$coefficients[2, ]
  pd <- e$period_difference[[q]]
  total <- total + check_against(pd, list(
    in_year = list(proportion = unname(coef(by)["in_year"]), se = unname(SE(by))[rownames(by) == "in_year"]),
    previous_12m = list(proportion = unname(coef(by)["previous_12m"]), se = unname(SE(by))[rownames(by) == "previous_12m"]),
    difference = unname(coef(ct)), se_difference = unname(SE(ct)), cov_between_periods = vc["in_year", "previous_12m"],
    z = unname(coef(ct) / SE(ct)), p_value_normal = unname(2 * pnorm(-abs(coef(ct) / SE(ct)))),
    svyglm = list(estimate = unname(s[1]), se = unname(s[2]), t = unname(s[3]), df = degf(v) - 1, p_value = unname(s[4]))),
    paste0("period_difference.", q))
}
cat(sprintf("uss_small: all %d values match\n", total))
