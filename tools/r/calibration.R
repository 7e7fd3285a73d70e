## Recomputes calibration/expected.json with survey 4.1-1 and checks every number: calibrate() with linear,
## raking and logit distance, bounded and not, the infeasible bounds, and the raking fixed point.
## R: calibrate(des0, ~age_band + sex + district, population = popvec, calfun = ..., bounds = ...).
## Calibration is iterative (R stops at max |misfit| / (1 + |population|) < 1e-7): weights at 1e-6.
source("../../tools/r/common.R"); source("../../tools/r/weights_common.R")
d0 <- read.csv("calibration/respondents.csv")
m <- read.csv("calibration/margins.csv")
e <- fromJSON("calibration/expected.json", simplifyVector = FALSE)
mt <- margin_tables(d0, m); d <- mt$data; pops <- mt$pops
des0 <- svydesign(ids = ~1, weights = ~base_weight, data = d)
popvec <- unlist(e$population_vector)
variants <- list(linear = list("linear", NULL), raking = list("raking", NULL), linear_bounded = list("linear", c(0.3, 3)),
                 raking_bounded = list("raking", c(0.3, 3)), logit_bounded = list("logit", c(0.3, 3)))
total <- 0
for (v in names(variants)) {
  cf <- variants[[v]][[1]]; b <- variants[[v]][[2]]
  cal <- if (is.null(b)) calibrate(des0, ~age_band + sex + district, population = popvec, calfun = cf)
         else calibrate(des0, ~age_band + sex + district, population = popvec, calfun = cf, bounds = b)
  w <- weights(cal); g <- w / d$base_weight
  x <- e$results[[v]]
  total <- total + check_against(x[c("weights", "g", "g_min", "g_max", "weights_summary", "agree")],
    list(weights = w, g = g, g_min = min(g), g_max = max(g), weights_summary = weights_summary(w), agree = agree_blocks(cal)),
    paste0("results.", v), tol = 1e-6)
}
failed <- tryCatch({ calibrate(des0, ~age_band + sex + district, population = popvec, calfun = "linear", bounds = c(0.8, 1.25)); "no error" },
                   error = function(err) conditionMessage(err))
if (failed != e$results$linear_bounded_infeasible$error) stop("infeasible bounds: R says '", failed, "'")
tight <- rake(des0, list(~age_band, ~sex, ~district), pops, control = list(maxit = 500, epsilon = 1e-13))
total <- total + check_against(list(rake_tight_weights = unlist(e$rake_tight_weights)), list(rake_tight_weights = weights(tight)), "rake_tight", tol = 1e-6)
cat(sprintf("calibration: all %d values match; infeasible bounds fail with '%s'\n", total, failed))
