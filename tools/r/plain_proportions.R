## Recomputes plain_proportions/expected.json with base R and checks every interval at 1e-9:
## Wald and Agresti-Coull (not clipped), prop.test (Wilson, with and without continuity correction),
## binom.test (Clopper-Pearson) and the Jeffreys qbeta interval. statsmodels.json came from Python's
## statsmodels 0.13.5 (its script was not part of the kit; R is the reference the tests use).
source("../../tools/r/common.R")
cases <- read.csv("plain_proportions/cases.csv")
e <- fromJSON("plain_proportions/expected.json", simplifyVector = FALSE)
z <- qnorm(0.975)
total <- 0
for (i in seq_len(nrow(cases))) {
  x <- cases$x[i]; n <- cases$n[i]; p <- x / n
  nt <- n + z^2; pt <- (x + z^2 / 2) / nt
  got <- list(x = x, n = n, proportion = p,
              wald = p + c(-1, 1) * z * sqrt(p * (1 - p) / n),
              wilson = as.numeric(prop.test(x, n, correct = FALSE)$conf.int),
              wilson_cc_r = as.numeric(suppressWarnings(prop.test(x, n, correct = TRUE))$conf.int),
              clopper_pearson = as.numeric(binom.test(x, n)$conf.int),
              jeffreys = qbeta(c(0.025, 0.975), x + 0.5, n - x + 0.5),
              agresti_coull = pt + c(-1, 1) * z * sqrt(pt * (1 - pt) / nt))
  total <- total + check_against(e$cases[[i]], got, sprintf("cases[%d] x=%d n=%d", i, x, n))
}
cat(sprintf("plain_proportions: all %d values match\n", total))
