## Writes raked_domains/respondents.csv (R survey's apiclus1: 15 school districts, every school of each),
## raked_domains/margins.csv (population counts of stype and awards from apipop) and raked_domains/expected.json:
## estimate blocks (every svyciprop interval) in the domains of the cluster sample raked to the two margins.
## In the smaller domains the likelihood interval's tail probability is extreme (alpha below 1e-12; recorded as
## likelihood_alpha), where R's profile still finds bounds. Run from tests/refs: Rscript ../../tools/r/raked_domains.R
## R: rake(svydesign(id = ~dnum, weights = ~pw, fpc = ~fpc, data = apiclus1), list(~stype, ~awards), pops)
source("../../tools/r/common.R")
data(api)
dir.create("raked_domains", showWarnings = FALSE)
d <- apiclus1[, c("dnum", "snum", "stype", "awards", "sch.wide", "comp.imp", "pw", "fpc")]
names(d) <- gsub(".", "_", names(d), fixed = TRUE)
d$sch_wide_code <- ifelse(d$sch_wide == "Yes", 1, 2); d$comp_imp_code <- ifelse(d$comp_imp == "Yes", 1, 2)
write.csv(d, "raked_domains/respondents.csv", row.names = FALSE)
m <- data.frame(variable = c("stype", "stype", "stype", "awards", "awards"), level = c("E", "H", "M", "No", "Yes"),
                total = c(as.numeric(table(apipop$stype)[c("E", "H", "M")]), as.numeric(table(apipop$awards)[c("No", "Yes")])))
write.csv(m, "raked_domains/margins.csv", row.names = FALSE)
mt <- margin_tables(d, m)
des <- svydesign(id = ~dnum, weights = ~pw, fpc = ~fpc, data = mt$data)
rk <- rake(des, list(~stype, ~awards), mt$pops)
## survey:::confint.svyglm's tail probability for the likelihood interval: pnorm(qt(0.025, df) sqrt(lambda)) / 2.
likelihood_alpha <- function(sub, var) {
  fit <- suppressWarnings(svyglm(as.formula(paste(var, "~ 1")), design = sub, family = quasibinomial))
  lambda <- diag(fit$cov.unscaled) / diag(fit$naive.cov)
  unname(pnorm(qt(0.025, df = degf(sub)) * sqrt(lambda)) / 2)
}
out <- list(r_call = "rake(svydesign(id = ~dnum, weights = ~pw, fpc = ~fpc, data = apiclus1), list(~stype, ~awards), pops)  # default control",
            definitions = "yes = code 1 among codes 1-2; blocks as the kit's estimate block; likelihood_alpha = the profile's tail probability")
for (q in c("sch_wide_code", "comp_imp_code")) {
  rk <- update(rk, yes = as.numeric(get(q) == 1))
  b <- estimate_block(rk, "yes"); b$likelihood_alpha <- likelihood_alpha(rk, "yes"); out$overall[[q]] <- b
  for (s in c("E", "H", "M")) {
    sub <- subset(rk, stype == s)
    b <- estimate_block(sub, "yes"); b$likelihood_alpha <- likelihood_alpha(sub, "yes"); out$by_stype[[q]][[s]] <- b
  }
  for (s in c("E", "H", "M")) for (a in c("No", "Yes")) {
    sub <- subset(rk, stype == s & awards == a)
    b <- estimate_block(sub, "yes"); b$likelihood_alpha <- likelihood_alpha(sub, "yes"); out$by_stype_awards[[q]][[paste(s, a, sep = "/")]] <- b
  }
}
write_exact_json(out, "raked_domains/expected.json")
cat("raked_domains: written\n")
