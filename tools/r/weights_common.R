## Weight summaries and margin errors as the kit's rdd_confidence and calibration files define them.
weights_summary <- function(w) list(sum = sum(w), mean = mean(w), min = min(w), max = max(w),
                                    kish_n_eff = sum(w)^2 / sum(w^2), max_over_mean = max(w) / mean(w))
margin_error <- function(d, w, pops) {
  out <- list()
  for (v in names(pops)) {
    tab <- tapply(w, d[[v]], sum)
    out[[v]] <- unname(tab[as.character(pops[[v]][[v]])] - pops[[v]]$Freq)
  }
  out
}
agree_blocks <- function(des) {
  des <- update(des, agree = as.numeric(confidence_code <= 2))
  list(excluding_dont_know = estimate_block(subset(des, confidence_code != 6), "agree"),
       including_dont_know = estimate_block(des, "agree"))
}
