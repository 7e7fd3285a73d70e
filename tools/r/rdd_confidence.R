## Recomputes rdd_confidence/expected.json with survey 4.1-1 and checks every number: rake() with R's default
## control (and the tight fixed point), trimWeights() (strict and not), Kish n_eff and the agree blocks.
## R: des0 <- svydesign(ids = ~1, weights = ~base_weight, data = respondents);
##    rake(des0, list(~age_band, ~sex, ~district), list(age_tab, sex_tab, district_tab)).
## Margin errors are checked absolutely (they are differences near 0); iterative results at 1e-6.
source("../../tools/r/common.R"); source("../../tools/r/weights_common.R")
d0 <- read.csv("rdd_confidence/respondents.csv")
m <- read.csv("rdd_confidence/margins.csv")
e <- fromJSON("rdd_confidence/expected.json", simplifyVector = FALSE)
mt <- margin_tables(d0, m); d <- mt$data; pops <- mt$pops
des0 <- svydesign(ids = ~1, weights = ~base_weight, data = d)
rk <- rake(des0, list(~age_band, ~sex, ~district), pops)
tight <- rake(des0, list(~age_band, ~sex, ~district), pops, control = list(maxit = 500, epsilon = 1e-13))
up <- 5 * mean(weights(rk))
tr <- trimWeights(rk, upper = up)
trs <- trimWeights(rk, upper = up, strict = TRUE)
abs_err <- function(x) lapply(x, function(v) round(unlist(v), 6))
total <- 0
total <- total + check_against(list(weights = unlist(e$base_weights), summary = e$base$weights_summary),
                               list(weights = weights(des0), summary = weights_summary(weights(des0))), "base")
total <- total + check_against(e$raked[c("weights", "weights_summary", "agree")],
                               list(weights = weights(rk), weights_summary = weights_summary(weights(rk)), agree = agree_blocks(rk)),
                               "raked", loose = "likelihood")
total <- total + check_against(abs_err(e$raked$margin_error), abs_err(margin_error(d, weights(rk), pops)), "raked.margin_error")
total <- total + check_against(list(weights = unlist(e$raked_tight$weights)), list(weights = weights(tight)), "raked_tight", tol = 1e-6)
total <- total + check_against(e$trimmed[c("upper", "weights", "weights_summary", "agree")],
                               list(upper = up, weights = weights(tr), weights_summary = weights_summary(weights(tr)), agree = agree_blocks(tr)),
                               "trimmed", loose = "likelihood")
total <- total + check_against(e$trimmed_strict[c("weights", "weights_summary", "agree")],
                               list(weights = weights(trs), weights_summary = weights_summary(weights(trs)), agree = agree_blocks(trs)),
                               "trimmed_strict", loose = "likelihood")
k <- function(w) sum(w)^2 / sum(w^2)
total <- total + check_against(e$kish_n_eff, list(base = k(weights(des0)), raked = k(weights(rk)), trimmed = k(weights(tr)), trimmed_strict = k(weights(trs))), "kish_n_eff")
cat(sprintf("rdd_confidence: all %d values match\n", total))
