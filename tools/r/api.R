## Writes api/*.csv (R survey's example data "api": apistrat, apiclus2, apisrs; California schools, not ours)
## and api/expected.json: what survey 4.1-1 gives for the second-round capabilities (issue 13).
## Run from tests/refs: Rscript ../../tools/r/api.R   (rewrites the files; the tests compare with them)
source("../../tools/r/common.R")
data(api)
dir.create("api", showWarnings = FALSE)
keep <- c("cds", "stype", "snum", "dnum", "api00", "api99", "awards", "sch.wide", "meals", "enroll", "api.stu", "pw", "fpc")
## sch_wide_code: 1 = met the school-wide growth target, 2 = did not (a coded measure, as the survey's answers).
strat <- apistrat[, keep]; names(strat) <- gsub(".", "_", names(strat), fixed = TRUE)
strat$sch_wide_code <- ifelse(strat$sch_wide == "Yes", 1, 2)
write.csv(strat, "api/apistrat.csv", row.names = FALSE)
clus2 <- apiclus2[, c("cds", "stype", "snum", "dnum", "api00", "awards", "sch.wide", "enroll", "api.stu", "pw", "fpc1", "fpc2")]
names(clus2) <- gsub(".", "_", names(clus2), fixed = TRUE)
clus2$sch_wide_code <- ifelse(clus2$sch_wide == "Yes", 1, 2)
clus2$enroll[is.na(clus2$enroll)] <- NA
write.csv(clus2, "api/apiclus2.csv", row.names = FALSE, na = "")
srs <- apisrs[, c("cds", "stype", "api00", "sch.wide", "pw", "fpc")]; names(srs) <- gsub(".", "_", names(srs), fixed = TRUE)
srs$sch_wide_code <- ifelse(srs$sch_wide == "Yes", 1, 2)
write.csv(srs, "api/apisrs.csv", row.names = FALSE)
out <- list(versions = list(R = R.version.string, survey = as.character(packageVersion("survey"))))

## Means, totals and ratios, overall and by domain: stratified design with fpc.
dstrat <- svydesign(id = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = strat)
dstrat <- update(dstrat, yes = as.numeric(sch_wide == "Yes"))
out$strat <- list(r_call = "svydesign(id = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = apistrat)")
out$strat$mean_api00 <- numeric_block(svymean(~api00, dstrat, deff = TRUE), dstrat)
out$strat$total_enroll <- numeric_block(svytotal(~enroll, dstrat, deff = TRUE), dstrat)
out$strat$ratio_api_stu_enroll <- numeric_block(svyratio(~api_stu, ~enroll, dstrat), dstrat)
for (s in c("E", "H", "M")) {
  sub <- subset(dstrat, stype == s)
  out$strat$by_stype[[s]] <- list(mean_api00 = numeric_block(svymean(~api00, sub, deff = TRUE), sub),
                                  total_enroll = numeric_block(svytotal(~enroll, sub, deff = TRUE), sub),
                                  ratio_api_stu_enroll = numeric_block(svyratio(~api_stu, ~enroll, sub), sub))
}
## Crossed domains stype x awards: % schools meeting their school-wide target.
for (s in c("E", "H", "M")) for (a in c("No", "Yes")) {
  out$strat$by_stype_awards[[paste(s, a, sep = "/")]] <- estimate_block(subset(dstrat, stype == s & awards == a), "yes")
}

## Two-stage cluster sample: districts, then schools within districts, an fpc at each stage.
dclus2 <- svydesign(id = ~dnum + snum, fpc = ~fpc1 + fpc2, data = clus2)
dclus2 <- update(dclus2, yes = as.numeric(sch_wide == "Yes"))
out$clus2 <- list(r_call = "svydesign(id = ~dnum + snum, fpc = ~fpc1 + fpc2, data = apiclus2)")
out$clus2$mean_api00 <- numeric_block(svymean(~api00, dclus2, deff = TRUE), dclus2)
## enroll is missing for 6 schools: na.rm = TRUE estimates on the rows with a value, so df and confint come from that subset.
known <- subset(dclus2, !is.na(enroll))
out$clus2$total_enroll <- numeric_block(svytotal(~enroll, known, deff = TRUE), known)
out$clus2$ratio_api_stu_enroll <- numeric_block(svyratio(~api_stu, ~enroll, known), known)
out$clus2$proportion_sch_wide <- estimate_block(dclus2, "yes")
for (s in c("E", "H", "M")) {
  sub <- subset(dclus2, stype == s)
  out$clus2$by_stype[[s]] <- list(mean_api00 = numeric_block(svymean(~api00, sub, deff = TRUE), sub),
                                  proportion_sch_wide = estimate_block(sub, "yes"))
}
out$clus2$one_stage_mean_api00 <- numeric_block(svymean(~api00, svydesign(id = ~dnum, fpc = ~fpc1, data = clus2)), dclus2)

## Lonely PSU "average": apistrat with a single high school.
lonely <- strat[strat$stype != "H" | strat$snum == strat$snum[strat$stype == "H"][1], ]
write.csv(lonely, "api/apistrat_lonely.csv", row.names = FALSE)
options(survey.lonely.psu = "average")
dl <- svydesign(id = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = lonely)
out$lonely_average <- list(mean_api00 = numeric_block(svymean(~api00, dl, deff = TRUE), dl))
options(survey.lonely.psu = "fail")

## Replicate weights of designs with an fpc (as.svrepdesign): JKn on apistrat, JK1 on apisrs.
rj <- as.svrepdesign(dstrat, type = "JKn")
m <- svymean(~api00, rj); p <- svymean(~yes, rj)
out$replicates$jkn_fpc <- list(mean_api00 = unname(coef(m)), se = unname(SE(m)), proportion_sch_wide = unname(coef(p)), se_sch_wide = unname(SE(p)),
                               rscales = unique(round(rj$rscales, 15)), scale = rj$scale)
dsrs <- svydesign(id = ~1, fpc = ~fpc, data = srs)
dsrs <- update(dsrs, yes = as.numeric(sch_wide == "Yes"))
r1 <- as.svrepdesign(dsrs, type = "JK1")
m <- svymean(~api00, r1); p <- svymean(~yes, r1)
out$replicates$jk1_fpc <- list(mean_api00 = unname(coef(m)), se = unname(SE(m)), proportion_sch_wide = unname(coef(p)), se_sch_wide = unname(SE(p)), scale = r1$scale)

## Calibration to a category margin and a numeric total (calibrate(~stype + api99)).
pop <- c(`(Intercept)` = 6194, stypeH = 755, stypeM = 1018, api99 = sum(apipop$api99))
write.csv(data.frame(variable = c("stype", "stype", "stype", "api99"), level = c("E", "H", "M", ""),
                     total = c(4421, 755, 1018, sum(apipop$api99))), "api/margins_numeric.csv", row.names = FALSE, na = "")
cal <- calibrate(dstrat, ~stype + api99, population = pop)
out$calibrate_numeric <- list(r_call = "calibrate(dstrat, ~stype + api99, population = c(6194, 755, 1018, sum(apipop$api99)))",
                              population = as.list(pop), weights = weights(cal),
                              mean_api00 = numeric_block(svymean(~api00, cal, deff = TRUE), cal),
                              total_api99 = unname(coef(svytotal(~api99, cal))))
write_exact_json(out, "api/expected.json")
cat("api: written\n")
