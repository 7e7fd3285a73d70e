## Helpers shared by the reference scripts in this folder (R 4.2.2, survey 4.1-1, jsonlite).
## Each script recomputes what it checks or writes with R's survey package; run from tests/refs:
##   Rscript R/<script>.R
suppressPackageStartupMessages({ library(survey); library(jsonlite) })

CI_METHODS <- c("logit", "likelihood", "beta", "mean", "xlogit", "asin")

## The estimate block of a 0/1 (or numeric) variable on a design or a subset of one, as the kit's README defines it.
estimate_block <- function(des, var, level = 0.95) {
  f <- as.formula(paste0("~", var))
  w <- weights(des)
  y <- model.frame(des)[[var]]
  keep <- w > 0 & !is.na(y)
  m <- svymean(f, des, deff = TRUE, na.rm = TRUE)
  mr <- svymean(f, des, deff = "replace", na.rm = TRUE)
  ci <- list(); points <- list()
  for (me in CI_METHODS) {
    r <- suppressWarnings(svyciprop(f, des, method = me, level = level))
    ci[[me]] <- as.numeric(attr(r, "ci"))
    points[[me]] <- as.numeric(r)
  }
  list(n = sum(keep), n_yes = sum(y[keep] == 1), sum_weights = sum(w[keep]),
       unweighted_proportion = mean(y[keep] == 1), proportion = unname(coef(m)[1]),
       se = unname(SE(m)[1]), var = unname(SE(m)[1])^2, deff = unname(deff(m)[1]),
       deff_replace = unname(deff(mr)[1]), degf = degf(des), ci = ci, ci_level = level,
       point_logit = points$logit, point_likelihood = points$likelihood)
}

## Compares every number of `computed` with the same key of `expected` (relative tolerance, absolute below 1e-12);
## `loose` names keys (regular expressions on the dotted path) checked at 1e-6. Stops on any difference.
check_against <- function(expected, computed, path = "", tol = 1e-9, loose = character()) {
  bad <- 0; checked <- 0
  walk <- function(e, c, p) {
    if (is.list(c) && !is.null(names(c))) {
      for (k in names(c)) walk(e[[k]], c[[k]], paste0(p, ".", k))
    } else if (is.numeric(c)) {
      e <- unlist(e)
      t <- if (any(vapply(loose, function(rx) grepl(rx, p), TRUE))) 1e-6 else tol
      if (length(e) != length(c)) { message("length differs at ", p); bad <<- bad + 1; return() }
      d <- abs(e - c) / pmax(abs(e), 1e-12)
      d[abs(e - c) < 1e-12] <- 0
      checked <<- checked + length(c)
      if (any(!is.finite(d) | d > t)) { message(sprintf("%s: expected %s, R gives %s", p, paste(format(e, digits = 17), collapse = " "), paste(format(c, digits = 17), collapse = " "))); bad <<- bad + 1 }
    }
  }
  walk(expected, computed, path)
  cat(sprintf("%s: %d values checked, %d differ\n", path, checked, bad))
  if (bad > 0) quit(status = 1)
  invisible(checked)
}

## Population data frames for rake() from a margins file (variable, level, total), levels in file order.
margin_tables <- function(d, m) {
  pops <- list()
  for (v in unique(m$variable)) {
    lv <- m$level[m$variable == v]
    d[[v]] <- factor(d[[v]], levels = lv)
    df <- data.frame(factor(lv, levels = lv), m$total[m$variable == v]); names(df) <- c(v, "Freq")
    pops[[v]] <- df
  }
  list(data = d, pops = pops)
}

## Writes `x` as JSON with every double exact (as the kit's files are written).
write_exact_json <- function(x, file) {
  writeLines(toJSON(x, auto_unbox = TRUE, digits = NA, null = "null", na = "null", pretty = TRUE), file)
}
